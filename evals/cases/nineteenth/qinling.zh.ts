// Chinese conversations over the nineteenth book (evals/books/qinling), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BJ, CJL, GM, HJG, HJS, HLG, HZ, LY, LZ, R1, R2, TEAM, TS, TSK, WH, WLMQ, XA, YB } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";

export const QINLING_ZH = named("qinling-zh", [
  // An account's situation, short names, near-duplicates, pinyin and typos.
  conv("zh", ["西安供电最近啥情况", { acc: [XA], has: ["380万|3,800,000|3800000|3.8M"] }]),
  conv("zh", ["国网那个供电公司最近咋样了", { card: "choices", acc: [XA, BJ, LZ, TS] }]),
  conv("zh", ["汉江那边有啥进展", { card: "choices", acc: [HJS, HJG] }]),
  conv("zh", ["xian gongdian 最近一次拜访是啥时候 见的谁", { acc: [XA], has: ["11月18|11-18", "张建国"] }]),
  conv("zh", ["榆北媒业现在啥情况", { acc: [YB], has: ["520万|5,200,000|5200000|5.2M"] }]),
  conv("zh", ["光明那边二期开关柜啥时候能签", { acc: [GM], has: ["12月20|12-20"] }]),
  conv(
    "zh",
    ["天水的客户都有哪些", { acc: [TSK, TS], has: ["经开区|开发区", "天水供电"] }],
    ["经开区那个开关站项目到哪步了", { acc: [TSK], has: ["130万|1,300,000|1300000|1.3M"] }],
  ),

  // Who decides, power maps, people.
  conv(
    "zh",
    ["汉江水务谁拍板", { tool: "power_map", acc: [HJS], has: ["蒋文华"] }],
    ["吴倩跟谁汇报", { acc: [HJS], has: ["蒋文华"] }],
  ),
  conv(
    "zh",
    ["渭华理工 权力地图给我看下", { tool: "power_map", acc: [WH], has: ["田振华", "冯岚", "石磊"] }],
    ["想见副校长 该通过谁去约", { acc: [WH], has: ["冯岚|石磊"] }],
  ),
  conv("zh", ["张主任电话多少", { card: "choices", acc: [XA, LZ] }]),
  conv(
    "zh",
    ["兰州供电张主任 上回啥时候联系的", { acc: [LZ], has: ["11月20|11-20"] }],
    ["她电话给我一下", { acc: [LZ], has: ["0931-555-0302"] }],
  ),
  conv("zh", ["刘振江手机多少 我找他聊下监测平台", { acc: [YB], has: ["离职|离任|离开|不在|走了"] }]),

  // Risks.
  conv(
    "zh",
    ["榆北集团有啥风险", { acc: [YB], has: ["刘振江|高鹏"] }],
    ["刘振江走了以后谁接的", { acc: [YB], has: ["高鹏"] }],
    ["他跟华陇关系咋样", { acc: [YB], has: ["华陇"] }],
  ),

  // Money.
  conv(
    "zh",
    ["overdue的应收给我拉个list 按金额大到小", { acc: R1, has: ["曹家梁", "110万|1,100,000|1100000|1.1M"] }],
    ["一共多少", { acc: R1, has: ["243万|2,430,000|2430000|2.43M"] }],
    ["还有没到期的吗", { acc: R1, has: ["鼎盛", "25万|250,000|250000"] }],
  ),

  // Deals and forecast.
  conv("zh", ["这个季度能签的单子有哪些", { acc: R1, has: ["西安供电", "光明"] }]),

  // Stale and lists.
  conv(
    "zh",
    ["哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["陇原"] }],
    ["那个陇原上次找的谁", { acc: [LY], has: ["康立"] }],
  ),
  conv("zh", ["陕西的客户列一下", { acc: R1, has: ["榆北", "渭华"] }]),
  conv("zh", ["数据中心的客户", { acc: [GM], has: ["光明"], not: ["天山"] }]),
  conv("zh", ["我的S级客户有哪些", { tool: "find_accounts", acc: R1 }]),
  conv(
    "zh",
    ["比较一下西安供电和兰州供电", { tool: "compare_accounts", acc: [XA, LZ] }],
    ["兰州那个为啥丢了在线监测", { acc: [LZ], has: ["华陇"] }],
  ),

  // Group, competitors, tenders.
  conv("zh", ["榆北下面几个矿 汇总一下", { tool: "group_overview", acc: [YB, CJL, HLG], has: ["曹家梁", "红柳沟"] }]),
  conv("zh", ["华陇在跟我们抢哪些单", { tool: "competitor_deals", acc: R1, has: ["榆北", "兰州"] }]),
  conv(
    "zh",
    ["我的客户有没有在招标的", { tool: "tender_matches", acc: R1, has: ["榆北"] }],
    ["那个标啥时候截止", { acc: [YB], has: ["12月10|12-10"] }],
    ["资格要求有啥", { acc: [YB], has: ["煤安"] }],
  ),
  conv(
    "zh",
    ["兰州供电在线监测那个标谁中了", { acc: [LZ], has: ["华陇"] }],
    ["多少钱中的", { acc: [LZ], has: ["276万|2,760,000|2760000|2.76M"] }],
  ),
  conv("zh", ["渭华那个采购意向 预算多少啥时候采", { acc: [WH], has: ["140万|1,400,000|1400000|1.4M", "3月"] }]),

  // My week and plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv("zh", ["给光明云写个客户计划", { tool: "generate_plan", acc: [GM] }]),

  // Writes.
  conv("zh", [
    "今天跟张建国通了电话 他说二期价格再让3个点就能定",
    { tool: "log_interaction", card: "confirm", acc: [XA] },
  ]),
  conv("zh", [
    "记一下 11月20号去曹家梁见了杨涛 聊运维服务的事",
    { tool: "log_interaction", card: "confirm", acc: [CJL], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "明天提醒我给黄志明打电话确认交期",
    { tool: "add_action", card: "confirm", acc: [GM], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "汉江水务泵站那单 amount改成168万",
    { tool: "update_opportunity", card: "confirm", acc: [HJS], has: ["168万|1,680,000|1680000|1.68M"] },
  ]),
  conv(
    "zh",
    ["明天提醒我给乔娜回个电话 说交期的事", { tool: "add_action", card: "confirm", acc: [GM] }],
    ["刚打过了 这条标记完成吧", { acc: [GM] }],
  ),

  // Not in the book, another team's, out of scope.
  conv("zh", ["西安地铁最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["汉中供电最近咋样", { acc: [], has: [NF], not: ["侯立新"] }]),
  conv("zh", ["乌鲁木齐供电 张志刚电话多少", { acc: [], not: ["0991-555-2102", "艾力"] }]),
  conv("zh", ["帮我写首诗 关于秦岭的", { acc: [] }]),

  // The manager.
  asUser("manager", conv("zh", ["马骁手上有哪些客户", { acc: R2, has: ["汉中供电", "清水"] }])),
  asUser(
    "manager",
    conv(
      "zh",
      ["团队里逾期应收都有哪些", { acc: TEAM, has: ["曹家梁", "Almaty|阿拉木图"] }],
      ["杜晓萌那边一共多少", { acc: R1, has: ["243万|2,430,000|2430000|2.43M"] }],
    ),
  ),
  asUser("manager", conv("zh", ["杜晓萌的客户里哪些有风险", { tool: "at_risk_accounts", acc: R1 }])),
  asUser("manager", conv("zh", ["乌鲁木齐供电啥情况", { acc: [], has: [NF] }])),

  // rep2 and rep3.
  asUser("rep2", conv("zh", ["汉中供电电表那个项目到哪一步了", { acc: [HZ], has: ["120万|1,200,000|1200000|1.2M"] }])),
  asUser("rep2", conv("zh", ["西安供电最近咋样", { acc: [], has: [NF], not: ["张建国"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["乌鲁木齐供电谁拍板", { tool: "power_map", acc: [WLMQ], has: ["艾力"] }],
      ["张主任上次联系是啥时候", { acc: [WLMQ], has: ["11月17|11-17"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["榆北集团谁拍板", { acc: [], has: [NF], not: ["贺建军"] }])),
]);
