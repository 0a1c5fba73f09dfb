import { describe, expect, it } from "vitest";
import { syntheticBook } from "../../../bench/synthetic-book";
import { defaultScorecard } from "./default-scorecard";
import { makeOrder } from "./fixtures";
import { scoreAccount } from "./score-account";
import { scoreBook } from "./score-book";
import { missingSegments } from "./segment-coverage";

const now = "2026-11-20";
const demo = syntheticBook({ n: 1500, seed: 7, now, years: 5, prospectShare: 0.08 });
const { scores, book } = scoreBook(demo, { scorecard: defaultScorecard, now });

describe("scoreBook", () => {
  it("reaches every tier, nine-box cell, quadrant, strategy and lifecycle stage on a mixed book", () => {
    expect(missingSegments(scores)).toEqual({
      tiers: [],
      nineBoxes: [],
      quadrants: [],
      strategies: [],
      lifecycles: [],
    });
  });

  it("names what a book that is too uniform never reaches", () => {
    const gaps = missingSegments(scores.filter((s) => s.tier === "A"));
    expect(gaps.tiers).toEqual(["S", "B", "C"]);
  });

  it("re-scores only the written account after an order, against the stored book", () => {
    const facts = demo[3];
    const after = {
      ...facts,
      orders: [...facts.orders, makeOrder({ accountId: facts.account.id, amount: 5_000_000, orderedAt: now })],
    };
    const rescored = scoreAccount(after, { scorecard: defaultScorecard, now, book });
    expect(rescored.breakdown.find((d) => d.dimension === "revenue")!.raw).toBeGreaterThan(
      scores[3].breakdown.find((d) => d.dimension === "revenue")!.raw as number,
    );
    expect(scoreAccount(demo[4], { scorecard: defaultScorecard, now, book })).toEqual(scores[4]);
  });

  it("scores each account with the scorecard chosen for it", () => {
    const other = { ...defaultScorecard, id: "energy-card" };
    const picked = scoreBook(demo.slice(0, 50), {
      now,
      scorecardFor: (a) => (a.industry === "energy" ? other : defaultScorecard),
    }).scores;
    for (const [i, s] of picked.entries()) {
      expect(s.scorecard).toBe(demo[i].account.industry === "energy" ? "energy-card" : "default-kam");
    }
  });
});
