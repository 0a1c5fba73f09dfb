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
import { competitorDealsReply, findDealsReply } from "./competitors";
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
  find_deals: findDealsReply,
  tender_matches: tenderMatchesReply,
  parse_notice: parseNoticeReply,
  portfolio_kpis: kpisReply,
  briefing_preview: briefingReply,
  add_action: addActionReply,
  log_interaction: logInteractionReply,
  update_opportunity: updateOpportunityReply,
  ...WEEK_RENDERERS,
};

/** Why a call failed, in the user's language: a tool's English detail is not shown in a Chinese reply. */
const FAILURE_ZH: Record<string, string> = {
  not_found: "没有找到，它不在你能看到的客户、联系人或记录里。",
  invalid_arguments: "请求的内容不完整或格式不对，什么都没有执行。",
  need_change: "请说明要改什么：完成、新的日期、新的负责人，或放弃。",
  need_account: "你指的是谁？请说出联系人或客户的名称。",
  not_a_group: "这个客户下面没有你能看到的分公司或子公司。",
  unknown_region: "没有叫这个名字的省份或城市。",
};

function failureText(error: { code?: string; message?: string } | undefined, lang: Lang): string {
  const message = error?.message ?? "";
  // A malformed request says which field, not the validator's wording ("about: Too big: expected array …").
  if (error?.code === "invalid_arguments") {
    const field = message.match(/^(\w+):/)?.[1];
    if (lang === "zh") return FAILURE_ZH.invalid_arguments;
    return `the request was incomplete or malformed${field ? ` (${field})` : ""}; nothing was done.`;
  }
  if (lang === "zh" && !/[\u4e00-\u9fff]/.test(message))
    return FAILURE_ZH[error?.code ?? ""] ?? "没有完成，请换个说法再试。";
  return message;
}

function renderCall(c: ExecutedCall, lang: Lang): string {
  if (c.cancelled) return noToolReply("cancelled", lang);
  if (!c.ok) {
    const error = (c.result as { error?: { message?: string; choices?: unknown } }).error;
    // A question back (which of two deals) is no failure: it is asked, and nothing is saved yet.
    if (error?.choices) return `${error.message ?? ""}${noToolReply("nothing_saved_yet", lang)}`;
    return `${noToolReply("failed", lang)}${failureText(error, lang)}`;
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
