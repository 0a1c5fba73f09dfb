import { describe, expect, it } from "vitest";
import type { AccountFacts, Strategy } from "../types";
import { buildGoal } from "./build-goal";
import { measureAccount } from "./measure-account";
import { account, facts, NOW, opportunity, order } from "./test-fixtures";

// 100k this year and 300k last year against a 1M wallet: 10% share now, 30% before.
const base = () => facts({ orders: [order("a"), order("b", { orderedAt: "2025-03-01", amount: 300_000 })] });
const goalOf = (strategy: Strategy, f: AccountFacts = base()) =>
  buildGoal(strategy, measureAccount(f, [], NOW), f, "2027-06-15", "en");

describe("buildGoal", () => {
  it("aims share of wallet by strategy: grow adds ten points, retain two, watch holds, acquire reaches five percent", () => {
    expect(goalOf("grow")).toMatchObject({ metric: "share_of_wallet", baseline: 0.1, target: 0.2 });
    expect(goalOf("retain").target).toBe(0.12);
    expect(goalOf("watch").target).toBe(0.1);
    expect(goalOf("acquire").target).toBe(0.15);
  });

  it("aims a win-back at last year's share", () => {
    expect(goalOf("winback").target).toBe(0.3);
  });

  it("falls back to a revenue target without a wallet estimate, and to the largest open deal for a prospect", () => {
    const f = base();
    f.account.walletEstimate = null;
    expect(goalOf("grow", f)).toMatchObject({ metric: "revenue", baseline: 100_000, target: 120_000 });
    const prospect = facts({
      account: account({ walletEstimate: null }),
      opportunities: [opportunity("p", { amount: 80_000 })],
    });
    expect(goalOf("acquire", prospect)).toMatchObject({ baseline: 0, target: 80_000 });
  });

  it("records where its numbers came from", () => {
    expect(goalOf("grow").facts).toMatchObject({
      revenue12m: 100_000,
      revenuePrior12m: 300_000,
      walletEstimate: 1_000_000,
      orderIds: ["a"],
    });
  });
});
