import type { RiskSignal, Severity } from "../types";
import type { AccountMetrics } from "./compute-metrics";
import { toDayOrNull } from "./day-numbers";
import {
  competitorGap,
  competitorStrongerSeverity,
  departedMatters,
  latePaymentSeverity,
  lostInWindow,
  lostSeverity,
  lostShare,
  mainContactLeftSeverity,
  noTouchSeverity,
  ordersFallingSeverity,
  overdueShare,
  strongestTie,
} from "./risk-severity";
import { round2 } from "./round";
import type { ScoringContact, ScoringFacts } from "./scoring-facts";

/** Thresholds for the risk rules; defaults in DEFAULT_RISK_OPTIONS. */
export type RiskOptions = {
  /** Days without a touch for low, medium, high. */
  noTouchDays: [number, number, number];
  /** A lost deal counts for this many days after it closed. */
  lostDealDays: number;
  /** An external record counts for this many days after it occurred. */
  externalDays: number;
};

export const DEFAULT_RISK_OPTIONS: RiskOptions = { noTouchDays: [45, 90, 180], lostDealDays: 180, externalDays: 365 };

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** Every code `detectRisks` gives. */
export const RISK_CODES = [
  "orders_falling",
  "late_payment",
  "main_contact_left",
  "no_touch",
  "competitor_stronger",
  "lost_deal",
  "external_judicial",
  "external_financial",
  "external_sentiment",
  "external_other",
] as const;

/**
 * Risk signals (风险预警), at most one per code, highest severity first then by code. Each carries a
 * reason in words and the facts it rests on. Codes: orders_falling, late_payment, main_contact_left,
 * no_touch, competitor_stronger, lost_deal, external_judicial, external_financial,
 * external_sentiment, external_other.
 */
export function detectRisks(
  facts: ScoringFacts,
  metrics: AccountMetrics,
  _now: string,
  options: RiskOptions = DEFAULT_RISK_OPTIONS,
): RiskSignal[] {
  const found = [
    ordersFalling(metrics),
    latePayment(facts, metrics),
    mainContactLeft(facts.contacts, metrics.nowDay),
    noTouch(facts, metrics, options.noTouchDays),
    competitorStronger(facts.contacts),
    lostDeal(facts, metrics, options.lostDealDays),
  ];
  const out = found.filter((r): r is RiskSignal => r !== null);
  if (facts.riskRecords.length > 0) externalRecords(facts, metrics.nowDay, options.externalDays, out);
  return out.length < 2 ? out : out.sort(bySeverityThenCode);
}

