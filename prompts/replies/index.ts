import type { ExecutedCall, Turn } from "../../src/agent/state";
import type { Lang } from "../labels";
import {
  accountOverviewReply,
  atRiskReply,
  compareAccountsReply,
  explainScoreReply,
  findAccountsReply,
} from "./accounts";
import { addActionReply, briefingReply, kpisReply, logInteractionReply } from "./book";
import { competitorDealsReply } from "./competitors";
import { updateOpportunityReply } from "./deal";
import { groupOverviewReply } from "./group";
import { WEEK_RENDERERS } from "./my-week";
import { noToolReply } from "./no-tool";
import { forecastReply, planReply, powerMapReply, savePlanReply } from "./planning";
import { receivablesReply } from "./receivables";
import { parseNoticeReply, tenderMatchesReply } from "./tenders";

// biome-ignore lint/suspicious/noExplicitAny: each renderer knows its own tool's result type
const RENDERERS: Record<string, (result: any, lang: Lang) => string> = {
  find_accounts: findAccountsReply,
  account_overview: accountOverviewReply,
  group_overview: groupOverviewReply,
  explain_score: explainScoreReply,
  compare_accounts: compareAccountsReply,
  at_risk_accounts: atRiskReply,
  receivables: receivablesReply,
  power_map: powerMapReply,
  generate_plan: planReply,
  show_plan: planReply,
  save_plan: savePlanReply,
  forecast: forecastReply,
  competitor_deals: competitorDealsReply,
  tender_matches: tenderMatchesReply,
  parse_notice: parseNoticeReply,
  portfolio_kpis: kpisReply,
  briefing_preview: briefingReply,
  add_action: addActionReply,
  log_interaction: logInteractionReply,
  update_opportunity: updateOpportunityReply,
  ...WEEK_RENDERERS,
};

function renderCall(c: ExecutedCall, lang: Lang): string {
  if (c.cancelled) return noToolReply("cancelled", lang);
  if (!c.ok) {
    const error = (c.result as { error?: { message?: string; choices?: unknown } }).error;
    // A question back (which of two deals) is no failure: it is asked, and nothing is saved yet.
    if (error?.choices) return `${error.message ?? ""}${noToolReply("nothing_saved_yet", lang)}`;
    return `${noToolReply("failed", lang)}${error?.message ?? ""}`;
  }
  const render = RENDERERS[c.name];
  return render ? render(c.result, lang) : "";
}

/** The templated reply of a turn: one paragraph per tool call, or the no-tool reply its intent asked for. */
export function renderTurnText(turn: Turn, lang: Lang): string {
  if (!turn.executed.length) {
    const reason = turn.intent.includes(":") ? turn.intent.split(":")[1] : turn.intent === "llm" ? "help" : turn.intent;
    return noToolReply(reason, lang);
  }
  return turn.executed
    .map((c) => renderCall(c, lang))
    .filter(Boolean)
    .join("\n\n");
}
