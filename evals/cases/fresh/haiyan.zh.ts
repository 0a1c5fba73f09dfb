// Chinese conversations over the fresh book (evals/books/haiyan), written by hand from its CSV files by someone who
// had not read the understanding code. Odd numbers are measured-only, even ones development (see the book's README).
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  CS,
  DY,
  GROUP,
  HB,
  HIDDEN,
  LW,
  MJP,
  NANSHAN,
  NEXT,
  NY,
  notFound,
  PCIE,
  PCPG,
  QC,
  QD,
  QF,
  RC,
  SL,
  WHY_RISKY,
  YXH,
} from "./haiyan-names";

export const HAIYAN_ZH: Conversation[] = named("haiyan-zh", [
  // 01
  conv(
    "zh",
    ["鹏城电网最近咋样", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["鹏城电网"] }],
    ["他们那个招标啥时候截止", { tool: "tender_matches", acc: [PCPG], has: ["能源管理"] }],
  ),
  // 02
  conv(
    "zh",
    ["优鲜汇的决策链给我看下", { tool: "power_map", acc: [YXH], has: ["温志豪", "韩冰"] }],
    ["简芳那边啥态度", { tool: "power_map", acc: [YXH], has: ["中立", "星联"] }],
  ),
  // 03
  conv("zh", ["南粤银行分数咋算的 为啥这么低", { tool: "explain_score", acc: [NY], has: ["南粤"] }]),
  // 04
  conv(
    "zh",
    ["闽江电力那个CIO汇报给谁", { tool: "power_map", acc: [MJP], has: ["林鸿飞"] }],
    ["林总对我们啥态度", { tool: "power_map", acc: [MJP], has: ["反对"] }],
  ),
  // 05
  conv("zh", ["帮我看下广东的客户", { tool: "find_accounts", has: ["优鲜汇", "南粤", "蓝湾"], not: HIDDEN }]),
  // 06
  conv("zh", [
    "有哪些客户俩月没联系了",
    { tool: ["stale_accounts", "find_accounts"], has: ["泉城热电", "秦风便利", "丝路", "琴岛"] },
  ]),
  // 07
  conv("zh", ["12月能签的单子有哪些", { tool: "forecast", has: ["优鲜汇", "岱岳", "榕城"], not: HIDDEN }]),
  // 08
  conv("zh", [
    "昨天下午去蓝湾物业拜访了曾总，聊了二期充电的事，记一下",
    { tool: "log_interaction", acc: [LW], card: "confirm", has: ["曾国华"], args: { kind: "visit" } },
  ]),
  // 09
  conv("zh", [
    "下周二跟岱岳农商行孙科长约了个电话 帮我建个待办",
    { tool: "add_action", acc: [DY], card: "confirm", has: ["孙晓梅"] },
  ]),
  // 10
  conv("zh", ["汉唐置业那个商场项目进展如何", { tool: ["none", "find_accounts"], acc: [], not: HIDDEN }]),
  // 11
  conv("zh", ["金海岸酒店最近怎么样", notFound("金海岸酒店")]),
  // 12
  conv("zh", ["你好", { tool: "none", acc: [] }], ["我这周要干啥", { tool: ["my_week", "list_actions"], not: HIDDEN }]),
  // 13
  conv("zh", ["今天天气怎么样", { tool: "none", acc: [] }]),
  // 14
  conv(
    "zh",
    ["鹏城电网集团下面几家汇总一下", { tool: "group_overview", acc: GROUP, has: ["南山", "鹏城综"] }],
    [
      "南山那边是不是有笔款没回",
      { tool: ["account_overview", "group_overview"], acc: [NANSHAN, PCPG], has: ["南山", "逾期|未付|未回|没回|欠"] },
    ],
  ),
  // 15
  conv(
    "zh",
    ["对比下优鲜汇和海滨百货", { tool: "compare_accounts", acc: [YXH, HB], has: ["优鲜汇", "海滨百货"] }],
    ["后面那个的决策人是谁", { tool: "power_map", acc: [HB], has: ["庄明德"] }],
  ),
  // 16
  conv("zh", ["哪些客户有风险", { tool: "at_risk_accounts", not: HIDDEN }]),
  // 17
  conv(
    "zh",
    ["给榕城置业出个客户计划", { tool: "generate_plan", acc: [RC], has: ["榕城"] }],
    ["行 存下来", { tool: "save_plan", acc: [RC], card: "confirm" }],
  ),
  // 18
  conv("zh", ["我今年业绩完成得咋样了", { tool: ["attainment", "portfolio_kpis"] }]),
  // 19
  conv("zh", ["岱岳农商行王董什么态度", { tool: "power_map", acc: [DY], has: ["王建军", "支持"] }]),
  // 20
  conv("zh", ["上次联系丝路财险是啥时候", { tool: "last_contact", acc: [SL], has: ["高明远|贾婷婷"] }]),
  // 21
  conv("zh", ["泉城热电的时间线拉一下", { tool: "account_timeline", acc: [QC], has: ["宋德厚"] }]),
  // 22
  conv("zh", ["最近有啥新的招标", { tool: "tender_matches", has: ["南粤", "鹏城电网"], not: HIDDEN }]),
  // 23
  conv("zh", [
    "秦风便利还有戏吗",
    { tool: ["account_overview", "explain_score", "power_map"], acc: [QF], has: ["星联"] },
  ]),
  // 24
  conv("zh", ["给我来个今天的简报", { tool: ["briefing_preview", "my_week"], not: HIDDEN }]),
  // 25
  conv("zh", [
    "兰湾物业二期充电那个单子到哪一步了",
    { tool: ["account_overview", "forecast"], acc: [LW], has: ["蓝湾"] },
  ]),
  // 26
  conv("zh", [
    "海滨百货蔡经理刚来电话说节能改造验收报告签了，记一下",
    { tool: "log_interaction", acc: [HB], card: "confirm", has: ["蔡佩玲"], args: { kind: "call" } },
  ]),
  // 27
  conv("zh", ["南粤那个招标跟我们哪个产品对得上", { tool: "tender_matches", acc: [NY], has: ["碳管理"] }]),
  // 28
  conv("zh", ["鹏程电网的采购是谁", { tool: "power_map", acc: [PCPG], has: ["邝美玲"] }]),
  // 29
  conv("zh", ["闽江电力的翁建华还在吗", { tool: "power_map", acc: [MJP], has: ["翁建华", "离职|离开"] }]),
  // 30
  conv(
    "zh",
    ["帮我查下丝路财险", { tool: "account_overview", acc: [SL], has: ["丝路"] }],
    ["他们IT经理是谁", { tool: "power_map", acc: [SL], has: ["贾婷婷"] }],
  ),
  // 31
  conv("zh", ["山东的客户有几个", { tool: "find_accounts", has: ["泉城", "岱岳", "琴岛"], not: HIDDEN }]),
  // 32
  conv(
    "zh",
    ["零售行业的客户列一下", { tool: "find_accounts", has: ["优鲜汇", "海滨百货", "秦风"], not: HIDDEN }],
    ["这几家里面哪家最值得投入", { tool: ["find_accounts", "compare_accounts"], acc: [YXH, HB, QF] }],
  ),
  // 33
  conv("zh", ["我手上pipeline一共多少", { tool: "forecast", not: HIDDEN }]),
  // 34
  asUser("rep2", conv("zh", ["潮汕快充的纪总最近联系过吗", { tool: "last_contact", acc: [CS], has: ["纪伟坤"] }])),
  // 35
  asUser("manager", conv("zh", ["团队这个季度整体情况怎么样", { tool: ["portfolio_kpis", "attainment"] }])),
  // 36
  conv("zh", [
    "明天上午去优鲜汇见韩总 提醒我带合同",
    { tool: "add_action", acc: [YXH], card: "confirm", has: ["韩冰"] },
  ]),
  // 37
  conv("zh", [
    "昨天跟南粤银行冼总开了个会，信创适配她还是不放心",
    { tool: "log_interaction", acc: [NY], card: "confirm", has: ["冼慧君"], args: { kind: "meeting" } },
  ]),
  // 38
  conv("zh", ["闽南海运的电表项目跟进下", notFound("闽南海运")]),
  // 39
  conv("zh", ["琴岛地产为啥风险这么高", { tool: WHY_RISKY, acc: [QD], has: ["琴岛"] }]),
  // 40
  conv("zh", ["帮我写首诗呗", { tool: "none", acc: [] }]),
  // 41
  conv("zh", ["鹏城综能那边星联报价比我们低 区总倾向谁", { tool: "power_map", acc: [PCIE], has: ["区浩然"] }]),
  // 42
  conv("zh", [
    "泉城热电碳管理那个单子月底关得了吗",
    { tool: ["forecast", "account_overview"], acc: [QC], has: ["碳管理"] },
  ]),
  // 43
  conv("zh", ["列一下我的待办", { tool: "list_actions" }], ["下周的呢", { tool: ["list_actions", "my_week"] }]),
  // 44
  conv(
    "zh",
    ["南粤银行我该先找谁", { tool: NEXT, acc: [NY], has: ["关振华|莫俊杰"] }],
    ["程雪呢", { tool: "power_map", acc: [NY], has: ["反对"] }],
  ),
  // 45
  conv("zh", ["岱岳农商行跟丝路财险比一比", { tool: "compare_accounts", acc: [DY, SL], has: ["岱岳", "丝路"] }]),
]);
