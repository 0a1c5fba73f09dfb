import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, decide, EC1, ECMG, eq, HT, ON, QCH, XH, XWH, YJ } from "./case-builders";

/** Round 6, written before running: deadlines in words, risk and portfolio wording, "and X?" after other tools. */
export const ROUND_6: AgentCase[] = [
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "月底前给甬江医院交方案，加个行动", ["add_action"], {
      confirm: true,
      args: { accountId: acc(YJ), due: eq("2026-11-30") },
    }),
    decide("zh", "reject", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "年底前拜访一次瓯南中心医院，帮我建个任务", ["add_action"], {
      confirm: true,
      args: { accountId: acc(ON), due: eq("2026-12-31") },
    }),
    decide("zh", "reject", "add_action"),
  ),
  c("zh", "rep1", ["at_risk_accounts"], ask("zh", "哪些客户最近掉单了", ["at_risk_accounts"])),
  c("zh", "rep1", ["portfolio_kpis"], ask("zh", "客户集中度高不高", ["portfolio_kpis"])),
  c("zh", "rep1", ["briefing_preview"], ask("zh", "下周的简报先给我看看", ["briefing_preview"])),
  c(
    "zh",
    "rep1",
    ["multi-turn", "tender_matches"],
    ask("zh", "华东医疗集团有什么招标", ["tender_matches"], { args: { accountId: acc(ECMG) } }),
    ask("zh", "那华东一院呢", ["tender_matches"], { args: { accountId: acc(EC1) } }),
  ),
  c(
    "zh",
    "rep1",
    ["multi-turn", "forecast"],
    ask("zh", "恒泰医药本季度预测", ["forecast"], { args: { accountId: acc(HT) } }),
    ask("zh", "那星海医院呢", ["forecast"], { args: { accountId: acc(XH) } }),
  ),
  c(
    "en",
    "rep1",
    ["add_action", "write", "dates"],
    ask(
      "en",
      "Add a task for Nanjing Xuanwuhu Hospital: prepare the tender documents by the end of the month",
      ["add_action"],
      { confirm: true, args: { accountId: acc(XWH), due: eq("2026-11-30") } },
    ),
    decide("en", "reject", "add_action"),
  ),
  c(
    "en",
    "rep1",
    ["add_action", "write", "dates"],
    ask("en", "next Tuesday I need to visit Hengtai Pharma, add it as an action", ["add_action"], {
      confirm: true,
      args: { accountId: acc(HT), due: eq("2026-11-24") },
    }),
    decide("en", "reject", "add_action"),
  ),
  c("en", "rep1", ["at_risk_accounts"], ask("en", "Which clients are going quiet?", ["at_risk_accounts"])),
  c("en", "rep1", ["portfolio_kpis"], ask("en", "How concentrated is my revenue?", ["portfolio_kpis"])),
  c(
    "en",
    "rep1",
    ["multi-turn", "tender_matches"],
    ask("en", "Any tenders for ECMG?", ["tender_matches"], { args: { accountId: acc(ECMG) } }),
    ask("en", "and for Hengtai Pharma?", ["tender_matches"], { args: { accountId: acc(HT) } }),
  ),
  c(
    "en",
    "rep1",
    ["multi-turn", "forecast"],
    ask("en", "forecast for Hengtai Pharma", ["forecast"], { args: { accountId: acc(HT) } }),
    ask("en", "what about Suzhou Xinghai Hospital?", ["forecast"], { args: { accountId: acc(XH) } }),
  ),
  c(
    "en",
    "rep1",
    ["power_map"],
    ask("en", "Who is our champion at Qiantang Children's Hospital, and who blocks us?", ["power_map"], {
      args: { accountId: acc(QCH) },
    }),
  ),
];
