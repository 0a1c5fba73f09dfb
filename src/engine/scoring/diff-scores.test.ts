import { describe, expect, it } from "vitest";
import type { RiskSignal } from "../types";
import { defaultScorecard } from "./default-scorecard";
import { diffScores } from "./diff-scores";
import { findBaseline } from "./find-baseline";
import { daysAgo, makeFacts, makeOrder, NOW } from "./fixtures";
import { scoreAccount } from "./score-account";

const base = scoreAccount(makeFacts({ orders: [makeOrder({ amount: 2_000_000 })] }), {
  scorecard: defaultScorecard,
  now: NOW,
});
const risk = (code: string, severity: RiskSignal["severity"]): RiskSignal => ({ code, severity, reason: "" });

describe("diffScores", () => {
  it("reports nothing changed between a score and itself", () => {
    const d = diffScores(base, base);
    expect(d).toMatchObject({ totalDelta: 0, tierChange: null, newRisks: [], clearedRisks: [], dimensions: [] });
  });

  it("reports tier, total, dimension and risk changes week over week", () => {
    const before = {
      ...base,
      tier: "A" as const,
      total: 70,
      risks: [risk("no_touch", "low"), risk("lost_deal", "high")],
    };
    const after = {
      ...base,
      tier: "B" as const,
      total: 58.5,
      risks: [risk("no_touch", "high"), risk("late_payment", "medium")],
      breakdown: base.breakdown.map((d) => (d.dimension === "recency" ? { ...d, points: d.points - 25 } : d)),
    };
    const d = diffScores(before, after);
    expect(d.totalDelta).toBe(-11.5);
    expect(d.tierChange).toEqual({ from: "A", to: "B" });
    expect(d.newRisks.map((r) => r.code)).toEqual(["late_payment"]);
    expect(d.clearedRisks).toEqual(["lost_deal"]);
    expect(d.escalatedRisks).toEqual([{ code: "no_touch", from: "low", to: "high" }]);
    expect(d.dimensions).toEqual([{ dimension: "recency", from: 100, to: 75, delta: -25 }]);
  });
});

describe("findBaseline", () => {
  it("picks the latest snapshot at least a week old, the later entry on a tie", () => {
    const history = [
      { at: daysAgo(14), score: 1 },
      { at: daysAgo(8), score: 2 },
      { at: daysAgo(8), score: 3 },
      { at: daysAgo(6), score: 4 },
    ];
    expect(findBaseline(history, NOW)?.score).toBe(3);
    expect(findBaseline(history.slice(3), NOW)).toBeNull();
  });
});
