import { describe, expect, it } from "vitest";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeAccount, makeFacts, makeOrder, NOW } from "./fixtures";
import { rollUpGroup } from "./roll-up-group";

const member = (id: string, recent: number, prior: number, total: number | null, lifecycle = "deep") => {
  const facts = makeFacts({
    account: makeAccount({ id }),
    orders: [
      makeOrder({ amount: recent, orderedAt: daysAgo(30) }),
      makeOrder({ amount: prior, orderedAt: daysAgo(400) }),
    ],
  });
  return {
    accountId: id,
    name: id,
    parentId: id === "g" ? null : "g",
    metrics: computeMetrics(facts, NOW),
    score: total === null ? null : { total, tier: "A", lifecycle, churnLevel: "low" },
  };
};

describe("rollUpGroup", () => {
  it("sums revenue, weights the score by revenue and keeps each member's own line", () => {
    const r = rollUpGroup([member("g", 100_000, 100_000, 80), member("b1", 300_000, 200_000, 40, "dormant")]);
    expect([r.revenue12m, r.revenuePrev12m, r.growth]).toEqual([400_000, 300_000, 0.3333]);
    // (80 x 100k + 40 x 300k) / 400k = 50
    expect(r.total).toBe(50);
    expect(r.members.map((m) => [m.accountId, m.total, m.revenueShare])).toEqual([
      ["b1", 40, 0.75],
      ["g", 80, 0.25],
    ]);
    expect(r.lifecycles).toEqual({ deep: 1, dormant: 1 });
  });

  it("counts only the members it is given and has no total when none is scored", () => {
    const r = rollUpGroup([member("g", 100_000, 0, null)]);
    expect([r.members.length, r.total, r.growth]).toEqual([1, null, null]);
  });
});
