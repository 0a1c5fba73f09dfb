import type { AccountFacts, Role } from "../types";
import { type CadenceItem, cadenceFor } from "./cadence-for";
import { type AccountMetrics, computeMetrics } from "./compute-metrics";
import { addMonths, fromDayNumber, toDayNumber, toDayOrNull } from "./day-numbers";
import { lifecycleStage } from "./lifecycle-stage";

export type Touchpoint = {
  code: string;
  everyDays: number;
  /** Latest touch that satisfies it, `YYYY-MM-DD`; null when none yet. */
  lastAt: string | null;
  /** Last touch (or the start of the period it applies to) plus everyDays. */
  dueAt: string;
  /** Days past dueAt at `now`; 0 or less means not overdue. */
  daysOverdue: number;
};

/**
 * Every touchpoint the account's lifecycle stage expects now, with when it is due. A prospect with no
 * touch at all has nothing due (its clock starts at the first touch).
 */
export function touchpointStatus(facts: AccountFacts, now: string, metrics?: AccountMetrics): Touchpoint[] {
  const m = metrics ?? computeMetrics(facts, now);
  const nowDay = toDayNumber(now);
  const { stage, months } = lifecycleStage(m, facts);
  const roles = new Map<string, Role | null>(facts.contacts.map((c) => [c.id, c.role]));
  const out: Touchpoint[] = [];
  for (const item of cadenceFor(stage)) {
    if (months !== null && !applies(item, months)) continue;
    const last = lastTouch(facts, item, roles, nowDay);
    const start = m.cooperationStartDay === null ? null : addMonths(m.cooperationStartDay, item.fromMonth ?? 0);
    const base = last ?? start;
    if (base === null) continue;
    const due = base + item.everyDays;
    out.push({
      code: item.code,
      everyDays: item.everyDays,
      lastAt: last === null ? null : fromDayNumber(last),
      dueAt: fromDayNumber(due),
      daysOverdue: nowDay - due,
    });
  }
  return out;
}

/** The touchpoints now overdue, most overdue first (code breaks ties). */
export function overdueTouchpoints(facts: AccountFacts, now: string, metrics?: AccountMetrics): Touchpoint[] {
  return touchpointStatus(facts, now, metrics)
    .filter((t) => t.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function applies(item: CadenceItem, months: number): boolean {
  return months >= (item.fromMonth ?? 0) && (item.untilMonth === undefined || months < item.untilMonth);
}

function lastTouch(
  facts: AccountFacts,
  item: CadenceItem,
  roles: Map<string, Role | null>,
  nowDay: number,
): number | null {
  let last: number | null = null;
  const see = (day: number | null) => {
    if (day !== null && day <= nowDay && (last === null || day > last)) last = day;
  };
  const roleOk = (contactId: string | null) =>
    item.roles === undefined || (contactId !== null && item.roles.includes(roles.get(contactId) as Role));
  for (const i of facts.interactions) {
    if ((item.kinds === undefined || item.kinds.includes(i.kind)) && roleOk(i.contactId))
      see(toDayOrNull(i.occurredAt));
  }
  if (item.kinds === undefined) {
    for (const c of facts.contacts) if (roleOk(c.id)) see(toDayOrNull(c.lastContactAt));
  }
  return last;
}
