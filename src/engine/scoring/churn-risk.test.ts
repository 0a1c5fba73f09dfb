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
    expect(churnRisk([], active)).toEqual({ score: 0, level: "low", drivers: [], floor: null });
  });

  it("combines signals as a noisy-OR: 1 - (1 - 0.5)(1 - 0.35) = 67.5% -> 68, high", () => {
    const r = churnRisk([signal("orders_falling", "high"), signal("main_contact_left", "high")], active);
    expect(r).toEqual({ score: 68, level: "high", drivers: ["orders_falling", "main_contact_left"], floor: null });
  });

  it("adds a dormant term for an account that has not ordered in 180 days", () => {
    const idle = computeMetrics(makeFacts({ orders: [makeOrder({ orderedAt: daysAgo(200) })] }), NOW);
    expect(churnRisk([], idle)).toEqual({ score: 20, level: "low", drivers: ["dormant"], floor: null });
  });

  it("never leaves churn low beside a high-severity signal, and says why it was raised", () => {
    // late_payment alone at high severity scores 25 (low by score), so the floor must lift it.
    const r = churnRisk([{ code: "late_payment", severity: "high", reason: "977200 unpaid, oldest 182 days" }], active);
    expect([r.score, r.level, r.floor?.code, r.floor?.signal]).toEqual([
      25,
      "medium",
      "high_severity_signal",
      "late_payment",
    ]);
    expect(r.floor?.en).toContain("182 days");
    expect(churnRisk([signal("late_payment", "medium")], active)).toMatchObject({ level: "low", floor: null });
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
