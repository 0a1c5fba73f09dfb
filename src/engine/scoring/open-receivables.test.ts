import { describe, expect, it } from "vitest";
import type { Order } from "../types";
import { openReceivables } from "./open-receivables";

const order = (amount: number, dueAt: string | null, paidAt: string | null = null): Order => ({
  id: `o-${amount}-${dueAt}`,
  accountId: "a",
  productSku: null,
  orderedAt: "2026-01-01",
  amount,
  margin: null,
  dueAt,
  paidAt,
});

const NOW = "2026-11-22T09:00:00.000Z";

describe("openReceivables", () => {
  it("is null when everything is paid", () => {
    expect(openReceivables([order(100, "2026-10-01", "2026-09-30")], NOW)).toBeNull();
    expect(openReceivables([], NOW)).toBeNull();
  });

  it("splits the unpaid total into overdue and the next payment due, summing what falls due that day", () => {
    const r = openReceivables(
      [
        order(420000, "2026-10-01"),
        order(300000, "2026-12-01"),
        order(50000, "2026-12-01"),
        order(80000, "2027-01-15"),
        order(999, "2026-11-01", "2026-11-02"),
      ],
      NOW,
    );
    expect(r).toEqual({
      unpaid: 850000,
      overdue: 420000,
      nextDueAt: "2026-12-01",
      nextDueAmount: 350000,
      overdueSince: "2026-10-01",
      overdueDays: 52,
    });
  });

  it("counts a payment due today as not yet overdue, and an order with no due date as unpaid only", () => {
    expect(openReceivables([order(10, "2026-11-22"), order(5, null)], NOW)).toEqual({
      unpaid: 15,
      overdue: 0,
      nextDueAt: "2026-11-22",
      nextDueAmount: 10,
      overdueSince: null,
      overdueDays: 0,
    });
  });

  it("ages the overdue money from its oldest due date (how long the customer has owed it)", () => {
    const r = openReceivables([order(1, "2026-11-01"), order(2, "2026-09-23"), order(3, "2026-12-24")], NOW);
    expect(r).toMatchObject({ overdue: 3, overdueSince: "2026-09-23", overdueDays: 60 });
  });

  it("depends only on its input: the same orders and day give the same answer in any order", () => {
    const orders = [order(1, "2026-12-03"), order(2, "2026-12-02"), order(3, "2026-10-02")];
    expect(openReceivables([...orders].reverse(), NOW)).toEqual(openReceivables(orders, NOW));
  });
});
