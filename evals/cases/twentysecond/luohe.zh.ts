// Chinese conversations over the twenty-second book (evals/books/luohe), typed the way account managers type on a
// phone. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see
// the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BMT,
  CJ,
  CSW,
  DYCD,
  FS,
  HC,
  HRJM,
  HRSK,
  JNK,
  JZCL,
  LJ,
  LM,
  LQ,
  LX,
  SC,
  SS,
  TF,
  TH,
  XL,
  YJ,
  ZYFD,
  ZYK,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (苏婉清) owns. */
const R1 = [HRSK, HRJM, ZYFD, JZCL, DYCD, YJ, HC, SS, JNK, TH, CJ, FS, CSW, TF, LJ, LM];
/** Every account the manager (郝建国) sees: rep1's and rep2's. */
const MGR = [...R1, LQ, BMT, LX, ZYK];

export const LUOHE_ZH = named("luohe-zh", [
  // Near-duplicates, natural short forms not in the aliases, pinyin and typos.
  conv("zh", ["华锐最近咋样", { card: "choices", acc: [HRSK, HRJM] }]),
  conv(
    "zh",
    ["苏州华锐谁拍板", { tool: "power_map", acc: [HRSK], has: ["陈志远"] }],
    ["刘总工呢 啥态度", { acc: [HRSK], has: ["刘建明", "支持"] }],
  ),
  conv("zh", ["无锡华锐那个孙悦 偏谁", { acc: [HRJM], has: ["恒力"] }]),
  conv("zh", ["华锐数控主轴那单到哪步了", { acc: [HRSK], has: ["240万|2,400,000|2400000|2.4M", "12月18|12-18"] }]),
  conv("zh", ["刘总工电话", { card: "choices", acc: [HRSK, YJ] }]),
  conv("zh", ["yongjiang jichaung 正式报价啥时候交", { acc: [YJ], has: ["1月15|01-15|1-15"] }]),
  conv("zh", ["huarui shukong的何磊说钱啥时候付", { acc: [HRSK], has: ["38万|380,000|380000|0.38M", "月底"] }]),

  // The group and its two subsidiaries.
  conv(
    "zh",
    ["ZYWG董事长谁", { acc: [ZYFD], has: ["赵振华"] }],
    ["焦作那边总经理呢 向谁汇报", { acc: [JZCL], has: ["程建国", "赵振华"] }],
  ),
  conv(
    "zh",
    ["焦作齿轮箱有啥风险", { acc: [JZCL], has: ["68万|680,000|680000|0.68M"] }],
    ["马国强走了谁接的", { acc: [JZCL], has: ["严斌"] }],
  ),
  conv(
    "zh",
    ["焦作齿轮箱最近联系记录", { tool: "account_timeline", acc: [JZCL], has: ["严斌"] }],
    ["然后呢 再往前", { acc: [JZCL], has: ["马国强"] }],
  ),
  conv(
    "zh",
    ["德阳传动那单为啥丢了", { acc: [DYCD], has: ["中州"] }],
    ["中标价多少", { acc: [DYCD], has: ["142万|1,420,000|1420000|1.42M"] }],
  ),

  // Tenders and notices.
  conv(
    "zh",
    ["中原风电那个招标 啥时候截止", { acc: [ZYFD], has: ["12月9|12-09|12-9"] }],
    ["资质要求呢", { acc: [ZYFD], has: ["ISO", "疲劳"] }],
  ),
  conv("zh", ["我客户有啥招标没", { tool: "tender_matches", acc: R1, has: ["中原风电"] }]),

  // Rail depots, people, phones, last contact.
  conv("zh", ["嵩山那边钱啥时候回", { acc: [SS], has: ["54万|540,000|540000|0.54M"] }]),
  conv("zh", ["嵩山轨交谁管技术", { acc: [SS], has: ["张红"] }], ["她电话", { acc: [SS], has: ["0371-555-0802"] }]),

  // Money.
  conv(
    "zh",
    ["欠款列一下", { acc: R1, has: ["太行", "92万|920,000|920000|0.92M", "焦作"] }],
    ["一共多少", { acc: R1, has: ["252万|2,520,000|2520000|2.52M"] }],
  ),

  // Stale, then a follow-up write.
  conv(
    "zh",
    ["好久没联系的客户", { tool: "stale_accounts", acc: R1, has: ["丰穗"] }],
    ["丰穗上次谁去的 说了啥", { acc: [FS], has: ["宋德全"] }],
    ["那明天给他打个电话 记一下", { tool: "add_action", card: "confirm", acc: [FS], has: ["11月23|11-23|2026-11-23"] }],
  ),

  // The steel mill: deal, blockers, power map.
  conv(
    "zh",
    ["长钢那单咋样了", { acc: [CJ], has: ["275万|2,750,000|2750000|2.75M"] }],
    ["谁在挡", { acc: [CJ], has: ["曾敏"] }],
  ),

  // Mining, machine tools, small accounts.
  conv("zh", ["金牛的单子", { acc: [JNK], has: ["130万|1,300,000|1300000|1.3M"] }]),
  conv("zh", ["海川 进展", { acc: [HC], has: ["110万|1,100,000|1100000|1.1M"] }]),
  conv("zh", ["CSW那个sample啥时候要", { acc: [CSW], has: ["1月|January|mid-January"] }]),

  // Lists by region, industry, tier.
  conv("zh", ["重庆客户", { acc: [CJ, LJ], has: ["长江", "两江"], not: ["山城"] }]),
  conv(
    "zh",
    ["河南有哪些客户", { acc: [ZYFD, JZCL, SS, TH, FS, LM], has: ["嵩山", "太行", "丰穗", "龙门"] }],
    ["轨交的呢", { acc: [SS, TF], has: ["嵩山"] }],
  ),
  conv("zh", ["战略价值最高的几家", { acc: [HRSK, ZYFD, CJ], has: ["华锐数控", "中原风电", "长江特钢"] }]),

  // Comparisons, competitors, forecast, week.
  conv("zh", ["华锐数控跟甬江比一比", { tool: "compare_accounts", acc: [HRSK, YJ] }]),
  conv("zh", ["这季度能签多少", { tool: "forecast", acc: R1 }]),
  conv("zh", [
    "Nordlager在哪几家跟我们抢",
    { tool: "competitor_deals", acc: [HRSK, SS, CSW], has: ["华锐", "嵩山", "Chennai|金奈"] },
  ]),
  conv("zh", ["这周干啥", { tool: "my_week" }]),

  // Writes.
  conv("zh", [
    "今天跟刘建明通了电话 样件报告他说下周给",
    { tool: "log_interaction", card: "confirm", acc: [HRSK], has: ["刘建明"] },
  ]),
  conv("zh", [
    "12.5去嵩山拜访张红 记上",
    { tool: "add_action", card: "confirm", acc: [SS], has: ["12月5|12-05|12-5"] },
  ]),
  conv("zh", [
    "11/20见了罗斌聊轧机 记一下",
    { tool: "log_interaction", card: "confirm", acc: [CJ], has: ["罗斌", "11月20|11-20"] },
  ]),
  conv("zh", [
    "焦作行星轮那单金额改300",
    { tool: "update_opportunity", card: "confirm", acc: [JZCL], has: ["300万|3,000,000|3000000|3M"] },
  ]),
  conv("zh", ["甬江导轨那单推到谈判", { tool: "update_opportunity", card: "confirm", acc: [YJ] }]),
  conv("zh", ["嵩山张红那个拜访搞完了 标完成", { tool: ["list_actions", "update_action"], acc: [SS] }]),

  // Plans.
  conv(
    "zh",
    ["给长江特钢做个客户计划", { tool: "generate_plan", acc: [CJ] }],
    ["存下来", { tool: "save_plan", card: "confirm", acc: [CJ] }],
  ),

  // Not in the book, other teams' accounts, out of scope.
  conv("zh", ["天一机床最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["路桥机床啥情况", { acc: [], has: [NF], not: ["金永强"] }]),
  conv("zh", ["山城轨交刘总工电话多少", { acc: [], not: ["刘海波", "023-555-2102"] }]),
  conv("zh", ["帮我写首诗 关于轴承的", { acc: [] }]),

  // Other users.
  asUser("manager", conv("zh", ["团队里哪些客户有风险", { tool: "at_risk_accounts", acc: MGR }])),
  asUser("manager", conv("zh", ["袁志鹏那边Bursa欠多少", { acc: [BMT], has: ["70万|700,000|700000|0.7M"] }])),
  asUser("manager", conv("zh", ["山城轨交 看看", { acc: [], has: [NF], not: ["邱勇"] }])),
  asUser("rep2", conv("zh", ["路桥机床 报价要了没", { acc: [LQ], has: ["金永强"] }])),
  asUser("rep2", conv("zh", ["华锐数控 情况", { acc: [], has: [NF], not: ["陈志远"] }])),
  asUser("rep3", conv("zh", ["山城 刘总工要啥数据", { acc: [SC], has: ["误报率"] }])),
  asUser("rep3", conv("zh", ["西岭欠的钱啥时候给", { acc: [XL], has: ["78万|780,000|780000|0.78M"] }])),
]);
