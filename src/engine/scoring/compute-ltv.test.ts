import { describe, expect, it } from "vitest";
import { computeLtv } from "./compute-ltv";
import { computeMetrics } from "./compute-metrics";
import { makeFacts, makeOrder, NOW } from "./fixtures";

const metrics = computeMetrics(makeFacts({ orders: [makeOrder({ amount: 1000, margin: 0.3 })] }), NOW);

describe("computeLtv", () => {
  it("is margin x years with full retention and no discounting", () => {
    expect(computeLtv(metrics, { retention: 1, discountRate: 0, years: 4 }).value).toBe(1200);
  });

  it("discounts and decays each year: 300/1.1 + 300 x 0.8/1.1^2", () => {
    const ltv = computeLtv(metrics, { retention: 0.8, discountRate: 0.1, years: 2 });
    expect(ltv.value).toBeCloseTo(300 / 1.1 + 240 / 1.21, 2);
    expect(ltv).toMatchObject({ annualMargin: 300, marginSource: "orders" });
    expect(ltv.assumptions).toMatchObject({ retention: 0.8, discountRate: 0.1, years: 2 });
  });

  it("states that it assumed a margin when no order gives one", () => {
    const m = computeMetrics(makeFacts({ orders: [makeOrder({ amount: 1000, margin: null })] }), NOW);
    expect(computeLtv(m, { years: 1, discountRate: 0 })).toMatchObject({ value: 200, marginSource: "assumed" });
  });
});
