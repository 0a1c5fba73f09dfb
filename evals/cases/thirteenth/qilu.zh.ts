// Chinese conversations over the thirteenth book (evals/books/qilu), typed the way account managers type. Written blind:
// every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AGT,
  CDF,
  DZ,
  FS,
  HFQ,
  HR,
  HT,
  HX,
  JN,
  JSM,
  JSZ,
  LC,
  LJ,
  LL,
  SG,
  SHJ,
  TAC,
  TAU,
  TY,
  TZ,
  YD,
  ZQ,
  ZY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到";
/** Every account rep1 (石海燕) owns. */
const R1 = [JSZ, JSM, LL, DZ, LC, SG, TY, FS, TAU, YD, TZ, JN, HX, HR, TAC, HT];

export const QILU_ZH = named("qilu-zh", [
  // Accounts, short names, near-duplicates, pinyin and typos.
  conv("zh", ["金穗那边最近啥情况", { card: "choices", acc: [JSZ, JSM] }]),
  conv("zh", ["金穗种业谁拍板", { tool: "power_map", acc: [JSZ], has: ["高振东"] }]),
  conv("zh", ["金穗面粉的韩雪是干啥的", { acc: [JSM], has: ["生产部经理"] }]),
  conv(
    "zh",
    ["鲁粮集团 权力地图", { tool: "power_map", acc: [LL], has: ["李长河", "周敏", "杜鹏"] }],
    ["杜鹏向谁汇报", { acc: [LL], has: ["李长河"] }],
  ),
  conv("zh", ["鲁粮下面那几个库 汇总一下", { tool: "group_overview", acc: [LL, DZ, LC], has: ["德州", "聊城"] }]),
  conv("zh", ["聊城粮库那个平房仓为啥丢了", { acc: [LC], has: ["沃田"] }]),
  conv(
    "zh",
    ["寿光集团有啥风险", { acc: [SG], has: ["45万|450,000|450000|0.45M"] }],
    ["赵明亮走了以后谁接的", { acc: [SG], has: ["孙立伟"] }],
    ["他跟禾丰关系咋样", { acc: [SG], has: ["禾丰"] }],
  ),
  conv("zh", ["寿光那边的客户都有哪些", { acc: [SG, TY], has: ["寿光蔬菜|寿光集团", "田园"] }]),
  conv("zh", ["shouguang jituan 现在技术总监是谁", { acc: [SG], has: ["孙立伟"] }]),
  conv("zh", ["丰收那边还欠钱没", { acc: [FS], has: ["6万|60,000|60000", "12月10|12-10"] }]),
  conv("zh", ["丰收合作社的崔大勇最近说啥了", { acc: [FS], has: ["无人机"] }]),
  conv("zh", ["王主任电话多少", { card: "choices", acc: [DZ, YD] }]),
  conv("zh", ["豫东粮库王主任 上次联系是啥时候", { acc: [YD], has: ["11月20|11-20"] }]),
  conv("zh", ["dezhou liangku 最近一次拜访是啥时候", { acc: [DZ], has: ["11月16|11-16"] }]),
  conv("zh", ["泰农大那个实训基地 啥进展了", { acc: [TAU], has: ["120万|1,200,000|1200000|1.2M"] }]),
  conv("zh", ["寒亭农业局谁管农田建设", { acc: [HT], has: ["陈静"] }]),
  conv("zh", ["冀南 那个魏董上次说了啥", { acc: [JN], has: ["26万|260,000|260000"] }]),
  conv("zh", [
    "那个就是禾润食品那个林悦上周说明年春天要上滴灌嘛你看看那个商机现在什么阶段金额多少",
    { acc: [HR], has: ["40万|400,000|400000|0.4M"] },
  ]),
  conv("zh", ["金穗面粉 原粮烘干塔预计啥时候签", { acc: [JSM], has: ["1月15|01-15|1-15"] }]),
  // Money.
  conv(
    "zh",
    [
      "我哪些客户逾期了 各欠多少",
      { acc: R1, has: ["德州", "寿光", "冀南", "金穗种业", "180万|1,800,000|1800000|1.8M"] },
    ],
    ["加起来一共多少", { acc: R1, has: ["263万|2,630,000|2630000|2.63M"] }],
  ),
  conv("zh", ["德州粮库尾款啥时候到期的", { acc: [DZ], has: ["180万|1,800,000|1800000|1.8M", "10月15|10-15"] }]),
  conv("zh", ["冀南种业欠咱多少钱", { acc: [JN], has: ["26万|260,000|260000"] }]),
  // Stale, scores, competitors, forecast, week.
  conv("zh", ["好久没联系的客户有哪些", { tool: "stale_accounts", acc: R1, has: ["天中"] }]),
  conv("zh", ["天中农业上回联系是啥时候", { acc: [TZ], has: ["6月18|06-18|6-18"] }]),
  conv("zh", ["豫东粮库分数为啥这么低", { tool: "explain_score", acc: [YD] }]),
  conv("zh", ["金穗种业那个温室项目 对手是谁", { acc: [JSZ], has: ["禾丰"] }]),
  conv("zh", ["红星农场飞防为啥丢了", { acc: [HX], has: ["禾丰"] }]),
  conv("zh", ["沃田在我哪些单子上跟咱抢", { tool: "competitor_deals", acc: R1, has: ["鲁粮", "豫东"] }]),
  conv("zh", ["比较下德州粮库和聊城粮库", { tool: "compare_accounts", acc: [DZ, LC] }]),
  conv("zh", ["帮我看下12月能签下来的单子", { tool: "forecast", acc: R1 }]),
  conv("zh", ["这礼拜我该干点啥", { tool: "my_week" }]),
  // Tenders.
  conv("zh", ["有没有跟我客户有关的招标", { tool: "tender_matches", acc: R1, has: ["鲁粮"] }]),
  conv("zh", ["鲁粮那个粮情监测的标 啥时候截止", { acc: [LL], has: ["12月11|12-11"] }]),
  conv("zh", ["聊城粮库平房仓那个项目最后谁中标了", { acc: [LC], has: ["沃田"] }]),
  // Writes.
  conv("zh", [
    "刚跟金穗种业刘芳打了电话，她同意补光系统换国产方案 价格降5%",
    { tool: "log_interaction", card: "confirm", acc: [JSZ] },
  ]),
  conv("zh", [
    "刚从丰收合作社回来 崔大勇确认明年再订两台无人机",
    { tool: "log_interaction", card: "confirm", acc: [FS] },
  ]),
  conv("zh", [
    "明天去豫东粮库拜访范永强 谈让点的事",
    { tool: "add_action", card: "confirm", acc: [YD], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "提醒我12月1号给冀南种业发催款函",
    { tool: "add_action", card: "confirm", acc: [JN], has: ["12月1|12-01|2026-12-01"] },
  ]),
  conv("zh", ["寿光集团温室二期 签了！改成赢单", { tool: "update_opportunity", card: "confirm", acc: [SG] }]),
  conv("zh", [
    "田园合作社那个水肥项目金额改成72万",
    { tool: "update_opportunity", card: "confirm", acc: [TY], has: ["72万|720,000|720000"] },
  ]),
  conv("zh", ["给寒亭农业局做个客户计划", { tool: "generate_plan", acc: [HT] }]),
  // Overseas with a Chinese alias.
  conv("zh", ["塔什干农业集群 在跟谁竞争", { acc: [TAC], has: ["Nilegreen|尼绿"] }]),
  // Not in the book, another rep's or another team's.
  conv("zh", ["阿拉木图粮食码头欠款多少", { acc: [], has: [NF] }]),
  conv("zh", ["开罗三角洲农场最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["松花江粮库王主任最近联系过没", { acc: [], has: [NF] }]),
  conv("zh", ["青岛海丰农机合作社最近怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["帮我写个年终总结发朋友圈", { acc: [] }]),
  // Other users.
  asUser(
    "manager",
    conv("zh", ["咱们部门哪些客户逾期了", { acc: [...R1, ZQ, AGT, ZY, LJ], has: ["德州", "阿拉木图|Almaty"] }]),
  ),
  asUser("manager", conv("zh", ["开罗三角洲农场啥情况", { acc: [], has: [NF] }])),
  asUser("rep2", conv("zh", ["正阳花生烘干线啥时候签", { acc: [ZY], has: ["12月|聂红军"] }])),
  asUser("rep2", conv("zh", ["金穗种业最近咋样", { acc: [], has: [NF] }])),
  asUser("rep3", conv("zh", ["黄泛区欠的钱啥时候到", { acc: [HFQ], has: ["64万|640,000|640000"] }])),
  asUser("rep3", conv("zh", ["松花江粮库王主任最近问了啥", { acc: [SHJ], has: ["粮情"] }])),
  asUser("rep3", conv("zh", ["开罗那个客户 对手是谁", { acc: [CDF], has: ["Nilegreen|尼绿"] }])),
]);
