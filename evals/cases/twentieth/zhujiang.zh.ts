// Chinese conversations over the twentieth book (evals/books/zhujiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BH, HM, HQ, HTW, HWC, KLFM, KM, LAT, LJ, MFD, PC, QH, TT, XJC, XJY, YF, YG, YL, YLDG, YLFS } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到";
/** Every account rep1 (陈晓琳) owns. */
const R1 = [XJC, XJY, YL, YLDG, YLFS, HWC, YF, LJ, KM, TT, BH, LAT, PC, KLFM, QH, YG];
/** Every account rep2 (黄俊杰) owns. */
const R2 = [MFD, HQ, HTW, HM];

export const ZHUJIANG_ZH = named("zhujiang-zh", [
  // Accounts: short names, near-duplicates, pinyin, code-switching.
  conv("zh", ["新佳那边最近啥情况", { card: "choices", acc: [XJC, XJY] }]),
  conv(
    "zh",
    ["新佳超市谁拍板", { tool: "power_map", acc: [XJC], has: ["邓国平"] }],
    ["那个采购总监跟我们关系咋样", { acc: [XJC], has: ["罗秀英"] }],
  ),
  conv("zh", [
    "帮我check一下新佳超市的pipeline",
    { acc: [XJC], has: ["240万|2,400,000|2400000|2.4M", "12月18|12-18"] },
  ]),
  conv("zh", ["新佳药房的苏婉是干嘛的 对我们啥态度", { acc: [XJY], has: ["营运总监"] }]),
  conv(
    "zh",
    ["粤来集团 power map拉一下", { tool: "power_map", acc: [YL], has: ["陈耀华", "许嘉欣", "冯志强"] }],
    ["想约陈董 走谁的路子比较好", { acc: [YL], has: ["许嘉欣"] }],
  ),
  conv("zh", ["粤来下面两家子公司 汇总下", { tool: "group_overview", acc: [YL, YLDG, YLFS], has: ["东莞", "佛山"] }]),
  conv("zh", ["佛山粤来那个库存系统为啥丢了", { acc: [YLFS], has: ["银枢"] }]),
  conv("zh", ["东莞粤来那88万啥时候能回来", { acc: [YLDG], has: ["12月"] }]),
  conv(
    "zh",
    ["椰风有啥risk", { acc: [YF], has: ["45万|450,000|450000|0.45M"] }],
    ["吴家豪走了以后谁接的", { acc: [YF], has: ["何静怡"] }],
    ["她之前用的哪家的系统", { acc: [YF], has: ["StoreNova"] }],
  ),
  conv("zh", ["椰风最近的沟通记录拉一下", { tool: "account_timeline", acc: [YF], has: ["何静怡"] }]),
  conv("zh", [
    "yefeng mianshui那单年底能close吗 多少钱",
    { acc: [YF], has: ["380万|3,800,000|3800000|3.8M", "12月30|12-30"] },
  ]),
  conv(
    "zh",
    ["张总监电话多少", { card: "choices", acc: [XJC, KM] }],
    ["康民那个", { acc: [KM], has: ["0773-555-0902"] }],
  ),
  conv("zh", ["桂林那边我有哪些客户", { acc: [LJ, KM], has: ["漓江", "康民"] }]),
  conv("zh", ["lijiang chaoshi 那单到哪一步了", { acc: [LJ], has: ["90万|900,000|900000|0.9M"] }]),
  conv("zh", ["天天那边自助收银机的单子 啥时候签", { acc: [TT], has: ["12月20|12-20"] }]),
  conv("zh", ["鹭安堂上次联系是啥时候", { tool: "last_contact", acc: [LAT], has: ["11月13|11-13"] }]),
  // Money.
  conv(
    "zh",
    ["谁还欠我们钱 按金额排一下", { acc: R1, has: ["东莞粤来|东莞", "88万|880,000|880000|0.88M"] }],
    ["逾期一共多少", { acc: R1, has: ["187万|1,870,000|1870000|1.87M"] }],
  ),
  // Stale and scores.
  conv(
    "zh",
    ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["百汇"] }],
    ["百汇上次联系是啥时候 跟谁聊的", { acc: [BH], has: ["王德明", "5月8|05-08|5-8"] }],
  ),
  conv("zh", ["百汇为啥分这么低", { tool: "explain_score", acc: [BH] }]),
  // Lists and comparisons.
  conv("zh", ["广西的客户列一下", { tool: "find_accounts", acc: [LJ, KM, TT], has: ["漓江", "康民", "天天"] }]),
  conv("zh", ["战略价值5分的客户有哪几个", { acc: [YL, YF], has: ["粤来", "椰风"] }]),
  conv("zh", ["新佳超市跟天天鲜生对比一下", { tool: "compare_accounts", acc: [XJC, TT] }]),
  conv("zh", ["银枢在跟我们抢哪些单", { tool: "competitor_deals", acc: [XJC, YL, YLFS], has: ["新佳", "粤来"] }]),
  // Tender notices.
  conv(
    "zh",
    ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["粤来"] }],
    ["那个啥时候截止", { acc: [YL], has: ["12月9|12-09|12-9"] }],
    ["资质有啥要求", { acc: [YL], has: ["三级|等保"] }],
  ),
  conv("zh", ["佛山粤来库存系统最后谁中标的 多少钱", { acc: [YLFS], has: ["银枢", "69.8万|698,000|698000|0.698M"] }]),
  conv("zh", ["海湾城是不是挂了个采购意向", { acc: [HWC], has: ["160万|1,600,000|1600000|1.6M"] }]),
  // Week, forecast, plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv("zh", ["这个季度forecast咋样", { tool: "forecast", acc: R1 }]),
  conv("zh", ["帮我给粤来集团写个account plan", { tool: "generate_plan", acc: [YL] }]),
  conv("zh", ["海湾城的plan给我看下", { tool: "show_plan", acc: [HWC] }]),
  // Writes.
  conv("zh", [
    "今天跟新佳超市张伟明通了个电话 他说银枢又降了5个点",
    { tool: "log_interaction", card: "confirm", acc: [XJC] },
  ]),
  conv("zh", [
    "记一下 11月20号拜访天天鲜生 见了农秋萍 试点门店定了",
    { tool: "log_interaction", card: "confirm", acc: [TT], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "明天提醒我给何静怡打电话约demo",
    { tool: "add_action", card: "confirm", acc: [YF], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12月1号去海湾城拜访莫雅琪 加个待办",
    { tool: "add_action", card: "confirm", acc: [HWC], has: ["12月1|12-01|12-1"] },
  ]),
  conv("zh", [
    "天天鲜生那单金额改成107万 让了3个点",
    { tool: "update_opportunity", card: "confirm", acc: [TT], has: ["107万|1,070,000|1070000|1.07M"] },
  ]),
  conv("zh", ["漓江超市那单推到谈判阶段", { tool: "update_opportunity", card: "confirm", acc: [LJ] }]),
  conv("zh", ["给许嘉欣发资料那个待办搞定了 帮我勾掉", { tool: ["update_action", "list_actions"], acc: [YL] }]),
  // Not in the book, another rep's or team's, out of scope.
  conv("zh", ["深圳万家福超市的情况", { acc: [], has: [NF] }]),
  conv("zh", ["邕江医药那单咋样了", { acc: [], has: [NF], not: ["梁文斌"] }]),
  conv("zh", ["海棠湾奥莱的李总电话多少", { acc: [], has: [NF], not: ["李海燕", "0898-555-1901"] }]),
  conv("zh", ["明天深圳天气怎么样", { acc: [] }]),
  // The manager (林志豪) sees A01-A20; rep2 (黄俊杰) only his four.
  asUser("manager", conv("zh", ["团队这个季度forecast多少", { tool: "forecast" }])),
  asUser(
    "manager",
    conv("zh", ["黄俊杰手上有哪些在跟的单子", { acc: [MFD, HTW, HQ, HM], has: ["海棠湾", "Family Drug|Manila|MFD"] }]),
  ),
  asUser(
    "manager",
    conv("zh", ["团队逾期应收一共多少", { acc: [...R1, ...R2], has: ["217万|2,170,000|2170000|2.17M"] }]),
  ),
  asUser("manager", conv("zh", ["鹭岛生鲜的张总监是谁", { acc: [], has: [NF], not: ["张海涛"] }])),
  asUser(
    "rep2",
    conv("zh", ["海棠湾奥莱那单啥时候签", { acc: [HTW], has: ["12月22|12-22", "95万|950,000|950000|0.95M"] }]),
  ),
  asUser("rep2", conv("zh", ["惠民大药房上次联系是啥时候", { acc: [HM], has: ["10月25|10-25"] }])),
  asUser("rep2", conv("zh", ["新佳超市张伟明电话给我下", { acc: [], has: [NF], not: ["020-555-0102"] }])),
]);
