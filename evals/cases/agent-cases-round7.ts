import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, decide, EC1, ECMG, eq, HT, XWH } from "./case-builders";

/** Round 7, written before running: accounts named through their contacts, horizons, pairs. */
export const ROUND_7: AgentCase[] = [
  c(
    "zh",
    "rep1",
    ["power_map", "contacts"],
    ask("zh", "魏玉兰院长是哪个客户的", ["power_map"], { args: { accountId: acc(EC1) } }),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates", "contacts"],
    ask("zh", "明天给魏玉兰院长打电话，加个行动", ["add_action"], {
      confirm: true,
      args: { accountId: acc(EC1), due: eq("2026-11-23") },
    }),
    decide("zh", "reject", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["log_interaction", "write", "dates", "contacts"],
    ask("zh", "今天和胡雪梅院长吃了饭，记一下", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc(XWH), date: eq("2026-11-22") },
    }),
    decide("zh", "reject", "log_interaction"),
  ),
  c(
    "zh",
    "rep1",
    ["compare_accounts"],
    ask("zh", "华东医疗集团和华东一院，它们的评分对比一下", ["compare_accounts"], {
      args: { accountIds: { accounts: [ECMG, EC1] } },
    }),
  ),
  c(
    "zh",
    "rep1",
    ["generate_plan"],
    ask("zh", "帮我出一份玄武湖医院的客户计划", ["generate_plan"], { args: { accountId: acc(XWH) } }),
  ),
  c("zh", "rep1", ["show_plan"], ask("zh", "玄武湖医院的计划是什么", ["show_plan"], { args: { accountId: acc(XWH) } })),
  c(
    "en",
    "rep1",
    ["add_action", "write", "dates", "contacts"],
    ask("en", "Add a to-do: call 梁杰 tomorrow", ["add_action"], {
      confirm: true,
      args: { accountId: acc(ECMG), due: eq("2026-11-23") },
    }),
    decide("en", "reject", "add_action"),
  ),
  c(
    "en",
    "rep1",
    ["power_map", "contacts"],
    ask("en", "Who is 魏玉兰?", ["power_map"], { args: { accountId: acc(EC1) } }),
  ),
  c(
    "en",
    "rep1",
    ["compare_accounts"],
    ask("en", "Compare the two: ECMG and East China Medical Group First Hospital", ["compare_accounts"], {
      args: { accountIds: { accounts: [ECMG, EC1] } },
    }),
  ),
  c(
    "en",
    "rep1",
    ["generate_plan"],
    ask("en", "Draft an account plan for ECMG for the next 6 months", ["generate_plan"], {
      args: { accountId: acc(ECMG), horizonMonths: eq(6) },
    }),
  ),
  c(
    "en",
    "rep1",
    ["log_interaction", "write", "dates"],
    ask("en", "I had a call with Hengtai Pharma yesterday", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc(HT), date: eq("2026-11-21"), kind: eq("call") },
    }),
    decide("en", "reject", "log_interaction"),
  ),
  c(
    "en",
    "rep1",
    ["find_accounts"],
    ask("en", "Which tier S accounts do I have?", ["find_accounts"], { args: { tiers: eq(["S"]) } }),
  ),
];
