// Chinese conversations over the eighteenth book (evals/books/taihu), typed the way account managers type: sloppy, with
// 行话, 简称, typos, pinyin and voice-input run-ons. Written blind: every expectation is hand-read from the book's CSV files
// (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BME,
  CDD,
  DF,
  FC,
  HH,
  HS,
  HSJ,
  HT,
  HT1,
  HT3,
  LC,
  LH,
  MS,
  R1,
  TEAM1,
  WS,
  XG,
  YYG,
  YYZ,
  ZH,
  ZSG,
  ZSX,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";

export const TAIHU_ZH = named("taihu-zh", [
  // An account's situation; near-duplicates and short names.
  conv("zh", ["远洋那边最近咋样了", { card: "choices", acc: [YYZ, YYG] }]),
  conv(
    "zh",
    ["远洋重工谁拍板的 权利地图拉一下", { tool: "power_map", acc: [YYZ], has: ["陈国华"] }],
    ["王主任向谁汇报 跟他关系咋样", { acc: [YYZ], has: ["陈国华"] }],
  ),
  conv("zh", ["远洋钢构孙敏是干嘛的", { acc: [YYG], has: ["技术部经理"] }]),
  conv(
    "zh",
    ["华通集团 权力地图", { tool: "power_map", acc: [HT], has: ["赵振邦", "黄志刚", "吴晓明"] }],
    ["吴晓明啥态度 跟甬江走的近不", { acc: [HT], has: ["甬江"] }],
  ),
  conv("zh", [
    "华通下面几个局汇总下 一局三局都要",
    { tool: "group_overview", acc: [HT, HT1, HT3], has: ["泰州|一局|第一工程局", "烟台|三局|第三工程局"] },
  ]),
  conv("zh", ["华通一ju尾款催了没 还差多少", { acc: [HT1], has: ["150万|1,500,000|1500000|1.5M"] }]),
  conv(
    "zh",
    ["风驰有啥风险没", { acc: [FC], has: ["38万|380,000|380000|0.38M"] }],
    ["周立明走了谁接的手", { acc: [FC], has: ["钱卫东"] }],
    ["他以前是锦川的？", { acc: [FC], has: ["锦川"] }],
  ),
  conv("zh", [
    "那个就是上次说的常州做塔筒的那家就是风驰嘛他们那个年度供货的单子现在到哪一步了多少钱来着",
    { acc: [FC], has: ["130万|1,300,000|1300000|1.3M"] },
  ]),
  conv("zh", ["舟山那边的客户有哪几家", { acc: [ZSX, ZSG], has: ["舟山海港|舟山船修|海港船修", "群岛港务|舟山港务"] }]),
  conv("zh", [
    "舟山船修修船漆框架谈到哪了 啥时候能签",
    { acc: [ZSX], has: ["180万|1,800,000|1800000|1.8M", "12月10|12-10"] },
  ]),
  conv("zh", ["东方那个检测费还欠多少 啥时候到期", { acc: [DF], has: ["12万|120,000|120000|0.12M", "12月15|12-15"] }]),
  // People: same surname and title, pinyin, phones, last contact.
  conv("zh", ["王主任电话多少来着", { card: "choices", acc: [YYZ, XG] }]),
  conv("zh", ["新港船舶王主任 上回啥时候聊的", { acc: [XG], has: ["11月13|11-13"] }]),
  conv("zh", ["yuanyang zhonggong 涂装部主任手机号", { acc: [YYZ], has: ["0513-555-0102"] }]),
  conv(
    "zh",
    ["万顺集装箱 谁在挡我们", { acc: [WS], has: ["谢涛"] }],
    ["那邓芳呢 她啥态度", { acc: [WS], has: ["支持"] }],
  ),
  conv("zh", ["万顺集装相最近的往来记录拉一下", { tool: "account_timeline", acc: [WS], has: ["邓芳"] }]),
  conv("zh", ["釜山海工那单fjordmarin给了多少返点", { acc: [BME], has: ["5%"] }]),
  // Money.
  conv("zh", ["欠款清单 按金额从大到小", { acc: R1, has: ["华通一局|华通桥梁第一", "150万|1,500,000|1500000|1.5M"] }]),
  conv(
    "zh",
    ["我名下逾期的钱一共多少", { acc: R1, has: ["295万|2,950,000|2950000|2.95M"] }],
    ["还有没到期的应收吗", { acc: R1, has: ["东方", "12万|120,000|120000|0.12M"] }],
  ),
  // Stale, lists by region and tier, risks, comparison.
  conv("zh", ["哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["振海"] }]),
  conv("zh", ["山东的客户有哪些", { acc: [HS, ZH, HT3], has: ["海晟", "振海", "三局|第三工程局"] }]),
  conv("zh", ["战略价值5分的有哪几个", { acc: [YYZ, HT], has: ["远洋重工|南通远洋船舶", "华通"] }]),
  conv("zh", ["哪些客户有风险 挑重点说", { tool: "at_risk_accounts", acc: R1 }]),
  conv("zh", ["远洋重工跟新港船舶对比一下", { tool: "compare_accounts", acc: [YYZ, XG] }]),
  // Deals, forecast, competitors.
  conv("zh", ["本季度预测多少", { tool: "forecast", acc: R1 }]),
  conv("zh", ["峡湾涂料在我哪些单子上抢", { tool: "competitor_deals", acc: R1, has: ["远洋", "舟山", "Busan|釜山"] }]),
  // Tender notices.
  conv(
    "zh",
    ["HTBG那个钢箱梁的tender deadline啥时候", { acc: [HT], has: ["12月8|12-08|12月08"] }],
    ["资格要求是啥 要几个业绩", { acc: [HT], has: ["2座|两座|2 座|两个|2个"] }],
  ),
  conv("zh", ["我的客户有没有新的招标", { tool: "tender_matches", acc: R1, has: ["华通"] }]),
  conv("zh", ["桥三局跨海桥最后谁中的 多少钱", { acc: [HT3], has: ["甬江", "226万|2,260,000|2260000|2.26M"] }]),
  conv("zh", [
    "舟山港务那个采购意向 预算多少啥时候买",
    { acc: [ZSG], has: ["190万|1,900,000|1900000|1.9M", "2月|2027-02"] },
  ]),
  // My week, plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv("zh", ["给华通集团写个客户计划", { tool: "generate_plan", acc: [HT] }]),
  conv("zh", ["看下风驰的计划", { tool: "show_plan", acc: [FC] }]),
  // Writes.
  conv("zh", [
    "今天跟王建国打了电话 他说船东那边还在压价 记一下",
    { tool: "log_interaction", card: "confirm", acc: [YYZ], has: ["王建国"] },
  ]),
  conv("zh", [
    "11月20号去万顺见了邓芳 试喷定在12月中 帮我记下",
    { tool: "log_interaction", card: "confirm", acc: [WS], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "明天提醒我给叶青打电话 谈降价的事",
    { tool: "add_action", card: "confirm", acc: [ZSX], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12月1号约了华通一局马丽娟催尾款 建个待办",
    { tool: "add_action", card: "confirm", acc: [HT1], has: ["12月1|12-01"] },
  ]),
  conv(
    "zh",
    ["明天提醒我给虞红发涂层检测方案", { tool: "add_action", card: "confirm", acc: [ZSG], has: ["11月23|11-23"] }],
    // The to-do above was proposed, not confirmed: saving it as done (add_action, done) is right too (2026-12-07).
    ["发完了 那个待办直接标完成吧", { tool: ["update_action", "list_actions", "add_action"], acc: [ZSG] }],
  ),
  conv("zh", [
    "万顺那单金额改成240万",
    { tool: "update_opportunity", card: "confirm", acc: [WS], has: ["240万|2,400,000|2400000|2.4M"] },
  ]),
  conv("zh", ["远洋钢构那个厂房防腐推到谈判阶段了", { tool: "update_opportunity", card: "confirm", acc: [YYG] }]),
  // Not in the book, another team's accounts, out of scope.
  conv("zh", ["帮我看看连云港海星船厂最近啥情况", { acc: [], has: [NF] }]),
  conv("zh", ["海鸿风电啥情况", { acc: [], has: [NF], not: ["严国强"] }]),
  conv("zh", ["辽海重工王主任电话给我下", { acc: [], not: ["王磊", "0411-555-2102"] }]),
  conv("zh", ["写首诗夸夸我们的防腐漆", { acc: [] }]),
  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", ["团队逾期应收一共多少 按人分一下", { acc: TEAM1, has: ["360万|3,600,000|3600000|3.6M"] }]),
  ),
  asUser("manager", conv("zh", ["陆志强手上有哪几家客户", { acc: [HH, CDD, LC, HSJ], has: ["海鸿", "龙城"] }])),
  asUser("manager", conv("zh", ["辽海重工啥情况", { acc: [], has: [NF], not: ["孟庆山"] }])),
  asUser("rep2", conv("zh", ["吉大港船坞那笔钱为啥还没付", { acc: [CDD], has: ["信用证|letter of credit|L/C"] }])),
  asUser("rep2", conv("zh", ["远洋重工最近啥情况", { acc: [], has: [NF], not: ["陈国华"] }])),
  asUser("rep3", conv("zh", ["辽海重工欠我们多少", { acc: [LH], has: ["78万|780,000|780000|0.78M"] }])),
  asUser("rep3", conv("zh", ["王主任电话", { acc: [LH], has: ["0411-555-2102"] }])),
  asUser(
    "rep3",
    conv("zh", [
      "今天跟梅山港埠应志华通了电话 他说年底前给续签意向 记一下",
      { tool: "log_interaction", card: "confirm", acc: [MS] },
    ]),
  ),
]);
