import { ctx, type UnderstandCase } from "./understand-cases";

/**
 * Kinds found over the fourth development book (evals/books/lanjiang) and the fresh book's development half,
 * 2026-12-06, written here over the test fixtures' accounts as new wordings of the same kinds.
 */
export const DEC_CASES: UnderstandCase[] = [
  // Deals a competitor is in (the fifth book): the list, whatever competitor is named.
  { message: "被对手抢走的单子有哪些", intent: "competitor_deals", entities: { accountIds: [] } },
  {
    message: "which deals did we lose to competitors this year",
    intent: "competitor_deals",
    entities: { accountIds: [] },
  },
  // A short name followed by a time word that jieba glues to its last character (仁济上回 → 济上 + 回).
  { message: "仁济上回见的谁", intent: "last_contact", entities: { accountIds: ["renji"] } },
  { message: "康诺这边谁拍板", intent: "power_map", entities: { accountIds: ["kangnuo"] } },
  // Asking what was said is no report of a visit: nothing to log.
  { message: "仁济上次聊了啥", intent: "last_contact", entities: { accountIds: ["renji"] } },
  { message: "温医二院最后一次拜访是啥时候", intent: "last_contact", entities: { accountIds: ["wmu2"] } },
  // A question about the first of the list just shown, sorted by what is asked.
  {
    message: "这几家里哪个最久没去了",
    context: { lastAccountIds: [], lastListIds: ["sxch", "renji"], lastIntent: "stale_accounts" },
    intent: "stale_accounts",
    entities: { accountIds: ["sxch"] },
  },
  {
    message: "which one's the biggest",
    context: { lastAccountIds: [], lastListIds: ["jsph", "renji"], lastIntent: "forecast", language: "en" },
    intent: "forecast",
    entities: { accountIds: ["jsph"] },
  },
  {
    message: "哪个最危险",
    context: { lastAccountIds: [], lastListIds: ["renji", "jsph"], lastIntent: "at_risk_accounts" },
    intent: "at_risk_accounts",
    entities: { accountIds: ["renji"] },
  },
  // One deal's stage or rival: the overview, not the forecast; "那个单子" is the account just discussed.
  { message: "what stage is the renji deal at", intent: "account_overview", entities: { accountIds: ["renji"] } },
  { message: "瑞康那个单子竞争对手是谁", intent: "account_overview", entities: { accountIds: ["ruikang"] } },
  {
    message: "那个单子啥时候能签",
    context: ctx(["renji"], "account_overview"),
    intent: "forecast",
    entities: { accountIds: ["renji"] },
  },
  { message: "12月要关的单", intent: "forecast", entities: { accountIds: [] } },
  { message: "整体业绩咋样", intent: "portfolio_kpis", entities: { accountIds: [] } },
  // A person's boss after the person; an unknown person at a known account is said back.
  { message: "他上面是谁", context: { ...ctx(["fahzu"], "power_map"), lastContactIds: ["c-li"] }, intent: "power_map" },
  {
    message: "who's he report to",
    context: { ...ctx(["fahzu"], "power_map", "en"), lastContactIds: ["c-li"] },
    intent: "power_map",
    entities: { accountIds: ["fahzu"], contactIds: ["c-li"] },
  },
  { message: "仁济的王磊是谁", intent: "power_map", entities: { accountIds: ["renji"], unresolvedPeople: ["王磊"] } },
  { message: "who's wang lei at renji", intent: "power_map", entities: { unresolvedPeople: ["Wang Lei"] } },
  // Lists: stale in other words, open actions, members of a group; 几家子公司 is no organisation's name.
  { message: "who haven't I talked to in a while", intent: "stale_accounts", entities: { accountIds: [] } },
  { message: "show my open actions", intent: "list_actions", entities: { accountIds: [] } },
  { message: "华东医疗集团下面有几家子公司", intent: "account_overview", entities: { accountIds: ["ecmg"] } },
  // A risk list about one signal: the accounts with overdue receivables, not every slipping one.
  // Money past due now is the receivables list (only accounts owing today), not the late-payment risk (session 11).
  { message: "哪些客户回款逾期了", intent: "receivables", entities: { accountIds: [], receivableDue: "overdue" } },
  { message: "which accounts have overdue payments", intent: "receivables", entities: { receivableDue: "overdue" } },
  { message: "哪些客户有流失风险", intent: "at_risk_accounts", entities: { accountIds: [] } },
  // A member goes by what its name adds to its group's (北溟特钢 under 北溟钢铁集团: 特钢); see account-keys.
  // Organisations named with no organisation word, or with one jieba splits (置 + 地): reported, never a list.
  { message: "华润置地最近有啥动静没", intent: "help", entities: { unresolvedNames: ["华润置地"] } },
  { message: "中石化广东那边能约上不", intent: "account_overview", entities: { unresolvedNames: ["中石化"] } },
  { message: "同比怎么样", intent: "account_overview", entities: { accountIds: [] } },
  // A province is never a typo of an account's city, and an industry phrase is never a name.
  { message: "accounts in Zhejiang", intent: "find_accounts", entities: { accountIds: [], region: "浙江" } },
  { message: "medical devices customers in jiangsu", intent: "find_accounts", entities: { region: "江苏" } },
];