function bySeverityThenCode(a: RiskSignal, b: RiskSignal): number {
  return RANK[b.severity] - RANK[a.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function ordersFalling(m: AccountMetrics): RiskSignal | null {
  const severity = ordersFallingSeverity(m);
  if (severity === null || m.growth === null) return null;
  const change = Math.round(m.growth * 100);
  return {
    code: "orders_falling",
    severity,
    reason: `revenue ${round2(m.revenue12m)} in the last 12 months vs ${round2(m.revenuePrev12m)} the year before (${change}%)`,
    facts: { revenue12m: round2(m.revenue12m), revenuePrev12m: round2(m.revenuePrev12m), changePct: change },
  };
}

/**
 * Late payment by the age of the oldest unpaid invoice, the on-time rate and the unpaid share of trailing-year
 * revenue: high past 90 days or under 50% on time, or a quarter of a year's revenue unpaid past 30 days.
 */
function latePayment(facts: ScoringFacts, m: AccountMetrics): RiskSignal | null {
  const severity = latePaymentSeverity(m);
  if (severity === null) return null;
  const overdue = m.maxOverdueDays ?? 0;
  const rate = m.onTimePaymentRate;
  const share = overdueShare(m);
  const onTimePct = rate === null ? null : Math.round(rate * 100);
  const sharePct = Math.round(share * 100);
  const parts = [onTimePct === null ? null : `${onTimePct}% paid on time in the last 12 months`];
  if (overdue > 0) {
    parts.push(
      `${round2(m.overdueUnpaidAmount)} unpaid (${sharePct}% of a year's revenue), oldest ${overdue} days past due`,
    );
  }
  return {
    code: "late_payment",
    severity,
    reason: parts.filter((p) => p !== null).join("; "),
    facts: {
      onTimePct,
      overdueUnpaidAmount: round2(m.overdueUnpaidAmount),
      maxOverdueDays: m.maxOverdueDays,
      overdueSharePct: sharePct,
      ...(overdue > 0 ? overdueAging(facts, m.nowDay) : { aging: null, oldestDueAt: null }),
    },
  };
}

/**
 * Unpaid overdue amounts by days past due (应收账龄): 1-30, 31-90, 91-180, over 180; and the due date of the oldest
 * invoice still unpaid past it ("那笔钱啥时候到期的"). One pass over the orders.
 */
function overdueAging(
  facts: ScoringFacts,
  nowDay: number,
): { aging: Record<string, number>; oldestDueAt: string | null } {
  const aging: Record<string, number> = { "1-30": 0, "31-90": 0, "91-180": 0, "180+": 0 };
  let oldest: { day: number; at: string } | null = null;
  for (const o of facts.orders) {
    const due = toDayOrNull(o.dueAt);
    if (due === null || o.dueAt === null || o.paidAt !== null || due >= nowDay) continue;
    const late = nowDay - due;
    const key = late <= 30 ? "1-30" : late <= 90 ? "31-90" : late <= 180 ? "91-180" : "180+";
    aging[key] = round2(aging[key] + o.amount);
    if (!oldest || due < oldest.day) oldest = { day: due, at: o.dueAt.slice(0, 10) };
  }
  return { aging, oldestDueAt: oldest?.at ?? null };
}

/**
 * A departed person who mattered, who left within the last year (or at an unknown time): a key role, influence
 * >= 4, or our strongest tie at the account (the highest ourStrength, 4 or more). High when no current key
 * contact is close to us (ourStrength >= 3): a decision maker we never met does not cover the loss.
 */
function mainContactLeft(contacts: readonly ScoringContact[], nowDay: number): RiskSignal | null {
  const severity = mainContactLeftSeverity(contacts, nowDay);
  if (severity === null) return null;
  const strongest = strongestTie(contacts);
  const tie = (c: ScoringContact) => strongest >= 4 && (c.ourStrength ?? 0) === strongest;
  const gone = contacts.filter((c) => departedMatters(c, strongest, nowDay));
  const covered = severity === "medium";
  const names = gone.map((c) => `${c.name} (${c.role ?? "no role"}${tie(c) ? ", our strongest tie" : ""})`).sort();
  return {
    code: "main_contact_left",
    severity,
    reason: `${names.join(", ")} left; ${covered ? "another key contact is close to us" : "no other key contact is close to us"}`,
    facts: {
      contactIds: gone.map((c) => c.id).sort(),
      roles: gone.map((c) => c.role),
      strongestTie: gone.some(tie),
      covered,
    },
  };
}

function noTouch(facts: ScoringFacts, m: AccountMetrics, thresholds: [number, number, number]): RiskSignal | null {
  const low = thresholds[0];
  const severity = noTouchSeverity(facts, m, thresholds);
  if (severity === null) return null;
  const days = m.lastTouchDays;
  if (days === null) {
    return { code: "no_touch", severity, reason: "no touch recorded", facts: { lastTouchDays: null } };
  }
  return {
    code: "no_touch",
    severity,
    reason: `no touch for ${days} days (threshold ${low})`,
    facts: { lastTouchDays: days },
  };
}

/** A current key contact closer to a competitor than to us (competitorStrength > ourStrength). */
function competitorStronger(contacts: readonly ScoringContact[]): RiskSignal | null {
  const severity = competitorStrongerSeverity(contacts);
  if (severity === null) return null;
  const hits = contacts
    .map((c) => ({ c, gap: competitorGap(c) }))
    .filter((h) => h.gap > 0)
    .sort((a, b) => b.gap - a.gap || (a.c.id < b.c.id ? -1 : 1));
  const shown = hits
    .slice(0, 3)
    .map((h) => `${h.c.name} (${h.c.competitor} ${h.c.competitorStrength ?? 0} vs us ${h.c.ourStrength ?? 0})`);
  return {
    code: "competitor_stronger",
    severity,
    reason: `competitor closer to ${shown.join(", ")}`,
    facts: { contactIds: hits.map((h) => h.c.id), maxGap: hits[0].gap },
  };
}

function lostDeal(facts: ScoringFacts, m: AccountMetrics, windowDays: number): RiskSignal | null {
  if (!facts.opportunities.some((o) => o.status === "lost")) return null;
  const lost = facts.opportunities.filter((o) => lostInWindow(o.closedAt, o.status, m.nowDay, windowDays));
  if (lost.length === 0) return null;
  const amount = lost.reduce((s, o) => s + (o.amount ?? 0), 0);
  const share = lostShare(amount, m);
  const severity = lostSeverity(share);
  const names = lost.map((o) => o.name).sort();
  return {
    code: "lost_deal",
    severity,
    reason: `${lost.length} deal(s) lost in the last ${windowDays} days worth ${round2(amount)} (${Math.round(share * 100)}% of 12-month revenue): ${names.join(", ")}`,
    facts: { opportunityIds: lost.map((o) => o.id).sort(), amount: round2(amount) },
  };
}

function externalRecords(facts: ScoringFacts, nowDay: number, windowDays: number, out: RiskSignal[]): void {
  const byKind = new Map<string, { severity: Severity; count: number; latest: string; latestDay: number }>();
  for (const r of facts.riskRecords) {
    const day = toDayOrNull(r.occurredAt);
    if (day === null || day > nowDay || nowDay - day >= windowDays) continue;
    const seen = byKind.get(r.kind);
    if (seen === undefined) {
      byKind.set(r.kind, { severity: r.severity, count: 1, latest: r.summary, latestDay: day });
      continue;
    }
    seen.count++;
    if (RANK[r.severity] > RANK[seen.severity]) seen.severity = r.severity;
    if (day > seen.latestDay || (day === seen.latestDay && r.summary < seen.latest)) {
      seen.latest = r.summary;
      seen.latestDay = day;
    }
  }
  for (const [kind, s] of byKind) {
    out.push({
      code: `external_${kind}`,
      severity: s.severity,
      reason: `${s.count} ${kind} record(s) in the last ${windowDays} days; latest: ${s.latest}`,
      facts: { count: s.count },
    });
  }
}
