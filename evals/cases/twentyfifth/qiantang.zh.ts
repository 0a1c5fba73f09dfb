// Chinese conversations over the twenty-fifth book (evals/books/qiantang), typed the way account managers type: one rep
// types fast with 输入法 homophone slips and no punctuation, a manager asks team-wide questions. Written blind: every
// expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BL,
  BMWS,
  CH,
  FCJ,
  FH,
  GJ,
  HCW,
  HS,
  HZ,
  JB,
  JNP,
  KQG,
  KQS,
  LJ,
  QG,
  QY,
  SS,
  SSP,
  XD,
  XH,
  XX,
  YJ,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (陆佳宁) owns. */
const R1 = [HZ, JB, QG, KQS, KQG, QY, XH, FCJ, XX, BL, YJ, CH, XD, HCW, JNP, GJ];
/** Every account the manager (沈建平) sees: rep1's and rep2's. */
const TEAM1 = [...R1, BMWS, LJ, HS, SS];

export const QIANTANG_ZH = named("qiantang-zh", [
  // An account's situation, short names, near-duplicates and homophone slips.
  conv("zh", ["九堡水厂最近咋样", { acc: [JB], has: ["超滤膜|420万|4,200,000|4200000"] }]),
  conv("zh", ["就堡水厂那个单子啥时候顶标", { acc: [JB], has: ["12月18|12-18|12月中旬"] }]),
  conv("zh", ["柯桥那边最近啥情况", { card: "choices", acc: [KQS, KQG] }]),
  conv("zh", ["柯桥供排水那个远程监控为啥丢了", { acc: [KQG], has: ["澜启"] }]),
  conv(
    "zh",
    ["柯桥水务集团谁拍板", { tool: "power_map", acc: [KQS], has: ["邵建明"] }],
    ["陈立向谁汇报 他对我们啥态度", { acc: [KQS], has: ["邵建明", "支持"] }],
  ),
  conv("zh", ["城头水务集团下面几个厂汇总下", { tool: "group_overview", acc: [HZ, JB, QG], has: ["九堡", "七格"] }]),
  conv("zh", ["七个污水厂的钱回来没", { acc: [QG], has: ["160万|1,600,000|1600000|1.6M"] }]),
  conv(
    "zh",
    ["富春江只业有啥风险", { acc: [FCJ], has: ["85万|850,000|850000|0.85M", "徐卫东|蒋文斌"] }],
    ["徐卫东走了以后谁接的", { acc: [FCJ], has: ["蒋文斌"] }],
  ),
  conv("zh", ["西湖区那边我有哪几个客户", { acc: [XH, XX], has: ["西湖啤酒", "西溪医院"] }]),
  conv("zh", ["清源的丁慧电话多少", { acc: [QY], has: ["0572-555-0603"] }]),
  conv("zh", ["王主任电话发我下", { card: "choices", acc: [QY, CH] }]),
  conv("zh", ["澄湖税务王主任上次联系是哪天", { acc: [CH], has: ["11月17|11-17"] }]),
  conv(
    "zh",
    ["青源水务污泥那单竞争对手是谁", { acc: [QY], has: ["蓝泓"] }],
    ["那最晚啥时候要给最终报价", { acc: [QY], has: ["12月10|12-10"] }],
  ),
  // People and power maps.
  conv("zh", ["杭州水务集团想搞定赵国华 该通过谁去约比较好", { acc: [HZ], has: ["孟晓雯"] }]),
  conv("zh", ["江南制要谁说了算", { tool: "power_map", acc: [JNP], has: ["汪志成"] }]),
  // Risks and money.
  conv("zh", ["赣江供排水的前款多少 拖了多久了", { acc: [GJ], has: ["24万|240,000|240000|0.24M", "6月30|06-30|145"] }]),
  conv(
    "zh",
    ["谁欠我钱 列一下超期的", { acc: R1, has: ["七格", "160万|1,600,000|1600000|1.6M"] }],
    ["一共多少", { acc: R1, has: ["389万|3,890,000|3890000|3.89M"] }],
  ),
  conv("zh", ["澄湖的运维款到期没", { acc: [CH], has: ["60万|600,000|600000|0.6M", "12月15|12-15"] }]),
  // Deals and forecast.
  conv("zh", ["西西医院那单多少钱 啥时候关", { acc: [XX], has: ["36万|360,000|360000|0.36M", "12月31|12-31"] }]),
  conv("zh", ["12月要关的单子列一下", { acc: R1, has: ["九堡", "清源", "富春江"] }]),
  conv("zh", ["这季度预测能进多少", { tool: "forecast", acc: R1 }]),
  conv("zh", [
    "碧清在跟我抢哪些单",
    { tool: "competitor_deals", acc: [JB, FCJ, GJ], has: ["九堡", "富春江", "赣江|青云"] },
  ]),
  // Stale, lists, comparisons.
  conv(
    "zh",
    ["好久没联系的客户有哪些", { tool: "stale_accounts", acc: R1, has: ["锡东"] }],
    ["它上次去是啥时候", { acc: [XD], has: ["4月16|04-16"] }],
  ),
  conv("zh", [
    "浙江的水务客户都列出来",
    { tool: "find_accounts", acc: [HZ, JB, QG, KQS, KQG, QY], has: ["清源", "柯桥"] },
  ]),
  conv("zh", ["安徽江西那边我有啥客户", { tool: "find_accounts", acc: [JNP, GJ], has: ["江南制药", "赣江"] }]),
  // Tender notices.
  conv(
    "zh",
    ["赣江供排水青云水厂那个招标啥时候开标", { acc: [GJ], has: ["12月14|12-14"] }],
    ["要求啥业绩", { acc: [GJ], has: ["5万吨"] }],
  ),
  conv(
    "zh",
    ["甬江化工园区那个污水站最后谁中标了", { acc: [YJ], has: ["欧维|Eauvive"] }],
    ["中标价多少", { acc: [YJ], has: ["468万|4,680,000|4680000|4.68M"] }],
  ),
  conv("zh", ["北仑环境局是不是挂了采购意向 预算多少", { acc: [BL], has: ["80万|800,000|800000|0.8M"] }]),
  // My week and plans.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv(
    "zh",
    ["给富春江纸业写个客户计划", { tool: "generate_plan", acc: [FCJ] }],
    ["行 存下来", { tool: "save_plan", card: "confirm", acc: [FCJ] }],
  ),
  conv("zh", ["九堡的客户计划给我看看", { tool: "show_plan", acc: [JB] }]),
  // Writes.
  conv("zh", [
    "今天给王海峰打了电话 他说最终报价要赶在12月10号前 老板褚总也在催",
    { tool: "log_interaction", card: "confirm", acc: [QY] },
  ]),
  conv("zh", [
    "11月20号去了江南制药见了刘倩 中试方案她同意了",
    { tool: "log_interaction", card: "confirm", acc: [JNP], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "提醒我明天给吴振宇打电话问定标时间",
    { tool: "add_action", card: "confirm", acc: [JB], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "12月1号去趟西溪医院找郑凯聊续签 帮我记上",
    { tool: "add_action", card: "confirm", acc: [XX], has: ["12月1|12-01|2026-12-01"] },
  ]),
  conv("zh", [
    "西湖啤酒膜处理那单推到报价阶段 金额改成260万",
    { tool: "update_opportunity", card: "confirm", acc: [XH], has: ["260万|2,600,000|2600000|2.6M"] },
  ]),
  conv("zh", ["给吴振宇打电话那件事搞定了 标记完成", { tool: ["list_actions", "update_action"], acc: [JB] }]),
  // Names not in the book, another team's accounts, out of scope.
  conv("zh", ["宁波东钱湖水务最近怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["惠山水务钟总最近联系了没", { acc: [], has: [NF], not: ["0510-555-1901"] }]),
  conv("zh", ["奉化水务的王主任是谁", { acc: [], not: ["王立军"] }]),
  conv("zh", ["明天杭州下雨不", { acc: [] }]),
  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队里谁的逾期款最多", { acc: TEAM1, has: ["陆佳宁"] }])),
  asUser("manager", conv("zh", ["临江园区那单啥时候关 谁在跟", { acc: [LJ], has: ["方志远", "12月20|12-20"] }])),
  asUser("manager", conv("zh", ["三山经开区现在啥情况", { acc: [], has: [NF] }])),
  asUser("rep2", conv("zh", ["临江园区污泥处置 对手是谁", { acc: [LJ], has: ["蓝泓"] }])),
  asUser("rep2", conv("zh", ["七格污水厂欠多少钱", { acc: [], has: [NF], not: ["160万", "1,600,000"] }])),
  asUser("rep3", conv("zh", ["奉化水务王主任最近问了啥", { acc: [FH], has: ["王立军", "SCADA|远程监控"] }])),
  asUser("rep3", conv("zh", ["三山经开区那210万啥时候付", { acc: [SSP], has: ["年底"] }])),
]);
