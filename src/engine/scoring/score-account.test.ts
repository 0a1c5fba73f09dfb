import { describe, expect, it } from "vitest";
import { assignTier } from "./assign-tier";
import { defaultScorecard } from "./default-scorecard";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { scoreAccount } from "./score-account";
import type { Scorecard } from "./scorecard-schema";

const ctx = { scorecard: defaultScorecard, now: NOW };

/** A reason says `... -> P points x weight W = V`: parse it back to check it by hand. */
function parseReason(reason: string) {
  const m = / -> ([\d.]+) points x weight ([\d.]+) = ([\d.]+)/.exec(reason);
  return m === null ? null : { points: Number(m[1]), weight: Number(m[2]), weighted: Number(m[3]) };
}

describe("assignTier", () => {
  it("reaches a tier at exactly its threshold", () => {
    const t = { S: 75, A: 60, B: 40 };
    expect([
      assignTier(75, t),
      assignTier(74.99, t),
      assignTier(60, t),
      assignTier(40, t),
      assignTier(39.99, t),
    ]).toEqual(["S", "A", "A", "B", "C"]);
  });
});

describe("scoreAccount", () => {
  it("writes reasons whose points and weight match the line and whose weighted points add up to the total", () => {
    const facts = makeFacts({
      orders: [makeOrder({ amount: 1_200_000 }), makeOrder({ amount: 300_000, orderedAt: daysAgo(400) })],
    });
    const score = scoreAccount(facts, ctx);
    let sum = 0;
    for (const line of score.breakdown) {
      const parsed = parseReason(line.reason);
      expect(parsed).toMatchObject({ points: line.points, weight: line.weight });
      sum += parsed?.weighted ?? Number.NaN;
    }
    expect(Math.abs(sum - score.total)).toBeLessThan(0.01);
    expect(score.breakdown[0].reason).toBe(
      "revenue12m = 1200000 in [1000000, 5000000) -> 70 points x weight 0.16 = 11.2",
    );
  });

  it("uses an industry's bands and names them in the reason", () => {
    const orders = [
      makeOrder({ dueAt: daysAgo(50), paidAt: daysAgo(40) }),
      makeOrder({ dueAt: daysAgo(30), paidAt: daysAgo(30) }),
    ];
    const line = (industry: string) =>
      scoreAccount(makeFacts({ account: makeAccount({ industry }), orders }), ctx).breakdown.find(
        (d) => d.dimension === "paymentPunctuality",
      );
    expect(line("manufacturing")?.points).toBe(40); // 50% on time
    expect(line(" Government ")).toMatchObject({ points: 50, reason: expect.stringContaining("industry government") });
  });

  it("uses an industry's tier thresholds", () => {
    const card: Scorecard = {
      ...defaultScorecard,
      dimensions: [
        {
          key: "flat",
          weight: 1,
          rule: { kind: "attribute", attribute: "region", missing: 58, bands: { values: {}, otherwise: 58 } },
        },
      ],
    };
    const tierOf = (industry: string) =>
      scoreAccount(makeFacts({ account: makeAccount({ industry }) }), { scorecard: card, now: NOW });
    expect(tierOf("manufacturing").tier).toBe("B");
    expect(tierOf("retail")).toMatchObject({ tier: "A", tierThresholds: { S: 70, A: 55, B: 35 } });
  });

  it("returns the contract's Score fields", () => {
    const score = scoreAccount(makeFacts({ orders: [makeOrder()] }), ctx);
    expect(Object.keys(score)).toEqual(
      expect.arrayContaining([
        "accountId",
        "total",
        "tier",
        "scorecard",
        "breakdown",
        "segment",
        "rfm",
        "lifecycle",
        "risks",
      ]),
    );
    expect(score.scorecard).toBe("default-kam");
    expect(Object.keys(score.segment)).toEqual(expect.arrayContaining(["nineBox", "quadrant", "strategy"]));
  });

  it("ranks an account whose orders fell 40% below an otherwise identical flat one", () => {
    const book = (recent: number) =>
      makeFacts({ orders: [makeOrder({ amount: 1_000_000, orderedAt: daysAgo(400) }), makeOrder({ amount: recent })] });
    const flat = scoreAccount(book(1_000_000), ctx);
    const falling = scoreAccount(book(600_000), ctx);
    expect(falling.total).toBeLessThan(flat.total);
    expect(falling.risks.map((r) => r.code)).toContain("orders_falling");
    expect(falling.churn.score).toBeGreaterThan(flat.churn.score);
  });
});
