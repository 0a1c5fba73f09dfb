// Chinese conversations over the fifteenth book (evals/books/minjiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AX,
  DH,
  DS,
  HC,
  HSA,
  HSL,
  HSS,
  HY,
  JJ,
  JL,
  KLH,
  LD,
  MD,
  MFH,
  MW,
  MWK,
  NA,
  OJ,
  SSE,
  YXG,
  YXQ,
  YXX,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (黄丽萍) owns. */
const R1 = [YXG, YXX, YXQ, HSS, HSL, MW, MWK, AX, LD, MD, DS, MFH, SSE, NA, HY, JJ];
/** Every account the manager (陈建华, 福建冷链客户部) sees: rep1's and rep2's. */
const M = [...R1, HC, KLH, JL, HSA];

export const MINJIANG_ZH = named("minjiang-zh", [
  // Short names, near-duplicates, places and common words.
  conv("zh", ["海顺最近咋样", { card: "choices", acc: [HSS, HSL] }]),
  conv(
    "zh",
    ["海顺水产谁拍板", { tool: "power_map", acc: [HSS], has: ["杨海顺"] }],
    ["那个采购杨小龙啥态度", { acc: [HSS], has: ["雪域"] }],
  ),
  conv("zh", ["海顺物流车队温控那个单子 啥阶段了 多少钱", { acc: [HSL], has: ["110万|1,100,000|1100000|1.1M"] }]),
  conv("zh", ["马尾那边的客户都有哪些", { acc: [MW, MWK], has: ["冷链物流园|冷链园", "教育后勤"] }]),
  conv("zh", ["安心最近有啥动静", { acc: [AX], has: ["凌川"] }]),
  conv("zh", ["鹭岛厨防的林美华是谁的下属", { acc: [LD], has: ["谢国强"] }]),
  conv("zh", ["林主任电话多少", { card: "choices", acc: [LD, MD], not: ["林振东"] }]),

  // Situation, people, power map.
  conv("zh", ["永鲜集团现在啥情况", { acc: [YXG], has: ["320万|3,200,000|3200000|3.2M"] }]),
  conv(
    "zh",
    ["永鲜有啥风险没", { acc: [YXG], has: ["张伟民|刘建新", "24万|240,000|240000|0.24M"] }],
    ["接张伟民班的那个人 对咱们啥态度", { acc: [YXG], has: ["刘建新", "凌川"] }],
    ["他电话给我下", { acc: [YXG], has: ["0591-555-0103"] }],
  ),
  conv(
    "zh",
    ["闽都医药 权力地图 谁说了算", { tool: "power_map", acc: [MD], has: ["罗志远", "邱慧", "林国辉"] }],
    ["罗总跟Nordfrost走得近不", { acc: [MD], has: ["Nordfrost|诺德"] }],
  ),
  conv("zh", ["minduyiyao的邱慧 啥职位 向谁汇报", { acc: [MD], has: ["质量负责人", "罗志远"] }]),
  conv("zh", ["马尾冷链园想推进招标 该先找谁 通过谁搭线", { tool: "power_map", acc: [MW], has: ["许文斌"] }]),

  // Group and subsidiaries.
  conv("zh", ["永鲜集团下面几家公司 汇总下", { tool: "group_overview", acc: [YXG, YXX, YXQ], has: ["厦门", "泉州"] }]),
  conv("zh", ["永鲜一共欠咱多少钱 连子公司一起算", { acc: [YXG, YXX, YXQ], has: ["120万|1,200,000|1200000|1.2M"] }]),

  // Money.
  conv("zh", ["逾期的钱 给我列一下 总共多少", { acc: R1, has: ["198.8万|1,988,000|1988000|1.99M|198.8"] }]),
  conv(
    "zh",
    ["逾期的按金额从大到小排一下", { acc: R1, has: ["泉州永鲜"] }],
    ["第二个是哪家 欠多少", { acc: [MFH], has: ["Fresh Harbor|马尼拉", "55万|550,000|550000|0.55M"] }],
  ),
  conv("zh", ["东山海洋食品上次联系是啥时候 还欠钱没", { acc: [DS], has: ["5月12|05-12", "8.8万|88,000|88000"] }]),

  // Deals, forecast, competitors.
  conv("zh", ["这季度预测多少", { tool: "forecast", acc: R1 }]),
  conv(
    "zh",
    ["闽都那个135万的单 啥时候能签", { acc: [MD], has: ["12月20|12-20"] }],
    ["刚拍板了 改成赢单", { tool: "update_opportunity", card: "confirm", acc: [MD] }],
  ),
  conv("zh", ["凌川在跟我们抢哪些单", { tool: "competitor_deals", acc: R1, has: ["永鲜", "安心"] }]),
  conv("zh", ["为啥马尾冷链园评分这么高", { tool: "explain_score", acc: [MW] }]),

  // Stale and lists.
  conv("zh", ["哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["东山"] }]),
  conv("zh", ["福州的客户有哪些", { acc: R1, has: ["闽都", "鸿运", "马尾"] }]),
  conv("zh", ["医药配送这块的客户 列一下", { acc: [AX, MD, HY], has: ["安心", "闽都", "鸿运"] }]),

  // Tenders.
  conv("zh", ["我的客户有啥招标机会没", { tool: "tender_matches", acc: R1, has: ["马尾"] }]),
  conv("zh", ["mawei lenglianyuan 招标啥时候截止", { acc: [MW], has: ["12月10|12-10"] }]),
  conv(
    "zh",
    ["马尾冷链园那个招标要求啥资质", { acc: [MW], has: ["5000"] }],
    ["保证金多少", { acc: [MW], has: ["10万|100,000|100000"] }],
  ),
  conv(
    "zh",
    ["晋江营养餐那个温度监测最后谁中的", { acc: [JJ], has: ["海峡冷机"] }],
    ["多少钱中的", { acc: [JJ], has: ["28.6万|286,000|286000|0.286M"] }],
  ),
  conv("zh", [
    "马尾教育后勤的采购意向 预算多少 啥时候采",
    { acc: [MWK], has: ["68万|680,000|680000|0.68M", "2月|2027-02"] },
  ]),

  // My week and plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv("zh", ["给海顺水产写个客户计划", { tool: "generate_plan", acc: [HSS] }]),
  conv("zh", ["把永鲜集团的计划调出来看看", { tool: "show_plan", acc: [YXG] }]),

  // Writes.
  conv("zh", [
    "今天跟吴建平通了电话 他说速冻库方案技术评审过了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [HSS] },
  ]),
  conv("zh", [
    "昨天去马尾冷链园见了江丽主任 保证金的事问清楚了 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [MW], has: ["11月21|11-21"] },
  ]),
  conv("zh", [
    "明天提醒我给蔡丽君打电话 约扩建方案评审",
    { tool: "add_action", card: "confirm", acc: [YXX], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12月5号要去漳州拜访杨海顺董事长 建个待办",
    { tool: "add_action", card: "confirm", acc: [HSS], has: ["12月5|12-05|12-5"] },
  ]),
  conv("zh", [
    "海顺水产速冻库那单 金额改成230万",
    { tool: "update_opportunity", card: "confirm", acc: [HSS], has: ["230万|2,300,000|2300000|2.3M"] },
  ]),
  conv(
    "zh",
    ["明天提醒我给鸿运的包晓琳发报价", { tool: "add_action", card: "confirm", acc: [HY], has: ["11月23|11-23"] }],
    // The to-do above was proposed, not confirmed: saving it as done (add_action, done) is right too (2026-12-07).
    ["发完了 这个待办标记完成", { tool: ["update_action", "add_action"], card: "confirm", acc: [HY] }],
  ),

  // Not in the book, another team's, out of scope.
  conv("zh", ["福州冰轮超市最近啥情况", { acc: [], has: [NF] }]),
  conv("zh", ["达濠海产那边欠的钱收回来没", { acc: [], has: [NF], not: ["马达成"] }]),
  conv("zh", ["瓯江医药的林主任 联系方式给我", { acc: [], not: ["林振东", "0577-555-2302"] }]),
  conv("zh", ["明天福州天气咋样", { acc: [] }]),

  // Manager, rep2, rep3.
  asUser("manager", conv("zh", ["全组逾期应收一共多少", { acc: M, has: ["276.8万|2,768,000|2768000|2.77M|276.8"] }])),
  asUser("manager", conv("zh", ["郑凯那边有啥逾期的", { acc: [KLH], has: ["78万|780,000|780000|0.78M"] }])),
  asUser("manager", conv("zh", ["达濠海产是谁在跟", { acc: [], has: [NF], not: ["马达成"] }])),
  asUser("rep2", conv("zh", ["吉隆坡清真那笔钱为啥还没付", { acc: [KLH], has: ["清真|halal|认证|audit"] }])),
  asUser("rep2", conv("zh", ["永鲜集团谁拍板", { acc: [], has: [NF], not: ["陈永福"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["达濠那边 雪域啥情况", { acc: [DH], has: ["雪域"] }],
      ["他们欠的尾款多少", { acc: [DH], has: ["65万|650,000|650000|0.65M"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["林主任电话", { acc: [OJ], has: ["0577-555-2302"] }])),
]);
