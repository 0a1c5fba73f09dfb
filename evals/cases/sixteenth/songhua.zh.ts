// Chinese conversations over the sixteenth book (evals/books/songhua), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { ASSF, BH, BJ, BTU, BWX, HC, HEB, HGP, JC, JY, LH, MDJ, NJ, QB, QH, UTA, WS, YC, YC2, YCS } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户|未找到";
/** Every account rep1 (付晓雯) owns. */
const R1 = [BTU, BWX, YC, YCS, YC2, BJ, NJ, QH, HEB, LH, HC, JY, JC, HGP, UTA, MDJ];

export const SONGHUA_ZH = named("songhua-zh", [
  // Accounts, short names, near-duplicates, pinyin and typos.
  conv("zh", ["冰城那边最近咋样了", { card: "choices", acc: [BTU, BWX] }]),
  conv(
    "zh",
    ["冰城理工谁拍板啊", { tool: "power_map", acc: [BTU], has: ["刘国栋"] }],
    ["那李处长向谁汇报", { acc: [BTU], has: ["刘国栋"] }],
  ),
  conv(
    "zh",
    ["油城集团 权力地图 看下", { tool: "power_map", acc: [YC], has: ["高德明", "吴晓光", "钱玉梅"] }],
    ["想约高董 走谁的路子比较好", { acc: [YC], has: ["吴晓光"] }],
  ),
  conv("zh", [
    "油城教育下面那俩学校 汇总一下",
    { tool: "group_overview", acc: [YC, YCS, YC2], has: ["实验中学|油城实验", "二小|第二小学"] },
  ]),
  conv("zh", ["油城二小那个大屏咋丢的", { acc: [YC2], has: ["鸿图"] }]),
  conv(
    "zh",
    ["嫩江学院有啥风险没", { acc: [NJ], has: ["曹宇|离职|调离"] }],
    ["他走了谁接的", { acc: [NJ], has: ["罗晓东"] }],
    ["这人跟学优云啥关系", { acc: [NJ], has: ["学优云"] }],
  ),
  conv("zh", ["nenjiang xueyuan 上次联系是啥时候", { acc: [NJ], has: ["11月12|11-12"] }]),
  conv("zh", ["启航还欠咱钱没", { acc: [QH], has: ["5万|50,000|50000", "12月15|12-15"] }]),
  conv("zh", ["张主任电话多少来着", { card: "choices", acc: [BJ, NJ] }]),
  conv("zh", ["北疆职院张主任 上回联系哪天", { acc: [BJ], has: ["11月20|11-20"] }]),
  conv(
    "zh",
    ["beijiang zhiyuan 安防那个项目啥进展", { acc: [BJ], has: ["250万|2,500,000|2500000|2.5M"] }],
    ["对手是谁 他们让我们降几个点", { acc: [BJ], has: ["北网", "5个点|5%|5 个点|五个点|百分之五"] }],
  ),
  conv("zh", ["油城实严中学 何主任电话给我下", { acc: [YCS], has: ["0459-555-0402"] }]),
  conv("zh", ["罗晓东是谁 啥态度 向谁汇报", { acc: [NJ], has: ["教务处处长", "邵文博"] }]),

  // Money.
  conv("zh", [
    "我名下逾期的款 列一下 大的排前面",
    { acc: R1, has: ["油城实验|实验中学", "150万|1,500,000|1500000|1.5M"] },
  ]),
  conv(
    "zh",
    ["逾期一共多少钱啊", { acc: R1, has: ["230万|2,300,000|2300000|2.3M"] }],
    ["最早那笔是哪家的", { acc: R1, has: ["净月"] }],
  ),

  // Stale, risk, lists, scores.
  conv("zh", ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["鹤城"] }]),
  conv("zh", ["鹤城一中最后一次联系啥时候 跟谁", { acc: [HC], has: ["5月12|05-12", "白建华"] }]),
  conv("zh", ["我客户里哪几家风险最大", { tool: "at_risk_accounts", acc: R1 }]),
  conv("zh", ["牡丹江的客户都列一下", { acc: [QH, LH, MDJ], has: ["启航", "林海", "一中|第一高级中学"] }]),
  conv("zh", [
    "我有哪些职业院校客户",
    { tool: "find_accounts", acc: [BJ, LH, JC, HGP], has: ["北疆", "林海", "江城", "草原"] },
  ]),
  conv("zh", ["S级客户有哪几个", { acc: R1 }]),
  conv("zh", ["海拉尔那块我有哪些客户", { acc: [HGP], has: ["草原"], not: ["海拉尔区教育局", "闫东", "张国强"] }]),

  // Deals, forecast, competitors.
  conv("zh", ["jingyue shida 的单子啥时候close", { acc: [JY], has: ["12月28|12-28"] }]),
  conv("zh", ["这季度预测多少 离目标还差多少", { tool: "forecast", acc: R1 }]),
  conv("zh", ["鸿图在我哪些客户那跟咱抢", { tool: "competitor_deals", acc: R1, has: ["冰城理工", "净月"] }]),

  // Tenders.
  conv("zh", ["我的客户最近有啥招标", { tool: "tender_matches", acc: R1, has: ["北疆"] }]),
  conv("zh", ["北疆那个标啥时候截止 要啥资质", { acc: [BJ], has: ["12月10|12-10", "2个|两个|二个"] }]),
  conv("zh", ["林海校园网最后谁中了 多少钱", { acc: [LH], has: ["北网", "136.5万|1,365,000|1365000|1.365M"] }]),
  conv("zh", ["哈市教育局培训那个采购意向出来了？预算多少", { acc: [HEB], has: ["500万|5,000,000|5000000|5M"] }]),

  // My week, plans.
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  conv(
    "zh",
    ["给北疆职院写个客户计划", { tool: "generate_plan", acc: [BJ] }],
    ["行 存下来吧", { tool: "save_plan", card: "confirm", acc: [BJ] }],
  ),
  conv("zh", ["油城集团的客户计划调出来看看", { tool: "show_plan", acc: [YC] }]),

  // Writes.
  conv("zh", [
    "今天跟陈静怡处长通了电话 她说校务会12月初定二期",
    { tool: "log_interaction", card: "confirm", acc: [BTU] },
  ]),
  conv("zh", [
    "11月20号去牡丹江一中见了崔颖 录播方案过了一遍 她挺满意",
    { tool: "log_interaction", card: "confirm", acc: [MDJ], has: ["11月20|11-20"] },
  ]),
  conv("zh", [
    "明天提醒我给油城实验中学郑校长打电话催尾款",
    { tool: "add_action", card: "confirm", acc: [YCS], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "12月3号约了净月师大田宇院长去看样板教室 帮我记个待办",
    { tool: "add_action", card: "confirm", acc: [JY], has: ["12月3|12-03|12-3"] },
  ]),
  conv("zh", [
    "净月师大智慧教室金额改成180万",
    { tool: "update_opportunity", card: "confirm", acc: [JY], has: ["180万|1,800,000|1800000|1.8M"] },
  ]),
  conv("zh", ["把草原职院那个智慧教室推到谈判阶段", { tool: "update_opportunity", card: "confirm", acc: [HGP] }]),
  conv("zh", ["启航许婷那个催款的待办做完了 标一下", { tool: ["update_action", "list_actions"], acc: [QH] }]),

  // Not in the book, another team's, out of scope.
  conv("zh", ["黑河学院最近啥情况", { acc: [], has: [NF] }]),
  conv("zh", ["冰雪职院雷院长电话给我下", { acc: [], has: [NF], not: ["0451-555-1701"] }]),
  conv("zh", ["海拉尔教育局那边啥情况", { acc: [], has: [NF], not: ["闫东", "张国强"] }]),
  conv("zh", ["给我写首关于松花江的诗", { acc: [] }]),

  // Other users.
  asUser("manager", conv("zh", ["团队这季度预测咋样", { tool: "forecast" }])),
  asUser(
    "manager",
    conv("zh", ["谭宏宇那边 阿拉木图那笔款收回来没", { acc: [ASSF], has: ["75万|750,000|750000|0.75M"] }]),
  ),
  asUser("manager", conv("zh", ["北湖集团啥情况", { acc: [], has: [NF], not: ["庞立新"] }])),
  asUser(
    "rep2",
    conv("zh", ["齐市八中那单啥时候签 多少钱", { acc: [QB], has: ["12月22|12-22", "70万|700,000|700000|0.7M"] }]),
  ),
  asUser("rep2", conv("zh", ["冰城理工最近咋样", { acc: [], has: [NF], not: ["刘国栋", "陈静怡"] }])),
  asUser("rep3", conv("zh", ["北湖集团那120万啥时候能付", { acc: [BH], has: ["年底"] }])),
  asUser("rep3", conv("zh", ["雾凇中学白校长上次说啥了", { acc: [WS], has: ["录播"] }])),
]);
