// Chinese conversations over the twenty-third book (evals/books/baiyun), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  GJ,
  HB,
  HP,
  HYX,
  HYZ,
  JY,
  KH,
  KHC,
  KHN,
  KN,
  LC,
  LF1,
  LF2,
  LJ,
  MX,
  NY,
  PPRC,
  SK,
  VLMC,
  YDU,
  ZG,
  ZJFY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (陈雅琪) owns. */
const R1 = [NY, LF1, LF2, KH, KHC, KHN, ZJFY, MX, SK, HYZ, HYX, HP, GJ, ZG, PPRC, LJ];
/** Every account the manager (罗志刚, 华南医院客户部) sees: rep1's and rep2's. */
const MGR = [...R1, KN, VLMC, HB, JY];

export const BAIYUN_ZH = named("baiyun-zh", [
  // Near-duplicates, short names, places, common words, pinyin and typos.
  conv("zh", ["岭南那个医院最近啥情况", { card: "choices", acc: [LF1, LF2] }]),
  conv("zh", ["岭医附二的苏敏是干嘛的", { acc: [LF2], has: ["后勤保障处"] }]),
  conv(
    "zh",
    ["南粤省医 权力地图", { tool: "power_map", acc: [NY], has: ["郑国华", "何志明", "林晓红"] }],
    ["设备处那个新处长向谁汇报", { acc: [NY], has: ["郑国华"] }],
  ),
  conv(
    "zh",
    ["南粤医院有啥风险没", { acc: [NY], has: ["120万|1,200,000|1200000|1.2M"] }],
    ["刘建国走了以后谁接的", { acc: [NY], has: ["何志明"] }],
    ["他偏哪家", { acc: [NY], has: ["瑞链"] }],
  ),
  conv("zh", ["康合集团下面几家医院 汇总下", { tool: "group_overview", acc: [KH, KHC, KHN], has: ["禅城", "南海"] }]),
  conv("zh", ["衡阳那边我有哪几家客户", { acc: [HYZ, HYX], has: ["衡阳市中心|衡阳中心", "衡阳县"] }]),
  conv("zh", ["hengyang zhongxin 手术室SPD最后谁中了", { acc: [HYZ], has: ["瑞链"] }]),
  conv("zh", ["和平那边导管进院要过啥会", { acc: [HP], has: ["药事会"] }]),
  conv("zh", ["王护士长电话多少", { card: "choices", acc: [LF1, HYZ] }]),
  conv("zh", ["衡阳中心的王护士长 上次联系是啥时候", { acc: [HYZ], has: ["11月17|11-17"] }]),
  // People: titles more than names.
  conv("zh", ["湛江妇幼设备科长叫啥 电话给我下", { acc: [ZJFY], has: ["蔡伟", "0759-555-0703"] }]),
  conv(
    "zh",
    ["梅县医共体配送那个项目 谁在跟我们抢", { acc: [MX], has: ["华迅"] }],
    ["那个配送中心主任倾向谁", { acc: [MX], has: ["李春兰"] }],
  ),
  conv("zh", ["ganjiang yiyao 现在谁说了算", { tool: "power_map", acc: [GJ], has: ["万志强"] }]),
  conv(
    "zh",
    ["康和集团找谁能推动SPD 通过谁去找", { tool: "power_map", acc: [KH], has: ["冯启明"] }],
    ["那个采购总监跟瑞链关系咋样", { acc: [KH], has: ["邱雅婷"] }],
  ),
  // Money.
  conv("zh", ["赣江医药还欠我们多少钱", { acc: [GJ], has: ["65万|650,000|650000|0.65M"] }]),
  conv("zh", ["逾期的款子列一下 从大到小", { acc: R1, has: ["南粤", "120万|1,200,000|1200000|1.2M"] }]),
  conv(
    "zh",
    ["我现在一共有多少逾期款", { acc: R1, has: ["292万|2,920,000|2920000|2.92M"] }],
    ["那还没到期的呢", { acc: R1, has: ["柳江", "38万|380,000|380000|0.38M", "12月15|12-15"] }],
  ),
  conv("zh", ["NPH 的敷料那笔钱啥时候到期的", { acc: [NY], has: ["9月20|09-20"] }]),
  // Stale.
  conv("zh", ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["章贡"] }]),
  conv("zh", ["章贡医院最后一次联系是啥时候 跟谁", { acc: [ZG], has: ["肖永康", "4月28|04-28"] }]),
  // Deals and forecasts.
  conv("zh", ["这个季度能签的单子 帮我预测下", { tool: "forecast", acc: R1 }]),
  conv("zh", [
    "南粤那个SPD deal close date是哪天 多少钱",
    { acc: [NY], has: ["380万|3,800,000|3800000|3.8M", "12月18|12-18"] },
  ]),
  conv("zh", ["湛江妇幼的输液器单子到哪不了", { acc: [ZJFY], has: ["72万|720,000|720000|0.72M", "12月10|12-10"] }]),
  conv("zh", ["比较下附一和附二", { tool: "compare_accounts", acc: [LF1, LF2] }]),
  conv("zh", ["康迈现在跟我抢哪些单", { tool: "competitor_deals", acc: R1, has: ["附一|附属第一", "湛江", "赣江"] }]),
  conv("zh", ["为啥衡阳中心评分这么低", { tool: "explain_score", acc: [HYZ] }]),
  // Lists.
  conv("zh", ["湖南那几家客户列一下", { tool: "find_accounts", acc: [HYZ, HYX, HP], has: ["和平", "衡阳"] }]),
  conv("zh", ["我的私立医院客户有哪些", { acc: [KH, KHC, KHN, HP, PPRC], has: ["和平"] }]),
  // Tenders.
  conv(
    "zh",
    ["南粤省医那个SPD招标 啥时候截止", { acc: [NY], has: ["12月9|12-09|12-9"] }],
    ["资质要求有啥", { acc: [NY], has: ["三级医院"] }],
  ),
  conv("zh", [
    "附二的logistics项目 采购意向budget多少 啥时候采",
    { acc: [LF2], has: ["90万|900,000|900000", "2月|2027-02"] },
  ]),
  // My week, plans.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv("zh", ["康和集团的计划调出来看看", { tool: "show_plan", acc: [KH] }]),
  // Writes.
  conv("zh", [
    "今天给吴静打了电话 她说院长想先看新生儿科的使用数据 记一下",
    { tool: "log_interaction", card: "confirm", acc: [ZJFY], has: ["吴静"] },
  ]),
  conv("zh", [
    "明天去附二拜访苏敏处长 提醒我",
    { tool: "add_action", card: "confirm", acc: [LF2], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "11月20号在赣江医药见了万总 谈了分销合同账期 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [GJ], has: ["万志强"] },
  ]),
  conv("zh", [
    "赣江医药那单金额改成180万",
    { tool: "update_opportunity", card: "confirm", acc: [GJ], has: ["180万|1,800,000|1800000|1.8M"] },
  ]),
  conv("zh", [
    "12月1号约了何志明处长去谈SPD报价 帮我建个待办",
    { tool: "add_action", card: "confirm", acc: [NY], has: ["12月1|12-01|2026-12-01"] },
  ]),
  conv("zh", [
    "南粤那个给林护士长送样品的待办 已经弄完了 标一下",
    { tool: ["update_action", "list_actions"], acc: [NY] },
  ]),
  // Not in the book, another team's, out of scope.
  conv("zh", ["珠海海湾医院最近怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["龙城医院欠我们多少钱", { acc: [], has: [NF], not: ["蓝志勇", "王秀英"] }]),
  conv("zh", ["番禺康宁 邝院长上次说啥了", { acc: [], has: [NF], not: ["邝卫东", "SPD的价格"] }]),
  conv("zh", ["帮我写首诗 关于手术室护士的", { acc: [] }]),
  conv("zh", ["广州明天下雨不", { acc: [] }]),
  // The manager.
  asUser("manager", conv("zh", ["团队这个季度预测多少 离目标差多少", { tool: "forecast", acc: MGR }])),
  asUser("manager", conv("zh", ["全组逾期一共多少", { acc: MGR, has: ["317万|3,170,000|3170000|3.17M"] }])),
  asUser(
    "manager",
    conv("zh", ["黄俊峰手上的客户 谁欠钱", { acc: [KN, VLMC, HB, JY], has: ["海滨", "25万|250,000|250000|0.25M"] }]),
  ),
  asUser("manager", conv("zh", ["于都医共体啥情况", { acc: [], has: [NF], not: ["管永福"] }])),
  // rep2 and rep3.
  asUser("rep2", conv("zh", ["海滨医院那25万啥时候能回来", { acc: [HB], has: ["财务"] }])),
  asUser("rep2", conv("zh", ["附一最近咋样", { acc: [], has: [NF], not: ["梁振华", "王丽娟"] }])),
  asUser(
    "rep3",
    conv("zh", [
      "今天跟龙城医院王护士长通了电话 发票下周寄过去 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [LC], has: ["王秀英"] },
    ]),
  ),
  asUser("rep3", conv("zh", ["于都医共体 管院长上次说了啥", { acc: [YDU], has: ["配送"] }])),
]);
