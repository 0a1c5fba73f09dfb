import { describe, expect, it } from "vitest";
import { measureAccount } from "./measure-account";
import { facts, interaction, NOW, opportunity, order, product } from "./test-fixtures";

describe("measureAccount", () => {
  const f = facts({
    orders: [
      order("a", { productSku: "SKU-A", orderedAt: "2026-01-01", amount: 100 }),
      order("b", { productSku: "SKU-B", orderedAt: "2025-01-01", amount: 50 }),
      order("future", { orderedAt: "2026-12-01", amount: 999 }),
    ],
    opportunities: [
      opportunity("l", { status: "lost", closedAt: "2026-03-01", productSku: "SKU-C" }),
      opportunity("o"),
    ],
    interactions: [
      interaction("i", { occurredAt: "2026-06-01" }),
      interaction("j", { occurredAt: "2025-01-01", kind: "call" }),
    ],
  });
  const m = measureAccount(
    f,
    [product("SKU-A"), product("SKU-X", { listPrice: 5 }), product("SKU-Y", { listPrice: 50 })],
    NOW,
  );

  it("splits revenue into the last and the prior 365 days and ignores orders after now", () => {
    expect([m.revenue12m, m.revenuePrior12m]).toEqual([100, 50]);
    expect(m.share).toBe(0);
  });

  it("finds lost product lines from last year's orders and lost deals", () => {
    expect(m.lostSkus).toEqual(["SKU-B", "SKU-C"]);
    expect(m.lostOpportunityIds).toEqual(["l"]);
  });

  it("lists never-bought products as whitespace, dearest first", () => {
    expect(m.whitespace.map((p) => p.sku)).toEqual(["SKU-Y", "SKU-X"]);
  });

  it("counts recent reviews and touches", () => {
    expect([m.reviews12m, m.touches90d]).toEqual([1, 1]);
  });
});
