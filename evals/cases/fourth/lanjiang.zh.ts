// The fourth book in zh, as account managers type it. rep1 顾晨阳's book (evals/books/lanjiang); the clock is Sunday
// 2026-11-22: 今天 11-22, 昨天 11-21, 明天 11-23, 上周五 11-20, 下周二 11-24, 下周三 11-25. Every expectation is written
// by hand from the book's CSV files: people and titles from contacts.csv, what was said from interactions.csv, deals
// from opportunities.csv, unpaid orders from orders.csv (冷轧厂 R04 due 10-05, 津湾 R15 140000 due 10-25).
import { asUser, conv, named } from "../conversation-types";
import {
  BEIMING,
  CANGLAN,
  CHENGCHUAN,
  COLDMILL,
  DONGJU,
  GROUP,
  HENGCHI,
  HIDDEN,
  HIDDEN_FROM_REP2,
  JIANGSU,
  JINGLAN,
  JINWAN,
  KUNYANG,
  LANGYUE,
  LAST_SAID,
  LIAOHAI,
  MINE,
  MINGXU,
  notFound,
  RUIHONG,
  SPECIAL,
  WHY_RISKY,
  XINGCHE,
} from "./lanjiang-names";

const JINWAN_NOTICE = `帮我看下这个公告
津湾港航物流股份有限公司岸桥设备预测性维护平台采购项目招标公告
2026-11-21
项目编号：JWGH-2026-0612
项目名称：津湾港航物流股份有限公司岸桥设备预测性维护平台采购项目
预算金额（元）：1500000
采购需求：12 台岸桥及 20 台场桥的振动、温度与电流监测，故障预警与维修工单平台，含一年运维
提交投标文件截止时间：2026年12月14日 09:30（北京时间）
采购人信息：津湾港航物流股份有限公司，天津市滨海新区港航路 1 号，联系方式：邱先生 022-555-0904`;

