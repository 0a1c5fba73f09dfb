import type { RiskSignal, Score, Severity } from "../types";
import { round2 } from "./round";

export type ScoreDiff = {
  accountId: string;
  totalFrom: number;
  totalTo: number;
  /** current - previous, 2 decimals. */
  totalDelta: number;
  tierChange: { from: string; to: string } | null;
  strategyChange: { from: string; to: string } | null;
  nineBoxChange: { from: string; to: string } | null;
  lifecycleChange: { from: string; to: string } | null;
  /** Signals present now and not before. */
  newRisks: RiskSignal[];
  /** Codes present before and gone now. */
  clearedRisks: string[];
  /** Signals present in both whose severity rose. */
  escalatedRisks: { code: string; from: Severity; to: Severity }[];
  /** Dimensions whose points changed, largest change first (then by dimension). */
  dimensions: { dimension: string; from: number; to: number; delta: number }[];
};

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** What changed between two scores of the same account (week over week for the briefing). */
export function diffScores(previous: Score, current: Score): ScoreDiff {
  const before = new Map(previous.risks.map((r) => [r.code, r]));
  const after = new Map(current.risks.map((r) => [r.code, r]));
  const points = new Map(previous.breakdown.map((d) => [d.dimension, d.points]));
  const dimensions = current.breakdown
    .filter((d) => points.has(d.dimension) && points.get(d.dimension) !== d.points)
    .map((d) => {
      const from = points.get(d.dimension) ?? 0;
      return { dimension: d.dimension, from, to: d.points, delta: round2(d.points - from) };
    })
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.dimension < b.dimension ? -1 : 1));
  return {
    accountId: current.accountId,
    totalFrom: previous.total,
    totalTo: current.total,
    totalDelta: round2(current.total - previous.total),
    tierChange: change(previous.tier, current.tier),
    strategyChange: change(previous.segment.strategy, current.segment.strategy),
    nineBoxChange: change(previous.segment.nineBox, current.segment.nineBox),
    lifecycleChange: change(previous.lifecycle, current.lifecycle),
    newRisks: current.risks.filter((r) => !before.has(r.code)),
    clearedRisks: previous.risks.filter((r) => !after.has(r.code)).map((r) => r.code),
    escalatedRisks: current.risks
      .filter((r) => before.has(r.code) && RANK[r.severity] > RANK[before.get(r.code)!.severity])
      .map((r) => ({ code: r.code, from: before.get(r.code)!.severity, to: r.severity })),
    dimensions,
  };
}

function change(from: string, to: string): { from: string; to: string } | null {
  return from === to ? null : { from, to };
}
