// Chinese conversations over the twelfth book (evals/books/guzhen), typed the way account managers type. Written blind;
// every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  ANS,
  BJA,
  DL,
  HGL,
  HP,
  KX,
  LH,
  LJ,
  LJH,
  LJY,
  MZH,
  MZT,
  PRM,
  QXS,
  SNC,
  SYW,
  XS,
  YF,
  YJM,
  ZSC,
  ZZC,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|未找到|查不到";

export const GUZHEN_ZH = named("guzhen-zh", [
  // Accounts, near-duplicates, pinyin and typos.
  conv("zh", ["明珠体育最近咋样", { acc: [MZT], has: ["明珠体育"] }]),
  conv("zh", ["明珠那边谁拍板啊", { card: "choices", acc: [MZT, MZH] }]),
  conv(
    "zh",
    ["明珠体育中心 权力地图", { tool: "power_map", acc: [MZT], has: ["林国栋", "黄志杰", "梁晓云"] }],
    ["梁晓云汇报给谁", { acc: [MZT], has: ["林国栋"] }],
    ["她跟哪家竞争对手走得近", { acc: [MZT], has: ["星耀"] }],
  ),
  conv("zh", ["明珠酒店外立面那个单子多少钱 到哪步了", { acc: [MZH], has: ["65万|650,000|0.65M|650000"] }]),
  conv("zh", ["mingzhu jiudian 何俊电话多少", { acc: [MZH], has: ["0757-555-0202"] }]),
  conv("zh", ["mingzhu tiyu 梁晓云上次沟通说了啥", { acc: [MZT], has: ["发票|星耀"] }]),
  // Same surname and title at two accounts (a third at another team's account, invisible).
  conv("zh", ["黄经理上次啥时候联系的", { card: "choices", acc: [MZT, LH] }]),
  conv(
    "zh",
    ["利和酒店的黄经理 上次啥时候聊的", { acc: [LH], has: ["11月20|11-20"] }],
    ["她上面是谁", { acc: [LH], has: ["钟丽君"] }],
  ),
  conv("zh", ["利和有啥钱没收", { acc: [LH], has: ["7万|70,000|0.07M|70000"] }]),
  conv("zh", ["钟总说想在大堂加块屏 那个是哪家来着", { acc: [LH], has: ["利和"] }]),
  // The group and its children.
  conv("zh", [
    "漓江文旅集团下面几家公司 汇总一下",
    { tool: "group_overview", acc: [LJ, LJH, LJY], has: ["欢乐谷", "夜游"] },
  ]),
  conv("zh", ["漓江夜游那个舞台屏咋丢的", { acc: [LJY], has: ["锐晶"] }]),
  conv("zh", ["欢乐谷灯光秀 秦总说预算多少来着", { acc: [LJH], has: ["150万|1,500,000|1.5M|1500000"] }]),
  conv("zh", ["漓江集团采购那个韦总 对我们啥态度", { acc: [LJ], has: ["韦国强"] }]),
  // A departed contact and the successor.
  conv(
    "zh",
    ["中山城管局照明科科长现在是谁", { acc: [ZSC], has: ["曾嘉怡"] }],
    ["之前那个刘科长呢", { acc: [ZSC], has: ["离职|调离|离开|不在|已走"] }],
  ),
  conv("zh", ["中山城管 还欠我们多少钱", { acc: [ZSC], has: ["26万|260,000|0.26M|260000"] }]),
  conv("zh", ["中山城管局路灯二期有采购意向出来没", { acc: [ZSC], has: ["330万|3,300,000|3.3M|3300000|2027年1月"] }]),
  // Money.
  conv(
    "zh",
    ["我手上哪些客户逾期没回款", { has: ["明珠体育", "中山", "和平", "三亚湾"], not: ["象山", "神农城"] }],
    ["加起来一共多少", { has: ["124万|1,240,000|1.24M|1240000"] }],
  ),
  conv("zh", ["和平中学尾款啥时候能到", { acc: [HP], has: ["38万|380,000|0.38M|380000"] }]),
  conv("zh", ["和平那边叶校长上次见是啥时候", { acc: [HP], has: ["10月20|10-20"] }]),
  conv("zh", ["三亚湾 有啥风险", { acc: [SYW], has: ["42万|420,000|0.42M|420000"] }]),
  conv("zh", ["三亚湾商街景观照明 谈判那个 预计啥时候签", { acc: [SYW], has: ["12月5|12-05|12月05"] }]),
  conv("zh", ["三亚湾那个客户谁是决策人", { acc: [SYW], has: ["陈海燕"] }]),
  conv("zh", ["三亚湾 李明辉上次说了啥", { acc: [SYW], has: ["色温"] }]),
  // Stale accounts.
  conv("zh", ["葵乡体育馆多久没联系了", { acc: [KX], has: ["4月8|04-08"] }]),
  conv("zh", ["哪些客户很久没跟进了", { tool: "stale_accounts", has: ["葵乡"] }]),
  // Tenders.
  conv("zh", ["株洲城管局 招标啥时候开标", { acc: [ZZC], has: ["12月10|12-10"] }]),
  conv("zh", ["最近有没有跟我客户相关的招标", { tool: "tender_matches", has: ["株洲"] }]),
  conv("zh", ["椰风广场那个外立面屏最后给谁了", { acc: [YF], has: ["锐晶"] }]),
  conv("zh", ["株洲城管易处长电话", { acc: [ZZC], has: ["0731-555-1102"] }]),
  conv("zh", [
    "那个就是我们之前去的那个株洲的城管局他们那个路灯的项目现在到底到哪个阶段了然后竞争对手是谁啊",
    { acc: [ZZC], has: ["星耀"] },
  ]),
  // People.
  conv(
    "zh",
    ["邕江博物馆 谁说了算", { acc: [YJM], has: ["黎文博"] }],
    ["甘露向谁汇报", { acc: [YJM], has: ["黎文博"] }],
  ),
  conv("zh", ["邕江博物馆 邓一鸣 手机号", { acc: [YJM], has: ["0771-555-0603"] }]),
  conv("zh", ["青秀三景区 夜景亮化 多少钱的单子", { acc: [QXS], has: ["110万|1,100,000|1.1M|1100000"] }]),
  // Lists, filters, scores, comparisons, plans.
  conv("zh", ["我的客户里哪些是博物馆", { has: ["邕江", "Pasig"] }]),
  conv("zh", ["广西的客户列一下", { has: ["漓江", "邕江", "青秀山"], not: ["象山", "邕宁"] }]),
  conv("zh", ["和平最近咋样", { acc: [HP], has: ["和平中学"] }]),
  conv("zh", ["明珠体育的分数为啥这么低", { tool: "explain_score", acc: [MZT] }]),
  conv("zh", ["比较下株洲城管和中山城管", { tool: "compare_accounts", acc: [ZZC, ZSC] }]),
  conv("zh", ["今年年底前能签下来的单子有哪些", { has: ["邕江", "三亚湾"] }]),
  conv("zh", ["星耀照明在我这边跟我们抢了哪些单", { tool: "competitor_deals", has: ["明珠体育", "株洲"] }]),
  conv("zh", ["帮我给明珠体育做个客户计划", { tool: "generate_plan", acc: [MZT] }]),
  conv("zh", ["这周我该忙啥", { tool: "my_week" }]),
  // Writes by chat.
  conv("zh", ["邕博 新展厅那个单子拿下了 135万 签了", { tool: "update_opportunity", card: "confirm", acc: [YJM] }]),
  conv("zh", [
    "明珠体育主场馆照明 金额改成265万 星耀压价了",
    { tool: "update_opportunity", card: "confirm", acc: [MZT], has: ["265万|2,650,000|2.65M|2650000"] },
  ]),
  conv("zh", [
    "刚跟中山城管吴海通了电话，二期单灯测试报告他们收到了，记一下",
    { tool: "log_interaction", card: "confirm", acc: [ZSC] },
  ]),
  conv("zh", [
    "今天下午去了华盖里 见了苏倩 她说灯杆比选下个月出结果 帮我记下",
    { tool: "log_interaction", card: "confirm", acc: [HGL] },
  ]),
  conv("zh", [
    "明天去拜访株洲城管易红 聊开标准备 帮我加个待办",
    { tool: "add_action", card: "confirm", acc: [ZZC], has: ["11月23|11-23|明天"] },
  ]),
  conv("zh", [
    "12月3号约了青秀山农主任 提醒我带夜景案例过去",
    { tool: "add_action", card: "confirm", acc: [QXS], has: ["12月3|12-03"] },
  ]),
  // Not in the book, another team's or out of scope.
  conv("zh", ["小榄体育中心最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["海棠湾度假区 黄经理电话多少", { acc: [], has: [NF] }]),
  conv("zh", ["东莞华星体育馆 什么情况", { acc: [], has: [NF] }]),
  conv("zh", ["帮我订张明天去南宁的机票", { tool: "none", acc: [] }]),
  // Other users.
  asUser("manager", conv("zh", ["碉楼文旅最近有啥进展", { acc: [DL], has: ["关永昌"] }])),
  asUser("manager", conv("zh", ["团队里逾期没回款的客户有哪些", { has: ["象山", "和平", "三亚湾"], not: ["神农城"] }])),
  asUser("manager", conv("zh", ["纳希尔体育场那个单子怎么样了", { acc: [], has: [NF] }])),
  asUser("rep2", conv("zh", ["象山城管局的款催到哪了", { acc: [XS], has: ["65万|650,000|0.65M|650000"] }])),
  asUser("rep2", conv("zh", ["明珠体育中心谁在跟", { acc: [], has: [NF] }])),
  asUser("rep3", conv("zh", ["纳希尔体育场 谈到哪一步了", { acc: [ANS], has: ["520万|5,200,000|5.2M|5200000"] }])),
  asUser("rep3", conv("zh", ["神农城 欠款多少", { acc: [SNC], has: ["68万|680,000|0.68M|680000"] }])),
  // Overseas accounts by their Chinese aliases.
  conv("zh", ["武吉加里尔体育馆那个项目 对手是谁", { acc: [BJA], has: ["Lumara"] }]),
  conv("zh", ["巴石河博物馆 预算啥时候批", { acc: [PRM], has: ["2027|一季度|Q1"] }]),
  conv("zh", ["tan wei ling 上次联系是啥时候", { acc: [BJA], has: ["11月18|11-18"] }]),
]);
