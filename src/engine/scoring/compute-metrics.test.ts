import { describe, expect, it } from "vitest";
import { computeMetrics } from "./compute-metrics";
import {
  daysAgo,
  makeAccount,
  makeContact,
  makeFacts,
  makeInteraction,
  makeOpportunity,
  makeOrder,
  NOW,
} from "./fixtures";

describe("computeMetrics", () => {
  it("splits revenue into the trailing 365 days and the 365 before, ignoring future orders", () => {
    const orders = [
      makeOrder({ amount: 100, orderedAt: daysAgo(0) }),
      makeOrder({ amount: 200, orderedAt: daysAgo(364) }),
      makeOrder({ amount: 400, orderedAt: daysAgo(365) }),
      makeOrder({ amount: 800, orderedAt: daysAgo(729) }),
      makeOrder({ amount: 1600, orderedAt: daysAgo(730) }),
      makeOrder({ amount: 3200, orderedAt: daysAgo(-1) }),
    ];
    const m = computeMetrics(makeFacts({ orders }), NOW);
    expect(m.revenue12m).toBe(300);
    expect(m.revenuePrev12m).toBe(1200);
    expect(m.growth).toBe(-0.75);
    expect(m.orders12m).toBe(2);
    expect(m.recencyDays).toBe(0);
    expect(m.purchaseMonths).toBe(24); // first order 730 days ago, outside both windows
  });

  it("leaves growth, share of wallet and recency unknown when there is nothing to measure", () => {
    const m = computeMetrics(makeFacts(), NOW);
    expect(m).toMatchObject({
      hasOrders: false,
      growth: null,
      shareOfWallet: null,
      recencyDays: null,
      marginRate: null,
    });
  });

  it("weights margin by amount and skips orders that state none", () => {
    const orders = [
      makeOrder({ amount: 300, margin: 0.1 }),
      makeOrder({ amount: 100, margin: 0.5 }),
      makeOrder({ amount: 1000, margin: null }),
    ];
    const m = computeMetrics(makeFacts({ orders }), NOW);
    expect(m.marginRate).toBeCloseTo(0.2, 12);
    expect(m.grossProfit12m).toBeCloseTo(280, 9);
  });

  it("measures share of wallet and headroom against the wallet estimate", () => {
    const facts = makeFacts({ account: makeAccount({ walletEstimate: 1000 }), orders: [makeOrder({ amount: 250 })] });
    const m = computeMetrics(facts, NOW);
    expect(m.shareOfWallet).toBe(0.25);
    expect(m.walletHeadroom).toBe(750);
  });

  it("counts on-time payments, delays and unpaid overdue invoices", () => {
    const orders = [
      makeOrder({ dueAt: daysAgo(100), paidAt: daysAgo(100) }), // on time
      makeOrder({ dueAt: daysAgo(100), paidAt: daysAgo(80) }), // 20 days late
      makeOrder({ amount: 500, dueAt: daysAgo(40), paidAt: null }), // unpaid, 40 days
      makeOrder({ dueAt: daysAgo(-10), paidAt: null }), // not yet due
    ];
    const m = computeMetrics(makeFacts({ orders }), NOW);
    expect(m.onTimePaymentRate).toBeCloseTo(1 / 3, 12);
    expect(m.avgPaymentDelayDays).toBe(20);
    expect(m.overdueUnpaidAmount).toBe(500);
    expect(m.maxOverdueDays).toBe(40);
  });

  it("weights our strength by influence over contacts still at the account", () => {
    const contacts = [
      makeContact({ influence: 4, ourStrength: 5 }),
      makeContact({ influence: 1, ourStrength: 0 }),
      makeContact({ influence: 5, ourStrength: 0, leftCompany: true }),
    ];
    expect(computeMetrics(makeFacts({ contacts }), NOW).relationship).toBe(4);
  });

  it("takes the latest interaction or contact touch, and the earlier of first order and first won deal", () => {
    const facts = makeFacts({
      orders: [makeOrder({ orderedAt: daysAgo(50) })],
      opportunities: [makeOpportunity({ status: "won", closedAt: daysAgo(120) })],
      interactions: [makeInteraction({ occurredAt: daysAgo(9) })],
      contacts: [makeContact({ lastContactAt: daysAgo(3) })],
    });
    const m = computeMetrics(facts, NOW);
    expect(m.lastTouchDays).toBe(3);
    expect(m.nowDay - (m.cooperationStartDay ?? 0)).toBe(120);
  });
});
