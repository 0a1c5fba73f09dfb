import type { Severity } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { toDayOrNull } from "./day-numbers";
import type { ScoringContact, ScoringFacts } from "./scoring-facts";

// Whether each risk rule fires and how hard, without words: book scoring keeps these as codes, and detectRisks
// builds the sentence from the same decision, so the two can never disagree.

export function ordersFallingSeverity(m: AccountMetrics): Severity | null {
  if (m.growth === null || m.growth > -0.1) return null;
  return m.growth <= -0.4 ? "high" : m.growth <= -0.2 ? "medium" : "low";
}

/** Unpaid overdue amount as a share of the larger of the two years' revenue (1 with no revenue), 0 when none is late. */
export function overdueShare(m: AccountMetrics): number {
  const overdue = m.maxOverdueDays ?? 0;
  const base = Math.max(m.revenue12m, m.revenuePrev12m);
  return overdue > 0 ? (base > 0 ? m.overdueUnpaidAmount / base : 1) : 0;
}

export function latePaymentSeverity(m: AccountMetrics): Severity | null {
  const overdue = m.maxOverdueDays ?? 0;
  const rate = m.onTimePaymentRate;
  if (overdue <= 0 && (rate === null || rate >= 0.95)) return null;
  const share = overdueShare(m);
  return overdue > 90 || (rate !== null && rate < 0.5) || (overdue > 30 && share >= 0.25)
    ? "high"
    : overdue > 30 || share >= 0.1 || (rate !== null && rate < 0.8)
      ? "medium"
      : "low";
}

/** Roles whose departure weakens the decision chain: the executives and the technical evaluator who writes the spec. */
const KEY_ROLES = new Set(["decision_maker", "approver", "technical_evaluator"]);
export const isKeyContact = (c: ScoringContact) =>
  (c.role !== null && KEY_ROLES.has(c.role)) || (c.influence ?? 0) >= 4;
export function strongestTie(contacts: readonly ScoringContact[]): number {
  let max = 0;
  for (const c of contacts) max = Math.max(max, c.ourStrength ?? 0);
  return max;
}

/** A departed key person or our strongest tie (4+), gone within the last year or at an unknown time. */
export function departedMatters(c: ScoringContact, strongest: number, nowDay: number): boolean {
  if (!c.leftCompany) return false;
  const tie = strongest >= 4 && (c.ourStrength ?? 0) === strongest;
  const last = toDayOrNull(c.lastContactAt);
  return (isKeyContact(c) || tie) && (last === null || nowDay - last < 365);
}

/** Another current key contact close to us (ourStrength >= 3) covers the loss: medium instead of high. */
export function keyContactCovered(contacts: readonly ScoringContact[]): boolean {
  for (const c of contacts) if (!c.leftCompany && isKeyContact(c) && (c.ourStrength ?? 0) >= 3) return true;
  return false;
}

// Plain loops, not some() with an arrow: book scoring asks of every account, and each arrow was a closure allocated.
export function mainContactLeftSeverity(contacts: readonly ScoringContact[], nowDay: number): Severity | null {
  if (!anyLeft(contacts)) return null;
  const strongest = strongestTie(contacts);
  if (!anyDepartedMatters(contacts, strongest, nowDay)) return null;
  return keyContactCovered(contacts) ? "medium" : "high";
}

function anyLeft(contacts: readonly ScoringContact[]): boolean {
  for (const c of contacts) if (c.leftCompany) return true;
  return false;
}

function anyDepartedMatters(contacts: readonly ScoringContact[], strongest: number, nowDay: number): boolean {
  for (const c of contacts) if (departedMatters(c, strongest, nowDay)) return true;
  return false;
}

/** An account we sell to or have an open deal with should be touched. */
export function isEngaged(facts: ScoringFacts, m: AccountMetrics): boolean {
  if (m.hasOrders) return true;
  for (const o of facts.opportunities) if (o.status === "open") return true;
  return false;
}

export function noTouchSeverity(
  facts: ScoringFacts,
  m: AccountMetrics,
  [low, medium, high]: [number, number, number],
): Severity | null {
  if (!isEngaged(facts, m)) return null;
  const days = m.lastTouchDays;
  if (days === null) return "medium";
  if (days < low) return null;
  return days >= high ? "high" : days >= medium ? "medium" : "low";
}

const EXECUTIVE_ROLES = new Set(["decision_maker", "approver"]);

/** How much closer a current executive or influential contact is to a competitor than to us (<= 0: not closer). */
export function competitorGap(c: ScoringContact): number {
  if (c.leftCompany || !c.competitor) return 0;
  if (!((c.role !== null && EXECUTIVE_ROLES.has(c.role)) || (c.influence ?? 0) >= 4)) return 0;
  return (c.competitorStrength ?? 0) - (c.ourStrength ?? 0);
}

export function competitorStrongerSeverity(contacts: readonly ScoringContact[]): Severity | null {
  let max = 0;
  for (const c of contacts) max = Math.max(max, competitorGap(c));
  return max <= 0 ? null : max >= 2 ? "high" : "medium";
}

/** A lost deal closed within the window, up to now. */
export function lostInWindow(closedAt: string | null, status: string, nowDay: number, windowDays: number): boolean {
  if (status !== "lost") return false;
  const day = toDayOrNull(closedAt);
  return day !== null && day <= nowDay && nowDay - day < windowDays;
}

/** The lost amount's share of trailing-year revenue (1 when lost with no revenue, 0 when nothing was stated). */
export const lostShare = (amount: number, m: AccountMetrics) =>
  m.revenue12m > 0 ? amount / m.revenue12m : amount > 0 ? 1 : 0;

export const lostSeverity = (share: number): Severity => (share >= 0.5 ? "high" : share >= 0.1 ? "medium" : "low");

export function lostDealSeverity(facts: ScoringFacts, m: AccountMetrics, windowDays: number): Severity | null {
  let amount = 0;
  let any = false;
  for (const o of facts.opportunities) {
    if (!lostInWindow(o.closedAt, o.status, m.nowDay, windowDays)) continue;
    any = true;
    amount += o.amount ?? 0;
  }
  return any ? lostSeverity(lostShare(amount, m)) : null;
}

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** The severest external record of each kind within the window (code `external_<kind>`), as detectRisks counts it. */
export function externalSeverities(
  facts: ScoringFacts,
  nowDay: number,
  windowDays: number,
  add: (code: string, severity: Severity) => void,
): void {
  const byKind = new Map<string, Severity>();
  for (const r of facts.riskRecords) {
    const day = toDayOrNull(r.occurredAt);
    if (day === null || day > nowDay || nowDay - day >= windowDays) continue;
    const seen = byKind.get(r.kind);
    if (seen === undefined || RANK[r.severity] > RANK[seen]) byKind.set(r.kind, r.severity);
  }
  for (const [kind, severity] of byKind) add(`external_${kind}`, severity);
}