export const LANJIANG_ZH = named("lanjiang-zh", [
  // Groups and members.
  conv(
    "zh",
    ["溟钢集团最近怎么样", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["北溟钢铁集团"] }],
    ["下面有几家子公司", { tool: "group_overview", acc: GROUP, has: ["冷轧厂", "北溟特钢"] }],
  ),
  conv(
    "zh",
    ["北溟集团连同下面几家一起看看", { tool: "group_overview", acc: GROUP, has: ["冷轧厂", "北溟特钢"] }],
    ["那特钢呢", { tool: "account_overview", acc: [SPECIAL], has: ["北溟特钢"] }],
  ),
  // People.
  conv(
    "zh",
    ["冷轧厂谁说了算", { tool: "power_map", acc: [COLDMILL], has: ["尹卫东"] }],
    ["他上面是谁", { tool: "power_map", acc: [COLDMILL, BEIMING], has: ["鲁明远"] }],
  ),
  conv(
    "zh",
    ["庞海是谁", { tool: "power_map", acc: [COLDMILL], has: ["庞海", "自动化科"] }],
    ["他对我们啥态度", { tool: "power_map", acc: [COLDMILL], has: ["反对"] }],
  ),
  conv("zh", ["恒驰上次聊了啥", { tool: ["last_contact", "account_timeline"], acc: [HENGCHI], has: ["钱晓雯"] }]),
  conv("zh", ["陶敏上次说了什么", { tool: LAST_SAID, acc: [HENGCHI], has: ["5%"] }]),
  conv("zh", ["东钜的方总最近咋样 上次聊啥了", { tool: LAST_SAID, acc: [DONGJU], has: ["方建国"] }]),
  conv("zh", ["谁能帮我引荐邢国良", { tool: "power_map", acc: [SPECIAL, BEIMING], has: ["邢国良"] }]),
  conv("zh", ["瑞弘谁在反对我们", { tool: "power_map", acc: [RUIHONG], has: ["汪琳"] }]),
  conv("zh", ["康振华对我们啥看法", { tool: "power_map", acc: [BEIMING], has: ["康振华", "中立"] }]),
  conv("zh", ["北溟集团的白雪 上次问了啥", { tool: LAST_SAID, acc: [BEIMING], has: ["招标|资质"] }]),
  conv(
    "zh",
    ["津湾港航的关键人", { tool: "power_map", acc: [JINWAN], has: ["唐海鹏", "石磊"] }],
    ["石磊上次聊了什么", { tool: LAST_SAID, acc: [JINWAN], has: ["POC"] }],
    [
      "提醒我下周二把POC方案发给他",
      { tool: "add_action", card: "confirm", acc: [JINWAN], has: ["石磊"], args: { due: "2026-11-24" } },
    ],
  ),
  conv(
    "zh",
    ["鲲洋的联系人", { tool: "power_map", acc: [KUNYANG], has: ["段宏伟"] }],
    ["那家最近一次联系是啥时候", { tool: "last_contact", acc: [KUNYANG], has: ["6月25日|06-25"] }],
  ),
  conv("zh", ["星澈电子最后一次拜访是啥时候", { tool: "last_contact", acc: [XINGCHE], has: ["8月20日|08-20"] }]),
  // Two people called 唐总: 唐海鹏 (津湾港航 总裁) and 唐素云 (景岚制药 总经理).
  conv(
    "zh",
    ["唐总最近联系过吗", { card: "choices", acc: [JINWAN, JINGLAN], has: ["唐海鹏|津湾", "唐素云|景岚"] }],
    ["津湾那个", { tool: LAST_SAID, acc: [JINWAN], has: ["唐海鹏"] }],
  ),
  // Lists and filters.
  conv(
    "zh",
    ["江苏的客户有哪些", { tool: "find_accounts", has: ["恒驰", "沧澜", "澄川"], not: HIDDEN }],
    ["第二个详细说说", { tool: "account_overview", acc: JIANGSU }],
  ),
  conv("zh", ["辽宁那边几个客户", { tool: "find_accounts", has: ["北溟", "辽海理工", "鲲洋"], not: HIDDEN }]),
  conv("zh", ["化工行业客户列一下", { tool: "find_accounts", has: ["沧澜", "明煦", "鲲洋"], not: HIDDEN }]),
  conv("zh", ["安徽客户", { tool: "find_accounts", has: ["瑞弘", "景岚"], not: HIDDEN }]),
  conv("zh", ["天津有啥客户", { tool: "find_accounts", has: ["津湾"], not: HIDDEN }]),
  conv("zh", ["哪些是S级客户", { tool: "find_accounts", not: HIDDEN }]),
  conv("zh", [
    "那家港口物流公司最近怎么样",
    { tool: ["account_overview", "find_accounts"], acc: [JINWAN], has: ["津湾"] },
  ]),
  // Risks and staleness.
  conv(
    "zh",
    ["哪些客户有流失风险", { tool: "at_risk_accounts", not: HIDDEN }],
    ["第一个为啥", { tool: WHY_RISKY, acc: MINE }],
  ),
  conv("zh", ["好久没联系的客户有哪些", { tool: "stale_accounts", has: ["明煦", "星澈", "鲲洋"], not: HIDDEN }]),
  conv(
    "zh",
    [
      "明煦咋回事 好久没动静了",
      {
        tool: ["account_overview", "account_timeline", "last_contact", "explain_score"],
        acc: [MINGXU],
        has: ["明煦"],
      },
    ],
    ["詹斌还在吗", { tool: "power_map", acc: [MINGXU], has: ["詹斌", "离职"] }],
  ),
  conv("zh", [
    "哪些客户回款逾期了",
    // "receivables" added in session 11: the tool did not exist when this was written, and it lists the same money.
    {
      tool: ["at_risk_accounts", "portfolio_kpis", "find_accounts", "receivables"],
      has: ["冷轧", "津湾"],
      not: HIDDEN,
    },
  ]),
  conv("zh", [
    "津湾那笔维保款还没付吧",
    { tool: ["account_overview", "account_timeline"], acc: [JINWAN], has: ["14万|140,000|140000"] },
  ]),
  conv("zh", ["澄川水务为啥是这个评级", { tool: "explain_score", acc: [CHENGCHUAN] }]),
  // Deals, forecast, book.
  conv("zh", ["年底前能签的单子有哪些", { tool: "forecast", has: ["沧澜"], not: HIDDEN }]),
  conv("zh", ["12月要关的单", { tool: "forecast", has: ["景岚"], not: HIDDEN }]),
  conv("zh", ["整体业绩咋样", { tool: ["portfolio_kpis", "attainment"], not: HIDDEN }]),
  conv("zh", ["今年目标完成多少了", { tool: "attainment", not: HIDDEN }]),
  conv("zh", [
    "景岚制药视觉检测那单 对手是谁",
    { tool: ["account_overview", "power_map", "forecast"], acc: [JINGLAN], has: ["睿视"] },
  ]),
  conv("zh", [
    "辽海理工实验室最近有啥进展",
    { tool: ["account_overview", "account_timeline"], acc: [LIAOHAI], has: ["关英杰"] },
  ]),
  conv("zh", ["对比一下恒驰和东钜", { tool: "compare_accounts", acc: [HENGCHI, DONGJU], has: ["恒驰", "东钜"] }]),
  conv("zh", [
    "东钜 景岚 沧澜 这三家比一比",
    { tool: "compare_accounts", acc: [DONGJU, JINGLAN, CANGLAN], has: ["东钜", "景岚", "沧澜"] },
  ]),
  // Tenders.
  conv("zh", ["有新的招标吗", { tool: "tender_matches", has: ["北溟", "澄川"] }]),
  conv("zh", [
    "北溟特钢那个视觉检测项目谁中标了",
    { tool: ["tender_matches", "account_overview", "account_timeline"], acc: GROUP, has: ["睿视"] },
  ]),
  conv("zh", [
    "澄川水务的招标啥时候截止",
    { tool: ["tender_matches", "account_overview"], acc: [CHENGCHUAN], has: ["12月8日|12-08"] },
  ]),
  conv("zh", [JINWAN_NOTICE, { tool: "parse_notice", has: ["津湾", "12月14日|12-14"] }]),
  // Writes.
  conv("zh", [
    "昨天去景岚见了童佳 看了包装车间",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [JINGLAN],
      has: ["童佳", JINGLAN],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "提醒我下周二给符晓东打电话",
    { tool: "add_action", card: "confirm", acc: [CANGLAN], has: ["符晓东", "11月24日"], args: { due: "2026-11-24" } },
  ]),
  conv("zh", [
    "明天约一下津湾的石总",
    { tool: "add_action", card: "confirm", acc: [JINWAN], has: ["石磊"], args: { due: "2026-11-23" } },
  ]),
  conv("zh", [
    "记一下 今天和澄川水务史总开了个会 聊了泵站方案",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [CHENGCHUAN],
      has: ["史玉华"],
      args: { kind: "meeting", date: "2026-11-22" },
    },
  ]),
  conv("zh", [
    "上周五跟恒驰的陶敏通了电话 记一下",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [HENGCHI],
      has: ["陶敏"],
      args: { kind: "call", date: "2026-11-20" },
    },
  ]),
  conv("zh", [
    "沧澜DCS那单要推一推 加个行动 下周三和祁芳过一下商务条款",
    { tool: "add_action", card: "confirm", acc: [CANGLAN], has: ["祁芳"], args: { due: "2026-11-25" } },
  ]),
  conv(
    "zh",
    ["沧澜化工的客户计划", { tool: ["show_plan", "generate_plan"], acc: [CANGLAN] }],
    ["存一下", { tool: "save_plan", card: "confirm", acc: [CANGLAN], has: [CANGLAN] }],
  ),
  conv("zh", ["给辽海理工做个客户计划", { tool: "generate_plan", acc: [LIAOHAI] }]),
  conv("zh", ["我这周该干啥", { tool: "my_week", not: HIDDEN }]),
  conv("zh", ["我的待办事项", { tool: "list_actions", not: HIDDEN }]),
  conv("zh", ["明天的简报先给我看看", { tool: "briefing_preview", not: HIDDEN }]),
  // Typos, pinyin.
  conv("zh", [
    "恒池汽配的商机",
    { tool: ["account_overview", "forecast", "account_timeline"], acc: [HENGCHI], has: ["恒驰"] },
  ]),
  conv("zh", ["jinwan港航的情况", { tool: "account_overview", acc: [JINWAN], has: ["津湾"] }]),
  // Not in the book, not rep1's, out of scope.
  conv("zh", ["华锐钢铁怎么样", notFound("华锐钢铁")]),
  conv("zh", [
    "琅越座椅的情况",
    { tool: ["none", "find_accounts"], acc: [], has: ["琅越座椅"], not: ["蒋立国", "闫秋"] },
  ]),
  conv("zh", ["帮我订张去沈阳的机票", { tool: "none", acc: [] }]),
  conv("zh", ["你好", { tool: "none", acc: [] }]),
  // rep2 岳婷: 琅越座椅 and 汀芷制药 only.
  asUser(
    "rep2",
    conv("zh", ["我的客户有哪些", { tool: "find_accounts", has: ["琅越", "汀芷"], not: HIDDEN_FROM_REP2 }]),
  ),
  asUser(
    "rep2",
    conv(
      "zh",
      ["琅越谁拍板", { tool: "power_map", acc: [LANGYUE], has: ["蒋立国"] }],
      [
        "提醒我明天给他打个电话",
        { tool: "add_action", card: "confirm", acc: [LANGYUE], has: ["蒋立国"], args: { due: "2026-11-23" } },
      ],
    ),
  ),
]);
