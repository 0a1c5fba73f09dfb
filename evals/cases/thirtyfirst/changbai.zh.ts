// Chinese conversations over the thirty-first book (evals/books/changbai), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BC,
  BL,
  DJA,
  GM,
  HBS,
  HC,
  HSP,
  HST,
  HY,
  JC,
  JF,
  JHH,
  JL,
  KR,
  LCR,
  LSS,
  LTG,
  QC,
  RH,
  SCP,
  USW,
  XY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这个客户|没有该客户";
/** Every account rep1 (许婧) owns. */
const R1 = [LTG, LCR, LSS, HSP, HST, BL, RH, GM, KR, BC, JC, JHH, HY, USW, SCP, HBS];
/** Every account the manager (秦立峰) sees: rep1's and rep2's. */
const MGR = [...R1, JL, XY, HC, DJA];

export const CHANGBAI_ZH = named("changbai-zh", [
  // Short names, near-duplicates, a place, a common word, typos.
  conv("zh", ["龙钢那边最近有啥新情况", { card: "choices", acc: [LTG, LCR, LSS] }]),
  conv("zh", ["华sheng那家最近咋样", { card: "choices", acc: [HSP, HST] }]),
  conv("zh", ["特钢那家最近啥动静", { card: "choices", acc: [LSS, BC] }]),
  conv("zh", ["盘锦咱们一共几家客户", { acc: [BL, RH], has: ["渤联", "仁和"] }]),
  conv("zh", ["光明最近特气要得多不多", { acc: [GM], has: ["450万|4,500,000|4500000|4.5M"] }]),
  conv("zh", ["渤连化工那单现在到哪步了", { acc: [BL], has: ["谈判|negotiation"] }]),
  conv("zh", [
    "北晨特钢制氧那个项目多少钱 啥时候定标",
    { acc: [BC], has: ["560万|5,600,000|5600000|5.6M", "12月30|12-30|12月底"] },
  ]),

  // People: decision makers, reporting lines, who introduces whom, phones, last contact.
  conv(
    "zh",
    ["龙钢集团最后谁拍板", { tool: "power_map", acc: [LTG], has: ["于洪波"] }],
    ["宋佳归谁管", { acc: [LTG], has: ["于洪波"] }],
  ),
  conv("zh", ["张部长电话给我发下", { card: "choices", acc: [LCR, HSP], not: ["张斌", "0476-555-2101"] }]),
  conv(
    "zh",
    ["光明半导体新来的采购是谁", { acc: [GM], has: ["孟凡"] }],
    ["他跟哪家竞品走得近", { acc: [GM], has: ["德瑞"] }],
    ["那陈蕾啥时候走的", { acc: [GM], has: ["8月|08-|2026-08"] }],
  ),
  conv("zh", ["渤联韩总那边想搭上线 找谁引荐合适", { tool: "power_map", acc: [BL], has: ["金涛"] }]),

  // Money.
  conv(
    "zh",
    [
      "哪些客户的款超期了 列下",
      { tool: "receivables", acc: R1, has: ["冷轧", "85万|850,000|850000|0.85M", "渤联", "光明"] },
    ],
    ["加起来多少钱", { acc: R1, has: ["265万|2,650,000|2650000|2.65M"] }],
  ),
  conv("zh", ["仁和医院那6万的钢瓶气款几号到期", { acc: [RH], has: ["12月10|12-10"] }]),
  conv("zh", ["冷轧那85万啥时候能付", { acc: [LCR], has: ["12月"] }]),

  // Deals, forecast, competitors.
  conv("zh", ["这个季度能落地的单子有哪些", { tool: "forecast", acc: R1, has: ["北辰", "冷轧", "渤联", "仁和"] }]),
  conv("zh", [
    "华普在跟我抢哪些单子",
    { tool: "competitor_deals", acc: [LTG, HSP, HST, BL], has: ["龙钢|龙潭", "华晟", "渤联"] },
  ]),
  conv(
    "zh",
    ["嘉和医院维保合同签了多少", { acc: [JHH], has: ["48万|480,000|480000|0.48M"] }],
    ["那另一家医院呢 有啥在跟的单子", { acc: [RH], has: ["120万|1,200,000|1200000|1.2M"] }],
  ),
  conv("zh", ["华盛饰件还有戏吗 当时输给谁了", { acc: [HST], has: ["华普"] }]),

  // Lists, stale accounts, comparison, group, scores.
  conv(
    "zh",
    ["哪几个客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["江城"] }],
    ["它最后一次联系是啥时候 见的谁", { acc: [JC], has: ["5月12|05-12", "杜春生"] }],
  ),
  conv("zh", ["黑龙江那边的客户给我列列", { tool: "find_accounts", acc: [GM, HY], has: ["光明", "宏远"] }]),
  conv("zh", ["龙钢冷轧跟龙钢特钢比一比", { tool: "compare_accounts", acc: [LCR, LSS] }]),
  conv("zh", [
    "龙潭集团连下面两个子公司一起汇总看下",
    { tool: "group_overview", acc: [LTG, LCR, LSS], has: ["冷轧", "特钢"] },
  ]),
  conv("zh", ["江城化工为啥分这么低", { tool: "explain_score", acc: [JC] }]),

  // Tenders.
  conv(
    "zh",
    ["最近有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["龙潭|龙钢"] }],
    ["几号开标 保证金多少", { acc: [LTG], has: ["12月14|12-14", "6万|60,000|60000"] }],
  ),
  conv("zh", ["仁和医院出采购意向了没", { acc: [RH], has: ["120万|1,200,000|1200000|1.2M"] }]),

  // My week, plans.
  conv("zh", ["渤联的客户计划拿出来看看", { tool: "show_plan", acc: [BL] }]),
  conv(
    "zh",
    ["给北辰特钢做个客户计划", { tool: "generate_plan", acc: [BC] }],
    ["可以 存下来", { tool: "save_plan", card: "confirm", acc: [BC] }],
  ),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "今天上午跟冷轧张部长通了个电话 他说Kaltmann又降价了",
    { tool: "log_interaction", card: "confirm", acc: [LCR], has: ["张国栋"] },
  ]),
  conv("zh", [
    "昨天去渤联见了金部长 又看了一遍罐区 记一下",
    { tool: "log_interaction", card: "confirm", acc: [BL], has: ["金涛", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.20给嘉禾医院方科长打过电话 说汇流排报警的事 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [JHH], has: ["方磊", "11月20|11-20"] },
  ]),
  conv("zh", [
    "明天去光明拜访孟经理 提醒我下",
    { tool: "add_action", card: "confirm", acc: [GM], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12.5之前要把分项报价发给华晟刘婷 加个待办",
    { tool: "add_action", card: "confirm", acc: [HSP], has: ["12月5|12-05"] },
  ]),
  conv("zh", ["后天打给苏敏催那64万", { tool: "add_action", card: "confirm", acc: [BL], has: ["11月24|11-24"] }]),
  conv("zh", [
    "北辰那单金额改成530万",
    { tool: "update_opportunity", card: "confirm", acc: [BC], has: ["530万|5,300,000|5300000|5.3M"] },
  ]),
  conv("zh", ["给科瑞林总监发运维方案的待办 发过了 勾掉吧", { tool: ["update_action", "list_actions"], acc: [KR] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["营口鑫海化工那家最近怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["蒙晶硅材最近啥情况", { acc: [], has: [NF], not: ["高娃", "刘振华"] }]),
  conv("zh", ["长春明天下雪不", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["咱们组超期应收一共多少", { acc: MGR, has: ["280万|2,800,000|2800000|2.8M"] }])),
  asUser("manager", conv("zh", ["组里哪些客户有风险", { tool: "at_risk_accounts", acc: MGR }])),
  asUser("manager", conv("zh", ["庞丽娜的青城医院进展咋样", { acc: [], has: [NF], not: ["白丽"] }])),
  asUser("rep2", conv("zh", ["金轮那单啥时候定 对手是谁", { acc: [JL], has: ["12月15|12-15", "华普"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我去鹤城医院找齐院长聊供氧扩容",
      { tool: "add_action", card: "confirm", acc: [HC], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["金峰化工还欠多少货款", { acc: [JF], has: ["85万|850,000|850000|0.85M"] }],
      ["那青城医院的呢 几号到期", { acc: [QC], has: ["50万|500,000|500000|0.5M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["龙钢冷轧现在什么情况", { acc: [], has: [NF], not: ["张国栋", "孙鹏"] }])),
]);
