import { computeMetrics } from "../scoring/compute-metrics";
import { fromDayNumber, toDayNumber, toDayOrNull } from "../scoring/day-numbers";
import { touchpointStatus } from "../scoring/overdue-touchpoints";
import type { MyWeekOptions, WeekAccount, WeekReason } from "./types";

/** An item before ranking and rendering: the builder adds account, tier, priority and text. */
export type RawItem = {
  kind: import("./types").MyWeekKind;
  accountId: string;
  due: string;
  value: number;
  reason: WeekReason;
  ref: { actionId?: string; opportunityId?: string; noticeId?: string; touchpoint?: string };
};

/**
 * The account's own items in the window ending `nowDay + days`: its most pressing cadence touchpoint,
 * open deals closing (or past their close date) or stalled, overdue receivables, and a churn-risk rise.
 */
export function collectAccountItems(
  a: WeekAccount,
  nowDay: number,
  days: number,
  o: MyWeekOptions,
): { items: RawItem[]; revenue12m: number } {
  const { facts } = a;
  const now = fromDayNumber(nowDay);
  const metrics = computeMetrics(facts, now);
  const id = facts.account.id;
  const out: RawItem[] = [];
  const touch = pickTouchpoint(facts, now, metrics, nowDay + days);
  if (touch) out.push({ ...touch, accountId: id, value: metrics.revenue12m });
  for (const opp of facts.opportunities) {
    if (opp.status !== "open") continue;
    const numbers = { name: opp.name, amount: opp.amount ?? 0, stage: opp.stage };
    const close = toDayOrNull(opp.expectedClose);
    const ref = { opportunityId: opp.id };
    if (close !== null && close <= nowDay + days) {
      const passed = close < nowDay;
      out.push({
        kind: "deal_closing",
        accountId: id,
        due: fromDayNumber(close),
        value: opp.amount ?? 0,
        reason: {
          code: passed ? "deal_close_passed" : "deal_closing",
          numbers: { ...numbers, due: fromDayNumber(close), ...(passed ? { daysOverdue: nowDay - close } : {}) },
        },
        ref,
      });
      continue;
    }
    const last = opp.stageHistory.reduce((m, s) => Math.max(m, toDayNumber(s.at) || 0), toDayNumber(opp.createdAt));
    if (nowDay - last > o.stallDays) {
      out.push({
        kind: "deal_stalled",
        accountId: id,
        due: now,
        value: opp.amount ?? 0,
        reason: { code: "deal_stalled", numbers: { ...numbers, daysInStage: nowDay - last, stallDays: o.stallDays } },
        ref,
      });
    }
  }
  const receivable = overdueReceivables(a, nowDay);
  if (receivable) out.push(receivable);
  const churn = a.churn;
  if (churn && churn.before !== null && churn.now - churn.before >= o.churnRisePoints) {
    out.push({
      kind: "churn_rise",
      accountId: id,
      due: now,
      value: metrics.revenue12m,
      reason: { code: "churn_rose", numbers: { from: churn.before, to: churn.now, since: fromDayNumber(nowDay - 7) } },
      ref: {},
    });
  }
  return { items: out, revenue12m: metrics.revenue12m };
}

/** The most overdue touchpoint, else the soonest one coming due in the window; one per account. */
function pickTouchpoint(
  facts: WeekAccount["facts"],
  now: string,
  metrics: ReturnType<typeof computeMetrics>,
  lastDay: number,
): Omit<RawItem, "accountId" | "value"> | null {
  const nowDay = toDayNumber(now);
  // One pass over the touchpoints: the soonest due (so the most overdue first), code breaking ties.
  let t: ReturnType<typeof touchpointStatus>[number] | undefined;
  for (const x of touchpointStatus(facts, now, metrics)) {
    if (toDayNumber(x.dueAt) > lastDay) continue;
    if (!t || x.daysOverdue > t.daysOverdue || (x.daysOverdue === t.daysOverdue && x.code < t.code)) t = x;
  }
  if (!t) return null;
  const lastAt = toDayOrNull(t.lastAt);
  const numbers = {
    daysSince: lastAt === null ? null : nowDay - lastAt,
    everyDays: t.everyDays,
    cadence: t.code,
    due: t.dueAt,
    ...(t.daysOverdue > 0 ? { daysOverdue: t.daysOverdue } : {}),
  };
  return {
    kind: "touchpoint",
    due: t.dueAt,
    reason: { code: t.daysOverdue > 0 ? "touch_overdue" : "touch_due", numbers },
    ref: { touchpoint: t.code },
  };
}

/** Unpaid invoices past their due date, summed per account; due is the oldest one's due date. */
function overdueReceivables(a: WeekAccount, nowDay: number): RawItem | null {
  let amount = 0;
  let oldest: number | null = null;
  let invoices = 0;
  for (const o of a.facts.orders) {
    const due = toDayOrNull(o.dueAt);
    if (due === null || due >= nowDay || o.paidAt) continue;
    amount += o.amount;
    invoices++;
    if (oldest === null || due < oldest) oldest = due;
  }
  if (oldest === null) return null;
  return {
    kind: "receivable",
    accountId: a.facts.account.id,
    due: fromDayNumber(oldest),
    value: amount,
    reason: {
      code: "receivable_overdue",
      numbers: { amount: Math.round(amount * 100) / 100, maxDays: nowDay - oldest, invoices },
    },
    ref: {},
  };
}
