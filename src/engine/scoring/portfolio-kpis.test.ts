import { describe, expect, it } from "vitest";
import type { Score, Tier } from "../types";
import { daysAgo, makeAccount, makeFacts, makeInteraction, makeOpportunity, makeOrder, NOW } from "./fixtures";
import { portfolioKpis } from "./portfolio-kpis";

const score = (accountId: string, tier: Tier) => ({ accountId, tier }) as Score;
const book = [
  makeFacts({
    account: makeAccount({ id: "k" }),
    orders: [
      makeOrder({ amount: 600, productSku: "A" }),
      makeOrder({ amount: 200, productSku: "B" }),
      makeOrder({ amount: 500, orderedAt: daysAgo(400) }),
    ],
    interactions: [
      makeInteraction({ kind: "visit" }),
      makeInteraction({ kind: "call" }),
      makeInteraction({ occurredAt: daysAgo(400) }),
    ],
    opportunities: [makeOpportunity({ status: "won", createdAt: daysAgo(100), closedAt: daysAgo(40) })],
  }),
  makeFacts({
    account: makeAccount({ id: "s" }),
    orders: [makeOrder({ amount: 200, productSku: "A" })],
    interactions: [makeInteraction({ kind: "call" })],
    opportunities: [
      makeOpportunity({ status: "won", createdAt: daysAgo(50), closedAt: daysAgo(30) }),
      makeOpportunity({ status: "lost", createdAt: daysAgo(50), closedAt: daysAgo(30) }),
    ],
  }),
  makeFacts({ account: makeAccount({ id: "gone" }), orders: [makeOrder({ amount: 900, orderedAt: daysAgo(500) })] }),
];
const scores = [score("k", "A"), score("s", "C"), score("gone", "B")];

describe("portfolioKpis", () => {
  it("computes key-account revenue share, retention, cross-sell, service share and conversion cycle", () => {
    expect(portfolioKpis(scores, book, NOW)).toEqual({
      accounts: 3,
      keyAccounts: 1,
      revenue12m: 1000,
      keyAccountRevenue12m: 800,
      keyAccountRevenueShare: 0.8,
      retentionRate: 0.5, // k kept buying, gone did not
      retentionBase: 2,
      crossSellRate: 0.5, // k bought two SKUs, s one
      crossSellBasis: "sku",
      serviceCostShare: 0.6667, // 2 of 3 trailing-year interactions
      serviceCostBasis: "interaction_count",
      avgConversionCycleDays: 40, // (60 + 20) / 2
      wonDeals: 2,
    });
  });

  it("weights service effort by cost and cross-sell by category when told how", () => {
    const products = ["A", "B"].map((sku) => ({
      sku,
      name: sku,
      category: "same",
      description: null,
      listPrice: null,
    }));
    const kpis = portfolioKpis(scores, book, NOW, { products, interactionCost: { visit: 3, call: 1 } });
    expect(kpis).toMatchObject({ crossSellRate: 0, crossSellBasis: "category", serviceCostShare: 0.8 });
  });

  it("answers null for rates without a base", () => {
    expect(portfolioKpis([], [], NOW)).toMatchObject({
      keyAccountRevenueShare: null,
      retentionRate: null,
      avgConversionCycleDays: null,
    });
  });
});
