import type { RiskSignal, Severity } from "../types";
import type { AccountMetrics } from "./compute-metrics";

/**
 * How likely each signal alone is to mean the account is slipping, at high severity (medium counts
 * two thirds, low one third). Unknown codes (new rules) count like an external record.
 */
export const CHURN_WEIGHTS: Record<string, number> = {
  orders_falling: 0.5,
  main_contact_left: 0.35,
  competitor_stronger: 0.35,
  no_touch: 0.3,
  late_payment: 0.25,
  lost_deal: 0.25,
  dormant: 0.3,
};
const OTHER_WEIGHT = 0.2;
const SEVERITY_FACTOR: Record<Severity, number> = { low: 1 / 3, medium: 2 / 3, high: 1 };

/** The probability one signal alone means the account is slipping: its code's weight at its severity. */
export function churnWeight(code: string, severity: Severity): number {
  return (Object.hasOwn(CHURN_WEIGHTS, code) ? CHURN_WEIGHTS[code] : OTHER_WEIGHT) * SEVERITY_FACTOR[severity];
}

/** Why the level sits above what the score alone gives (null: it does not). */
export type ChurnFloor = { code: "high_severity_signal"; signal: string; en: string; zh: string };

/** `drivers`: the codes that fed the score (risk codes plus `dormant`), in input order. */
export type ChurnRisk = { score: number; level: Severity; drivers: string[]; floor: ChurnFloor | null };

/**
 * Churn-risk score 0-100 combining the signals as independent odds (noisy-OR):
 * score = 100 x (1 - Π(1 - weight x severity factor)), rounded to a whole number. An account that has
 * bought before but not in 180+ days adds a `dormant` term (medium; high after 365 days).
 * Level: high from 60, medium from 30; a high-severity signal raises a low level to medium, with the reason
 * in `floor` (a high-severity signal can never leave churn "low" unexplained).
 */
export function churnRisk(risks: RiskSignal[], metrics: AccountMetrics): ChurnRisk {
  let keep = 1;
  const drivers: string[] = [];
  const add = (code: string, severity: Severity) => {
    keep *= 1 - churnWeight(code, severity);
    drivers.push(code);
  };
  for (const r of risks) add(r.code, r.severity);
  const idle = metrics.recencyDays;
  if (idle !== null && idle >= 180) add("dormant", idle >= 365 ? "high" : "medium");
  const score = Math.round(100 * (1 - keep));
  const level: Severity = score >= 60 ? "high" : score >= 30 ? "medium" : "low";
  const high = level === "low" ? risks.find((r) => r.severity === "high") : undefined;
  if (high === undefined) return { score, level, drivers, floor: null };
  const floor: ChurnFloor = {
    code: "high_severity_signal",
    signal: high.code,
    en: `raised to medium: ${high.code} is high severity (${high.reason})`,
    zh: `因高等级预警（${high.code}）上调为中风险`,
  };
  return { score, level: "medium", drivers, floor };
}
