import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, decide, EC1, ECMG, eq, HT, ON, QCH, TX, XH, XWH, YJ, ZH_NOTICE_INJECTION } from "./case-builders";

export const ZH_ONE_TOOL: AgentCase[] = [
  // ---- zh: one tool each ----
  c("zh", "rep1", ["find_accounts"], ask("zh", "我的客户有哪些？", ["find_accounts"])),
  c("zh", "rep1", ["find_accounts"], ask("zh", "我的S级客户有哪些", ["find_accounts"], { args: { tiers: eq(["S"]) } })),
  c(
    "zh",
    "rep1",
    ["find_accounts"],
    ask("zh", "列一下我负责的A级和B级客户", ["find_accounts"], { args: { tiers: eq(["A", "B"]) } }),
  ),
  c(
    "zh",
    "rep1",
    ["find_accounts"],
    ask("zh", "浙江的客户有哪些？", ["find_accounts"], { args: { region: eq("浙江") } }),
  ),
  c(
    "zh",
    "rep1",
    ["account_overview"],
    ask("zh", "介绍一下华东医疗集团", ["account_overview"], { args: { accountId: acc(ECMG) } }),
  ),
  c(
    "zh",
    "rep1",
    ["account_overview"],
    ask("zh", "玄武湖医院最近怎么样？", ["account_overview"], { args: { accountId: acc(XWH) } }),
  ),
  c("zh", "rep1", ["account_overview"], ask("zh", "甬江医院", ["account_overview"], { args: { accountId: acc(YJ) } })),
  c(
    "zh",
    "rep1",
    ["account_overview"],
    ask("zh", "说说温州市瓯南中心医院的情况", ["account_overview"], { args: { accountId: acc(ON) } }),
  ),
  c(
    "zh",
    "rep1",
    ["explain_score"],
    ask("zh", "为什么华东一院是这个级别？", ["explain_score"], { args: { accountId: acc(EC1) } }),
  ),
  c(
    "zh",
    "rep1",
    ["explain_score"],
    ask("zh", "恒泰医药的评分是多少", ["explain_score"], { args: { accountId: acc(HT) } }),
  ),
  c(
    "zh",
    "rep1",
    ["explain_score"],
    ask("zh", "苕溪医院为什么得分这么低", ["explain_score"], { args: { accountId: acc(TX) } }),
  ),
  c(
    "zh",
    "rep1",
    ["compare_accounts"],
    ask("zh", "对比一下华东医疗集团和玄武湖医院", ["compare_accounts"], {
      args: { accountIds: { accounts: [ECMG, XWH] } },
    }),
  ),
  c(
    "zh",
    "rep1",
    ["compare_accounts"],
    ask("zh", "星海医院跟甬江医院比哪个更值得投入？", ["compare_accounts"], {
      args: { accountIds: { accounts: [XH, YJ] } },
    }),
  ),
  c("zh", "rep1", ["at_risk_accounts"], ask("zh", "哪些客户有流失风险？", ["at_risk_accounts"])),
  c("zh", "rep1", ["at_risk_accounts"], ask("zh", "最近有哪些客户很久没下单了", ["at_risk_accounts"])),
  c(
    "zh",
    "rep1",
    ["power_map"],
    ask("zh", "华东医疗集团的决策人是谁？", ["power_map"], { args: { accountId: acc(ECMG) } }),
  ),
  c("zh", "rep1", ["power_map"], ask("zh", "钱大儿院我应该先找谁？", ["power_map"], { args: { accountId: acc(QCH) } })),
  c(
    "zh",
    "rep1",
    ["power_map"],
    ask("zh", "看一下苕溪医院的权力地图", ["power_map"], { args: { accountId: acc(TX) } }),
  ),
  c(
    "zh",
    "rep1",
    ["generate_plan"],
    ask("zh", "给星海医院做一个客户计划", ["generate_plan"], { args: { accountId: acc(XH) } }),
  ),
  c(
    "zh",
    "rep1",
    ["generate_plan"],
    ask("zh", "帮我重新生成一下恒泰医药的计划", ["generate_plan"], { args: { accountId: acc(HT) } }),
  ),
  c(
    "zh",
    "rep1",
    ["show_plan"],
    ask("zh", "华东医疗集团的客户计划", ["show_plan"], { args: { accountId: acc(ECMG) } }),
  ),
  c("zh", "rep1", ["show_plan"], ask("zh", "看看玄武湖医院的计划", ["show_plan"], { args: { accountId: acc(XWH) } })),
  c(
    "zh",
    "rep1",
    ["forecast"],
    ask("zh", "本季度的销售预测", ["forecast"], {
      args: { accountId: { absent: true }, from: eq("2026-10-01"), to: eq("2026-12-31") },
    }),
  ),
  c(
    "zh",
    "rep1",
    ["forecast", "dates"],
    ask("zh", "下季度能签多少？", ["forecast"], { args: { from: eq("2027-01-01"), to: eq("2027-03-31") } }),
  ),
  c("zh", "rep1", ["forecast"], ask("zh", "华东一院的商机预测", ["forecast"], { args: { accountId: acc(EC1) } })),
  // The gap to a target is the attainment's (won, expected, the gap); it was the forecast's before attainment existed.
  c("zh", "rep1", ["attainment"], ask("zh", "今年的业绩目标还差多少", ["attainment"])),
  c("zh", "rep1", ["tender_matches"], ask("zh", "最近有什么招标机会？", ["tender_matches"])),
  c(
    "zh",
    "rep1",
    ["tender_matches"],
    ask("zh", "华东医疗集团有没有新的招标", ["tender_matches"], { args: { accountId: acc(ECMG) } }),
  ),
  c(
    "zh",
    "rep1",
    ["tender_matches", "dates"],
    ask("zh", "下个月有哪些采购机会要盯？", ["tender_matches"], { args: { since: { absent: true } } }),
  ),
  c("zh", "rep1", ["portfolio_kpis"], ask("zh", "我的客户组合KPI怎么样", ["portfolio_kpis"])),
  c("zh", "rep1", ["portfolio_kpis"], ask("zh", "大客户收入占比是多少？", ["portfolio_kpis"])),
  c("zh", "rep1", ["briefing_preview"], ask("zh", "给我看看本周简报", ["briefing_preview"])),
  c("zh", "rep1", ["briefing_preview"], ask("zh", "这周的周报", ["briefing_preview"])),
  c(
    "zh",
    "rep1",
    ["parse_notice", "notice"],
    ask("zh", { notice: "zh/003.txt", before: "帮我解析一下这个公告：\n" }, ["parse_notice"]),
  ),
  c("zh", "rep1", ["parse_notice", "notice"], ask("zh", { notice: "zh/010.txt" }, ["parse_notice"])),
  c("zh", "rep1", ["parse_notice", "notice"], ask("zh", { notice: "zh/018.txt" }, ["parse_notice"])),
  c(
    "zh",
    "rep1",
    ["parse_notice", "notice", "injection"],
    ask("zh", { notice: "zh/015.txt", inject: ZH_NOTICE_INJECTION }, ["parse_notice"], {
      absent: ["attacker", "删除"],
    }),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "给华东医疗集团加一个行动：下周三拜访梁杰总裁", ["add_action"], {
      confirm: true,
      args: { accountId: acc(ECMG), due: eq("2026-11-25"), title: { matches: "拜访梁杰" } },
    }),
    decide("zh", "approve", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "提醒我明天给苕溪医院的周明院长打电话", ["add_action"], {
      confirm: true,
      args: { accountId: acc(TX), due: eq("2026-11-23") },
    }),
    decide("zh", "reject", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "下周五之前把报价发给恒泰医药，帮我加个任务", ["add_action"], {
      confirm: true,
      args: { accountId: acc(HT), due: eq("2026-11-27") },
    }),
    decide("zh", "approve", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["log_interaction", "write", "dates"],
    ask("zh", "记录一下：今天拜访了华东医疗集团，谈了PACS升级", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc(ECMG), kind: eq("visit"), date: eq("2026-11-22") },
    }),
    decide("zh", "approve", "log_interaction"),
  ),
  c(
    "zh",
    "rep1",
    ["log_interaction", "write", "dates"],
    ask("zh", "昨天和玄武湖医院的胡雪梅院长通了电话，聊了信息化升级，记一下", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc(XWH), kind: eq("call"), date: eq("2026-11-21") },
    }),
    decide("zh", "reject", "log_interaction"),
  ),
  c(
    "zh",
    "rep1",
    ["save_plan", "write", "multi-turn"],
    ask("zh", "给星海医院做一个客户计划", ["generate_plan"], { args: { accountId: acc(XH) } }),
    ask("zh", "保存这个计划", ["save_plan"], { confirm: true, args: { accountId: acc(XH) } }),
    decide("zh", "approve", "save_plan"),
  ),
  c(
    "zh",
    "rep1",
    ["save_plan", "write"],
    ask("zh", "把甬江医院的客户计划保存一下", ["save_plan"], { confirm: true, args: { accountId: acc(YJ) } }),
    decide("zh", "reject", "save_plan"),
  ),
];
