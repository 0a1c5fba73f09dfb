import type { Understanding } from "./offline/types";
import { planWeekCall } from "./plan-week-calls";
import type { PlannedCall } from "./state";

/** Why the offline mode answers without a tool: the templates turn these codes into zh or en text. */
export type NoToolReason =
  | "help"
  | "out_of_scope"
  | "forbidden"
  | "need_account"
  | "unknown_account"
  | "need_action_details";

const ACCOUNT_TOOLS = new Set([
  "account_overview",
  "explain_score",
  "power_map",
  "generate_plan",
  "show_plan",
  "save_plan",
  "add_action",
  "log_interaction",
]);

/**
 * Turns the offline understanding into tool calls (the same tools the model would call), or a reason to answer
 * without one. Pure: the ids are derived from the turn, so replays give the same calls.
 */
export function planOfflineCalls(
  u: Understanding,
  turnId: string,
  today?: string,
): { calls: PlannedCall[]; reason?: NoToolReason } {
  const e = u.entities;
  const call = (args: Record<string, unknown>): { calls: PlannedCall[] } => ({
    calls: [{ id: `${turnId}-0`, name: u.intent, args: dropUndefined(args) }],
  });
  if (u.intent === "help" || u.intent === "out_of_scope" || u.intent === "forbidden")
    return { calls: [], reason: u.intent };
  const week = planWeekCall(u, today);
  if (week) return "reason" in week ? { calls: [], reason: week.reason } : call(week.args);
  const accountId = e.accountIds[0];
  if (ACCOUNT_TOOLS.has(u.intent) && !accountId)
    return { calls: [], reason: e.unresolvedAccountText ? "unknown_account" : "need_account" };
  switch (u.intent) {
    case "find_accounts":
      return call({ query: e.unresolvedAccountText, tiers: e.tier, industry: e.industry, region: e.region });
    case "compare_accounts":
      return e.accountIds.length >= 2
        ? call({ accountIds: e.accountIds.slice(0, 4) })
        : { calls: [], reason: "need_account" };
    case "at_risk_accounts":
      return call({ accountId });
    case "forecast":
      return call({ accountId, from: e.dateRange?.from, to: e.dateRange?.to });
    case "tender_matches":
      // "下个月的招标" asks what is coming, not for matches updated since a future day.
      return call({
        accountId,
        since: e.dateRange && (!today || e.dateRange.from <= today) ? e.dateRange.from : undefined,
      });
    case "parse_notice":
      return e.noticeText ? call({ text: e.noticeText }) : { calls: [], reason: "help" };
    case "portfolio_kpis":
    case "briefing_preview":
      return call({});
    case "generate_plan":
      return call({ accountId, horizonMonths: e.horizonMonths ?? 12 });
    case "save_plan":
      return call({ accountId, horizonMonths: e.horizonMonths });
    case "add_action":
      // An action needs what and by when: without a day, ask rather than propose a write that cannot run.
      if (!e.actionTitle || !(e.date ?? e.dateRange?.from)) return { calls: [], reason: "need_action_details" };
      return call({ accountId, title: e.actionTitle, due: e.date ?? e.dateRange?.from, contactId: e.contactIds[0] });
    case "log_interaction":
      return call({
        accountId,
        kind: e.interactionKind ?? "visit",
        date: e.date,
        summary: e.summary ?? u.entities.actionTitle ?? "",
        contactId: e.contactIds[0],
      });
    default:
      return call({ accountId });
  }
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}
