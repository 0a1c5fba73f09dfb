import { ctx, type UnderstandCase } from "./understand-cases";

// Deal updates said in chat (issue 18), over the fixture book (NOW is Sunday 2026-11-22): the issue's own phrasings
// with the book's names, sloppy and colloquial twins, and questions about deals that must not be read as updates.
const deal = (d: Record<string, unknown>) => ({ deal: d }) as UnderstandCase["entities"];

export const DEAL_CASES: UnderstandCase[] = [
  {
    message: "仁济那单150万，月底签",
    intent: "update_opportunity",
    language: "zh",
    entities: { accountIds: ["renji"], ...deal({ amount: 1_500_000, close: { date: "2026-11-30", period: "月底" } }) },
  },
  {
    message: "把江苏省人民医院的单子推迟到1月底",
    intent: "update_opportunity",
    entities: { accountIds: ["jsph"], ...deal({ close: { date: "2027-01-31", period: "1月底" } }) },
  },
  {
    message: "浙大一院的项目丢了，输给了迈瑞",
    intent: "update_opportunity",
    entities: { accountIds: ["fahzu"], ...deal({ stage: "lost", competitor: "迈瑞" }) },
  },
  {
    message: "Renji slipped to January",
    intent: "update_opportunity",
    language: "en",
    entities: { accountIds: ["renji"], ...deal({ close: { date: "2027-01-31", period: "January" } }) },
  },
  {
    message: "ECMG deal is now 2.4M, next step: send revised quote",
    intent: "update_opportunity",
    language: "en",
    entities: { accountIds: ["ecmg"], ...deal({ amount: 2_400_000, nextStep: "send revised quote" }) },
  },
  { message: "mark the Acme deal won", intent: "update_opportunity", entities: deal({ stage: "won" }) },
  { message: "仁济那单改成80万吧", intent: "update_opportunity", entities: deal({ amount: 800_000 }) },
  { message: "华东医疗集团那个项目黄了", intent: "update_opportunity", entities: deal({ stage: "lost" }) },
  {
    message: "温医二院的DR那个单子谈判阶段了",
    intent: "update_opportunity",
    entities: deal({ stage: "negotiation", dealHint: "DR" }),
  },
  {
    message: "绍兴市中心医院下季度签",
    intent: "update_opportunity",
    entities: deal({ close: { date: "2027-03-31", period: "下季度" } }),
  },
  { message: "仁济的单子12月15日签", intent: "update_opportunity", entities: deal({ close: { date: "2026-12-15" } }) },
  {
    message: "the Renji PACS deal slips to end of Feb",
    intent: "update_opportunity",
    entities: deal({ close: { date: "2027-02-28", period: "end of Feb" }, dealHint: "PACS" }),
  },
  {
    message: "we lost the Renji deal to Mindray",
    intent: "update_opportunity",
    entities: deal({ stage: "lost", competitor: "Mindray" }),
  },
  {
    message: "华东医疗集团的单子下一步：下周给张伟发报价",
    intent: "update_opportunity",
    entities: deal({ nextStep: "下周给张伟发报价" }),
  },
  { message: "Acme deal moved to negotiation", intent: "update_opportunity", entities: deal({ stage: "negotiation" }) },
  // "那单" with no name after talking about Renji: the context fills the gap.
  {
    message: "那单150万，月底签",
    context: ctx(["renji"], "account_overview", "zh"),
    intent: "update_opportunity",
    entities: { accountIds: ["renji"] },
  },
  // A name that is none of the user's accounts is reported, never replaced by the one talked about.
  {
    message: "Tasman slipped to January",
    context: ctx(["renji"], "account_overview", "en"),
    intent: "update_opportunity",
    entities: { accountIds: [], unresolvedNames: ["Tasman"] },
  },
  {
    message: "麦香园那单150万，月底签",
    context: ctx(["renji"], "account_overview", "zh"),
    intent: "update_opportunity",
    entities: { accountIds: [], unresolvedNames: ["麦香园"] },
  },
  { message: "仁济那单没戏了", intent: "update_opportunity", entities: deal({ stage: "lost" }) },
  {
    message: "仁济项目推迟到一季度",
    intent: "update_opportunity",
    entities: deal({ close: { date: "2027-03-31", period: "一季度" } }),
  },
  {
    message: "renji deal pushed to q1",
    intent: "update_opportunity",
    entities: deal({ close: { date: "2027-03-31" } }),
  },
  // Questions about deals are not updates.
  { message: "仁济这季度能签吗", intent: "forecast" },
  { message: "仁济那单月底签得下来不", intent: "account_overview" },
  { message: "仁济的PACS单子当时为啥丢了", intent: "at_risk_accounts" },
  { message: "remind me next tuesday to send John Smith the POC proposal", intent: "add_action" },
  { message: "仁济那单怎么样了", intent: "account_overview" },
  { message: "ECMG的单子什么时候能签？", intent: "forecast" },
  { message: "When will the ECMG deal close?", intent: "forecast" },
  { message: "which deals did we lose to Mindray", intent: "competitor_deals" },
  { message: "仁济下一步该怎么做", intent: "power_map" },
  { message: "仁济那单丢了吗", intent: "at_risk_accounts" },
];
