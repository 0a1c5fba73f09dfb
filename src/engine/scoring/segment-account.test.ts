import { describe, expect, it } from "vitest";
import { buildBookStats, EMPTY_BOOK } from "./build-book-stats";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { level, potentialScore, segmentAccount } from "./segment-account";

describe("potentialScore", () => {
  it("weighs headroom 0.35, strategic value 0.25, winnability 0.25 and growth 0.15, unknowns at 50", () => {
    const account = makeAccount({ strategicValue: 5, winnability: 1, walletEstimate: null });
    const m = computeMetrics(makeFacts({ account }), NOW);
    // 0.35*50 + 0.25*100 + 0.25*0 + 0.15*50
    expect(potentialScore(account, m, EMPTY_BOOK)).toBe(50);
  });

  it("maps growth linearly, +50% or more counting 100", () => {
    const account = makeAccount({ strategicValue: 1, winnability: 1 });
    const orders = [makeOrder({ amount: 100, orderedAt: daysAgo(400) }), makeOrder({ amount: 200 })];
    const m = computeMetrics(makeFacts({ account, orders }), NOW);
    expect(potentialScore(account, m, EMPTY_BOOK)).toBe(0.35 * 50 + 0.15 * 100);
  });
});

describe("segmentAccount", () => {
  it("ranks contribution by gross-profit percentile in the book and names the nine-box cell potential-contribution", () => {
    const facts = [1, 2, 3, 4, 5, 6].map((k) =>
      makeFacts({
        account: makeAccount({ id: `a${k}`, strategicValue: 5, winnability: 5 }),
        orders: [makeOrder({ amount: k * 1000, margin: 0.2 })],
      }),
    );
    const metrics = facts.map((f) => computeMetrics(f, NOW));
    const book = buildBookStats(metrics);
    const top = segmentAccount(facts[5].account, metrics[5], book, "low");
    const bottom = segmentAccount(facts[0].account, metrics[0], book, "low");
    expect(top).toMatchObject({ nineBox: "high-high", quadrant: "core", strategy: "grow" });
    expect(bottom.contribution).toBeLessThan(33.33);
    expect(bottom).toMatchObject({ nineBox: "high-low", quadrant: "potential" });
  });

  it("gives an account without revenue zero contribution", () => {
    const account = makeAccount({ strategicValue: 1, winnability: 1 });
    const s = segmentAccount(account, computeMetrics(makeFacts({ account }), NOW), EMPTY_BOOK, "low");
    expect(s).toMatchObject({ contribution: 0, nineBox: "low-low", quadrant: "develop", strategy: "watch" });
  });

  it("splits levels into terciles", () => {
    expect([level(33.32), level(33.33), level(66.66), level(66.67)]).toEqual(["low", "mid", "mid", "high"]);
  });
});
