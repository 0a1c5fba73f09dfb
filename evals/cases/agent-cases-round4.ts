import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, decide, ECMG, eq, HT, KN, none, ON, QFH, SDW, TX, XH, XWH, YDH } from "./case-builders";

export const ROUND_4: AgentCase[] = [
  // ---- fourth round, written before running: the other reps, the manager and the admin ----
  c(
    "zh",
    "rep3",
    ["forecast"],
    ask("zh", "北京市永定河医院的商机预测", ["forecast"], { args: { accountId: acc(YDH) } }),
  ),
  c(
    "en",
    "rep3",
    ["compare_accounts"],
    ask("en", "Compare Kangning Medical Group and Taihe Health Insurance", ["compare_accounts"], {
      args: { accountIds: { accounts: [KN, "泰和健康保险股份有限公司"] } },
    }),
  ),
  c(
    "zh",
    "rep3",
    ["power_map"],
    ask("zh", "泰和健康的权力地图", ["power_map"], { args: { accountId: acc("泰和健康保险股份有限公司") } }),
  ),
  c(
    "zh",
    "rep3",
    ["explain_score"],
    ask("zh", "山东省卫健委为什么是这个级别", ["explain_score"], { args: { accountId: acc(SDW) } }),
  ),
  c(
    "zh",
    "rep3",
    ["add_action", "write", "dates"],
    ask("zh", "给滹沱医院加个行动：下周二拜访田玉兰院长", ["add_action"], {
      confirm: true,
      args: { accountId: acc("石家庄市滹沱医院"), due: eq("2026-11-24") },
    }),
    decide("zh", "approve", "add_action"),
  ),
  c(
    "en",
    "rep3",
    ["tender_matches"],
    ask("en", "What tenders match Shandong Health Commission?", ["tender_matches"], { args: { accountId: acc(SDW) } }),
  ),
  c(
    "zh",
    "rep3",
    ["refusal", "unknown_account", "other-users"],
    none("zh", "华东医疗集团的评分", "unknown_account", [ECMG]),
  ),
  c(
    "zh",
    "rep4",
    ["power_map"],
    ask("zh", "北医科的决策链", ["power_map"], { args: { accountId: acc("北方医科大学") } }),
  ),
  c(
    "en",
    "rep4",
    ["account_overview"],
    ask("en", "Tell me about Northern Medical University", ["account_overview"], {
      args: { accountId: acc("北方医科大学") },
    }),
  ),
  c(
    "zh",
    "rep4",
    ["compare_accounts"],
    ask("zh", "海河医院和港城医院对比", ["compare_accounts"], {
      args: { accountIds: { accounts: ["天津市海河医院", "天津市滨海新区港城医院"] } },
    }),
  ),
  c(
    "zh",
    "rep4",
    ["log_interaction", "write", "dates"],
    ask("zh", "记录一下：昨天去芝罘湾医院拜访了赵明院长", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc("烟台市芝罘湾医院"), date: eq("2026-11-21"), kind: eq("visit") },
    }),
    decide("zh", "approve", "log_interaction"),
  ),
  c("zh", "rep2", ["power_map"], ask("zh", "钱大一院的决策人", ["power_map"], { args: { accountId: acc(QFH) } })),
  c(
    "zh",
    "rep2",
    ["show_plan"],
    ask("zh", "钱塘大学医学院附属第二医院的计划", ["show_plan"], {
      args: { accountId: acc("钱塘大学医学院附属第二医院") },
    }),
  ),
  c(
    "en",
    "rep2",
    ["compare_accounts"],
    ask("en", "Compare QUFAH with Qiantang University Second Affiliated Hospital", ["compare_accounts"], {
      args: { accountIds: { accounts: [QFH, "钱塘大学医学院附属第二医院"] } },
    }),
  ),
  c(
    "zh",
    "rep2",
    ["explain_score"],
    ask("zh", "悦康体检的评分", ["explain_score"], { args: { accountId: acc("悦康体检医疗连锁有限公司") } }),
  ),
  c(
    "zh",
    "rep2",
    ["power_map"],
    ask("zh", "钱塘大学的权力地图", ["power_map"], { args: { accountId: acc("钱塘大学") } }),
  ),
  c(
    "zh",
    "manager",
    ["account_overview"],
    ask("zh", "华东医疗集团第二分公司的情况", ["account_overview"], {
      args: { accountId: acc("华东医疗集团第二分公司") },
    }),
  ),
  c(
    "en",
    "manager",
    ["find_accounts"],
    ask("en", "Which accounts in my team are tier S?", ["find_accounts"], { args: { tiers: eq(["S"]) } }),
  ),
  c(
    "zh",
    "admin",
    ["find_accounts"],
    ask("zh", "列出所有天津的客户", ["find_accounts"], { args: { region: eq("天津") } }),
  ),
  c(
    "zh",
    "rep1",
    ["power_map"],
    ask("zh", "恒泰医药的联系人里谁是内线", ["power_map"], { args: { accountId: acc(HT) } }),
  ),
  c(
    "zh",
    "rep1",
    ["multi-turn", "save_plan", "write"],
    ask("zh", "苕溪医院的计划", ["show_plan"], { args: { accountId: acc(TX) } }),
    ask("zh", "帮我把这个计划存一下", ["save_plan"], { confirm: true, args: { accountId: acc(TX) } }),
    decide("zh", "approve", "save_plan"),
  ),
  c(
    "zh",
    "rep1",
    ["compare_accounts"],
    ask("zh", "温州市瓯南中心医院跟苕溪医院，哪家流失风险大", ["compare_accounts"], {
      args: { accountIds: { accounts: [ON, TX] } },
    }),
  ),
  c(
    "zh",
    "rep1",
    ["add_action", "write", "dates"],
    ask("zh", "12月3日前给恒泰医药发报价，加个待办", ["add_action"], {
      confirm: true,
      args: { accountId: acc(HT), due: eq("2026-12-03") },
    }),
    decide("zh", "reject", "add_action"),
  ),
  c(
    "zh",
    "rep1",
    ["log_interaction", "write", "dates"],
    ask("zh", "把今天的拜访记下来：星海医院，讨论了超声续约", ["log_interaction"], {
      confirm: true,
      args: { accountId: acc(XH), date: eq("2026-11-22") },
    }),
    decide("zh", "reject", "log_interaction"),
  ),
  c("zh", "rep1", ["find_accounts"], ask("zh", "哪些客户是S级的", ["find_accounts"], { args: { tiers: eq(["S"]) } })),
  c("en", "rep1", ["power_map"], ask("en", "ECMG org chart", ["power_map"], { args: { accountId: acc(ECMG) } })),
  c(
    "en",
    "rep1",
    ["account_overview"],
    ask("en", "What's the status of Suzhou Xinghai Hospital?", ["account_overview"], { args: { accountId: acc(XH) } }),
  ),
  c("en", "rep1", ["find_accounts"], ask("en", "List my hospitals in Jiangsu", ["find_accounts"])),
  c("en", "rep1", ["forecast"], ask("en", "How's my pipeline looking?", ["forecast"])),
  c(
    "en",
    "rep1",
    ["multi-turn", "add_action", "write", "dates"],
    ask("en", "Who should I contact at Suzhou Xinghai Hospital?", ["power_map"], { args: { accountId: acc(XH) } }),
    ask("en", "remind me to call them on Friday", ["add_action"], {
      confirm: true,
      args: { accountId: acc(XH), due: eq("2026-11-27") },
    }),
    decide("en", "approve", "add_action"),
  ),
  c(
    "en",
    "rep1",
    ["multi-turn", "compare_accounts"],
    ask("en", "What's the score of Nanjing Xuanwuhu Hospital?", ["explain_score"], { args: { accountId: acc(XWH) } }),
    ask("en", "compare it with Hengtai Pharma", ["compare_accounts"], {
      args: { accountIds: { accounts: [XWH, HT] } },
    }),
  ),
  c("en", "rep1", ["need_account"], none("en", "save the plan", "need_account")),

  // ---- look-alikes of other users' accounts, found by the name sweep (agent-names.ts) before its fixes ----
  c(
    "zh",
    "rep1",
    ["refusal", "unknown_account", "other-users"],
    none("zh", "杭州市湘湖医院的决策人是谁", "unknown_account", ["得分", "的权力地图：", "客户计划（"]),
  ),
  c(
    "zh",
    "rep1",
    ["refusal", "unknown_account", "other-users"],
    none("zh", "钱塘大学的决策人是谁", "unknown_account", ["得分", "的权力地图：", "客户计划（"]),
  ),
  c(
    "en",
    "rep1",
    ["refusal", "unknown_account", "other-users"],
    none("en", "Who are the decision makers at Kangning Medical Group?", "unknown_account", [KN]),
  ),
  c(
    "zh",
    "rep2",
    ["refusal", "unknown_account", "other-users"],
    none("zh", "华东医疗集团有限公司的决策人是谁", "unknown_account", ["得分", "的权力地图：", "客户计划（"]),
  ),
  c(
    "zh",
    "rep4",
    ["refusal", "unknown_account", "other-users"],
    none("zh", "苏州工业园区星海医院的决策人是谁", "unknown_account", ["得分", "的权力地图：", "客户计划（"]),
  ),
  c(
    "en",
    "rep3",
    ["refusal", "unknown_account", "other-users"],
    none("en", "Who are the decision makers at East China Medical Group?", "unknown_account", [ECMG]),
  ),
];
