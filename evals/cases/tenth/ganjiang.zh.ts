// Chinese conversations over the tenth book (evals/books/ganjiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW), never from a
// tool result. Development material from the start: see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AX, CPB, CX, DT, HY, JM, LFJ, LFR, MS, QH, RK, SFD, TW, TWC, TWT, WT, WY, XJ, XJR, XS, YH, YL } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|未找到|查不到";

export const GANJIANG_ZH = named("ganjiang-zh", [
  // Accounts, near-duplicates, short names.
  conv("zh", ["庐峰乳业最近咋样", { acc: [LFR], has: ["庐峰乳业"] }]),
  conv("zh", ["庐峰那个单子到哪步了", { card: "choices", acc: [LFR, LFJ] }]),
  conv("zh", ["庐峰酒业礼盒纸箱那单 啥时候能签", { acc: [LFJ], has: ["12月30|12-30"] }]),
  conv(
    "zh",
    ["庐峰乳业谁拍板", { acc: [LFR], has: ["刘振华"] }],
    ["程晓东汇报给谁", { acc: [LFR], has: ["刘振华"] }],
    ["他跟鑫诺关系咋样", { acc: [LFR], has: ["鑫诺"] }],
  ),
  conv("zh", ["庐峰乳业权利地图给我看看", { tool: "power_map", acc: [LFR], has: ["刘振华", "程晓东", "黄立新"] }]),
  conv("zh", ["庐峰乳业冷链那块之前对接的彭海波还在吗", { acc: [LFR], has: ["谢文静"] }]),
  conv("zh", ["说实话我心里不太安心 庐峰乳业那个年度包装单子能拿下吗", { acc: [LFR], not: ["安心药业"] }]),
  // Same surname and title at two accounts (and a third at another team's account).
  conv("zh", ["刘总上次见是啥时候", { card: "choices", acc: [LFR, AX], not: ["刘德明", "岳麓"] }]),
  conv("zh", ["安心药业刘总最近啥态度", { acc: [AX], has: ["刘雅琴", "中立"] }]),
  // The group and its children.
  conv("zh", [
    "滕王集团下面几家子公司 汇总一下",
    { tool: "group_overview", acc: [TW, TWT, TWC], has: ["调味品", "茶饮"] },
  ]),
  conv("zh", ["滕王茶饮那个杯膜单子为啥丢了", { acc: [TWC], has: ["鑫诺"] }]),
  conv(
    "zh",
    ["滕王调味品欠我们多少钱", { acc: [TWT], has: ["32万|320,000|320000"] }],
    ["啥时候到期的", { acc: [TWT], has: ["9月30|09-30|9-30"] }],
  ),
  conv("zh", ["滕王掉味品 采购罗志平 啥态度", { acc: [TWT], has: ["反对|opponent"] }]),
  conv("zh", [
    "滕王调味品纸箱框架 金额改成138万 其他不变",
    { tool: "update_opportunity", card: "confirm", acc: [TWT], has: ["138万|1,380,000|1380000"] },
  ]),
  // A short name that is also a place.
  conv("zh", ["婺源那边上次拜访是哪天", { acc: [WY], has: ["11月19|11-19"] }]),
  conv(
    "zh",
    ["上饶的客户列一下", { has: ["婺源", "信江"], not: ["三清山"] }],
    ["信江那家 有啥在跟的单子", { acc: [XJ], has: ["90万|900,000|900000"] }],
  ),
  // Common words as short names.
  conv("zh", ["安心那边泡罩铝箔谈到哪了", { acc: [AX], has: ["谈判|negotiation"] }]),
  conv("zh", ["安心最近有啥风险", { acc: [AX], has: ["林美华|鑫诺"] }]),
  conv(
    "zh",
    ["安心药业 质量总监叫啥", { acc: [AX], has: ["陈志坚"] }],
    ["他上次见是啥时候", { acc: [AX], has: ["11月18|11-18"] }],
    ["帮我记下 明天跟他电话确认铝箔交期", { tool: "add_action", card: "confirm", acc: [AX] }],
  ),
  conv("zh", ["好运欠我们钱没", { acc: [HY], has: ["27万|270,000|270000"] }]),
  conv("zh", ["好运的楼总 汇报给谁", { acc: [HY], has: ["金晓峰"] }]),
  conv("zh", ["好运仓储楼佳怡 明天下午3点见面 帮我加个提醒", { tool: "add_action", card: "confirm", acc: [HY] }]),
  conv("zh", ["启航最近咋样", { acc: [QH], has: ["启航"] }]),
  conv("zh", ["启航家居那笔货款啥时候到期", { acc: [QH], has: ["12月5|12-05|12-5"] }]),
  // English names, abbreviations, overseas accounts with Chinese aliases.
  conv("zh", ["DTA今年丢的那个单子被谁拿了 多少钱", { acc: [DT], has: ["裕丰", "136万|1,360,000|1360000"] }]),
  conv("zh", ["洞庭家电谁能帮我引荐一下李建国", { acc: [DT], has: ["王海涛"] }]),
  conv("zh", [
    "嗯那个就是洞庭家电明年出口那个包装项目现在啥阶段然后金额多少来着",
    { acc: [DT], has: ["260万|2,600,000|2600000"] },
  ]),
  conv("zh", ["西贡鲜奶 逾期多少", { acc: [SFD], has: ["41万|410,000|410000"] }]),
  conv("zh", ["湄南河饮料谁是决策人", { acc: [CPB], has: ["Somchai"] }]),
  // Other accounts.
  conv("zh", ["橙乡 谢总 电话多少", { acc: [CX], has: ["0797-555-1401"] }]),
  conv(
    "zh",
    ["木森家具上次联系啥时候", { acc: [MS], has: ["4月8|04-08|4-8"] }],
    ["帮我记一下 明天给钟国平打电话问问明年包装计划", { tool: "add_action", card: "confirm", acc: [MS] }],
  ),
  conv("zh", [
    "瑞康那个采购意向 啥时候采购 预算多少",
    { acc: [RK], has: ["180万|1,800,000|1800000", "2027年3月|2027-03|3月"] },
  ]),
  // Lists and filters.
  conv("zh", ["哪些客户很久没联系了", { tool: "stale_accounts", has: ["木森"] }]),
  conv("zh", ["我在泉州有几个客户", { has: ["启航", "晋茗"], not: ["安心药业", "百合"] }]),
  conv("zh", ["湖南的客户给我列下", { has: ["洞庭", "星沙", "芙蓉"], not: ["湘江", "君山", "岳麓"] }]),
  conv("zh", ["南昌有哪些客户", { has: ["滕王", "瑞康"], not: ["瑶湖"] }]),
  conv("zh", ["12月底前要签的单子有哪些", { has: ["庐峰乳业", "安心", "滕王调味品", "星沙"], not: ["湘江", "岳麓"] }]),
  conv("zh", ["12月15号之前能签的单子", { has: ["晋茗", "Saigon|西贡", "滕王调味品"], not: ["庐峰乳业", "湘江"] }]),
  conv("zh", [
    "跟鑫诺在抢的单子有哪些",
    { tool: "competitor_deals", has: ["庐峰乳业", "安心", "晋茗"], not: ["湘江", "岳麓"] },
  ]),
  conv("zh", ["裕丰今年抢了我们哪些单", { tool: "competitor_deals", has: ["洞庭"], not: ["瑶湖"] }]),
  conv("zh", [
    "逾期账款汇总一下",
    { has: ["滕王调味品", "好运", "Saigon|西贡", "100万|1,000,000|1000000"], not: ["万通", "岳麓"] },
  ]),
  // Tenders.
  conv("zh", ["有没有快截标的招标", { tool: "tender_matches", has: ["庐峰", "12月10|12-10"] }]),
  conv(
    "zh",
    ["庐峰乳业那个招标要啥资质", { acc: [LFR], has: ["生产许可证"] }],
    ["截标是哪天", { acc: [LFR], has: ["12月10|12-10"] }],
  ),
  // Scores, plans, forecasts, weeks.
  conv("zh", ["庐峰乳业的评分为啥这么低", { tool: "explain_score", acc: [LFR] }]),
  conv("zh", ["我的客户里哪些风险高", { tool: "at_risk_accounts" }]),
  conv("zh", ["给滕王集团做个客户计划", { tool: "generate_plan", acc: [TW] }]),
  conv("zh", ["我今年预测完成得咋样 还差多少", { tool: "forecast" }]),
  conv("zh", ["庐峰乳业的时间线拉一下", { tool: "account_timeline", acc: [LFR] }]),
  // Writes by chat.
  conv("zh", [
    "帮我记一下 今天上午拜访了余春燕 她说样品没问题 价格还要再谈",
    { tool: "log_interaction", card: "confirm", acc: [LFR] },
  ]),
  conv("zh", [
    "刚跟施国强打了电话 杯膜他们想12月3号前定 记一下",
    { tool: "log_interaction", card: "confirm", acc: [JM] },
  ]),
  conv("zh", ["提醒我12月1号去星沙云仓找谭芳签托盘合同", { tool: "add_action", card: "confirm", acc: [XS] }]),
  conv("zh", [
    "星沙那个托盘单子赢了 75万",
    { tool: "update_opportunity", card: "confirm", acc: [XS], has: ["75万|750,000|750000"] },
  ]),
  conv("zh", [
    "信江冷链保温箱那单推迟到明年1月15号",
    { tool: "update_opportunity", card: "confirm", acc: [XJ], has: ["1月15|01-15"] },
  ]),
  conv("zh", ["晋茗的杯膜丢了 给鑫诺了", { tool: "update_opportunity", card: "confirm", acc: [JM], has: ["鑫诺"] }]),
  conv("zh", [
    "把庐峰乳业包装膜那个单子的签约日期改到12月22号",
    { tool: "update_opportunity", card: "confirm", acc: [LFR], has: ["12月22|12-22"] },
  ]),
  // Not in the book, another team's, out of scope.
  conv("zh", ["湘江乳业怎么样了", { acc: [], has: [NF] }]),
  conv("zh", ["岳麓制药刘德明电话给我下", { acc: [], has: [NF], not: ["0731-555-2601"] }]),
  conv("zh", ["鄱阳湖乳业那边咋样了", { acc: [], has: [NF] }]),
  conv("zh", ["帮我订一张明天去厦门的机票", { tool: "none", acc: [] }]),
  // The manager sees the team, not the other team.
  asUser("manager", conv("zh", ["团队逾期款有哪些", { has: ["万通", "滕王调味品", "好运"], not: ["岳麓"] }])),
  asUser("manager", conv("zh", ["万丽娟那边湘江乳业的单子啥时候签", { acc: [XJR], has: ["12月11|12-11"] }])),
  asUser("manager", conv("zh", ["瑶湖家电那单为啥丢了", { acc: [YH], has: ["裕丰"] }])),
  asUser("manager", conv("zh", ["岳麓制药情况咋样", { acc: [], has: [NF] }])),
  asUser("manager", conv("zh", ["看下团队的KPI", { tool: "portfolio_kpis" }])),
  // rep2 and rep3 see their own.
  asUser("rep2", conv("zh", ["湘江乳业那单对手是谁", { acc: [XJR], has: ["鑫诺"] }])),
  asUser("rep2", conv("zh", ["万通仓储欠多少", { acc: [WT], has: ["33万|330,000|330000"] }])),
  asUser("rep2", conv("zh", ["庐峰乳业最近咋样", { acc: [], has: [NF] }])),
  asUser(
    "rep3",
    conv("zh", ["岳麓制药欠款多少 啥时候到期的", { acc: [YL], has: ["50万|500,000|500000", "8月31|08-31|8-31"] }]),
  ),
  asUser("rep3", conv("zh", ["刘总最近聊了啥", { acc: [YL], has: ["刘德明"] }])),
  asUser("rep3", conv("zh", ["滕王集团情况", { acc: [], has: [NF] }])),
]);
