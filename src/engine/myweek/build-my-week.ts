import { fromDayNumber, toDayNumber } from "../scoring/day-numbers";
import { collectAccountItems, type RawItem } from "./collect-account-items";
import { rankItem } from "./rank-item";
import { renderWeekReason } from "./render-reason";
import { DEFAULT_MY_WEEK_OPTIONS, type MyWeekInput, type MyWeekItem, type WeekAccount } from "./types";

/**
 * My week (本周重点): one ranked list of what to do in the next `days` days across a book: cadence touchpoints,
 * plan actions due or overdue, deals closing or stalled, tender deadlines and predicted purchases, overdue
 * receivables and churn-risk rises. Each item carries its reason code with the numbers behind it and the
 * zh/en sentence; the order is rankItem's priority, then due date, account and record ids. Pure: same input,
 * same output.
 */
export function buildMyWeek(input: MyWeekInput): MyWeekItem[] {
  const o = { ...DEFAULT_MY_WEEK_OPTIONS, ...input.options };
  const nowDay = toDayNumber(input.now);
  const days = Math.max(0, Math.floor(input.days));
  const lastDay = nowDay + days;
  const byId = new Map<string, WeekAccount>(input.accounts.map((a) => [a.facts.account.id, a]));
  const raw: RawItem[] = [];
  const revenue = new Map<string, number>();
  for (const a of input.accounts) {
    const own = collectAccountItems(a, nowDay, days, o);
    revenue.set(a.facts.account.id, own.revenue12m);
    for (const item of own.items) raw.push(item);
  }
  for (const act of input.actions) {
    const due = toDayNumber(act.due);
    const account = byId.get(act.accountId);
    if (!account || !(due <= lastDay)) continue;
    const late = nowDay - due;
    raw.push({
      kind: "action",
      accountId: act.accountId,
      due: act.due,
      value: 0,
      reason: {
        code: late > 0 ? "action_overdue" : "action_due",
        numbers: { title: act.title, due: act.due, ...(late > 0 ? { daysOverdue: late } : { daysLeft: -late }) },
      },
      ref: { actionId: act.id },
    });
  }
  for (const t of input.tenders) {
    if (!byId.has(t.accountId)) continue;
    const item = tenderItem(t, nowDay, lastDay);
    if (item) raw.push(item);
  }
  const actionOwners = new Map(input.actions.map((a) => [a.id, a.ownerId]));
  return raw
    .map((r) => finish(r, byId.get(r.accountId) as WeekAccount, nowDay, days, actionOwners, revenue))
    .sort(compareItems);
}

function tenderItem(t: MyWeekInput["tenders"][number], nowDay: number, lastDay: number): RawItem | null {
  const project = t.projectName ?? t.noticeId;
  if (t.kind === "open_tender") {
    if (!t.deadline) return null;
    const day = toDayNumber(t.deadline);
    if (!(day >= nowDay && day <= lastDay)) return null;
    return {
      kind: "tender_deadline",
      accountId: t.accountId,
      due: fromDayNumber(day),
      value: t.value ?? 0,
      reason: { code: "tender_deadline", numbers: { project, deadline: t.deadline.replace("T", " ") } },
      ref: { noticeId: t.noticeId },
    };
  }
  if (t.kind !== "upcoming" && t.kind !== "renewal") return null;
  const from = toDayNumber(t.window.from);
  const to = toDayNumber(t.window.to);
  if (!(from <= lastDay && to >= nowDay)) return null;
  return {
    kind: "predicted_purchase",
    accountId: t.accountId,
    due: fromDayNumber(Math.max(from, nowDay)),
    value: t.value ?? 0,
    reason: { code: "predicted_purchase", numbers: { project, from: t.window.from, to: t.window.to, value: t.value } },
    ref: { noticeId: t.noticeId },
  };
}

function finish(
  r: RawItem,
  a: WeekAccount,
  nowDay: number,
  days: number,
  actionOwners: Map<string, string | null>,
  revenue: Map<string, number>,
): MyWeekItem {
  const daysOverdue = nowDay - toDayNumber(r.due);
  // An action is worth what its account earned in the trailing year; other kinds carry their own amount.
  const value = r.kind === "action" ? (revenue.get(r.accountId) ?? 0) : r.value;
  const ownerId = (r.ref.actionId ? actionOwners.get(r.ref.actionId) : null) ?? a.facts.account.ownerId;
  return {
    kind: r.kind,
    accountId: r.accountId,
    accountName: a.facts.account.name,
    ownerId,
    tier: a.tier,
    due: r.due,
    daysOverdue,
    value: Math.round(value * 100) / 100,
    priority: rankItem(a.tier, daysOverdue, days, value),
    reason: r.reason,
    text: renderWeekReason(r.reason),
    ref: r.ref,
  };
}

const refKey = (i: MyWeekItem) => i.ref.actionId ?? i.ref.opportunityId ?? i.ref.noticeId ?? i.ref.touchpoint ?? "";

function compareItems(a: MyWeekItem, b: MyWeekItem): number {
  return (
    b.priority - a.priority ||
    cmp(a.due, b.due) ||
    cmp(a.accountId, b.accountId) ||
    cmp(a.kind, b.kind) ||
    cmp(refKey(a), refKey(b))
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
