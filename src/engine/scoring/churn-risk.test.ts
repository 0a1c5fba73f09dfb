import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RiskSignal } from "../types";
import { churnRisk } from "./churn-risk";
import { computeMetrics } from "./compute-metrics";
import { daysAgo, makeFacts, makeOrder, NOW } from "./fixtures";

const active = computeMetrics(makeFacts({ orders: [makeOrder()] }), NOW);
const signal = (code: string, severity: RiskSignal["severity"]): RiskSignal => ({ code, severity, reason: "" });

describe("churnRisk", () => {
  it("is 0 and low without signals", () => {
    expect(churnRisk([], active)).toEqual({ score: 0, level: "low", drivers: [] });
  });

  it("combines signals as a noisy-OR: 1 - (1 - 0.5)(1 - 0.35) = 67.5% -> 68, high", () => {
    const r = churnRisk([signal("orders_falling", "high"), signal("main_contact_left", "high")], active);
    expect(r).toEqual({ score: 68, level: "high", drivers: ["orders_falling", "main_contact_left"] });
  });

  it("adds a dormant term for an account that has not ordered in 180 days", () => {
    const idle = computeMetrics(makeFacts({ orders: [makeOrder({ orderedAt: daysAgo(200) })] }), NOW);
    expect(churnRisk([], idle)).toEqual({ score: 20, level: "low", drivers: ["dormant"] });
  });

  it("never falls when a signal is added, and stays within 0-100", () => {
    const codes = ["orders_falling", "late_payment", "no_touch", "lost_deal", "external_judicial", "new_rule"];
    const sig = fc.record({
      code: fc.constantFrom(...codes),
      severity: fc.constantFrom("low", "medium", "high") as fc.Arbitrary<RiskSignal["severity"]>,
      reason: fc.constant(""),
    });
    fc.assert(
      fc.property(fc.array(sig, { maxLength: 8 }), sig, (list, extra) => {
        const before = churnRisk(list, active).score;
        const after = churnRisk([...list, extra], active).score;
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(100);
      }),
    );
  });
});
