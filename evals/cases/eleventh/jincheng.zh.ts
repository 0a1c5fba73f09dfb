// Chinese conversations over the eleventh book (evals/books/jincheng), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import {
  AQ,
  CP,
  CS,
  DC,
  DMH,
  FJ,
  GLM,
  JB,
  JFB,
  JHH,
  JHP,
  KN,
  LH,
  LJ,
  MY,
  SC,
  SJK,
  SL,
  TF,
  TH,
  VLH,
  XS,
  XT,
  YG,
  ZC,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到";

export const JINCHENG_ZH = named("jincheng-zh", [
  // Overviews by short name, typos, pinyin.
  conv("zh", ["锦华酒店最近啥情况", { acc: [JHH], has: ["锦华"] }]),
  conv("zh", ["锦华那个单子到哪步了", { card: "choices", acc: [JHH, JHP] }]),
  conv(
    "zh",
    ["锦华广场 楼宇自控那个项目", { acc: [JHP], has: ["120万|1,200,000|1200000"] }],
    ["对手是谁", { acc: [JHP], has: ["蓉科"] }],
  ),
  conv("zh", ["jinhua jiudian 谁拍板", { acc: [JHH], has: ["周文斌"] }]),
  conv("zh", ["双流机场T1那个改造啥时候截标", { acc: [SL], has: ["12月15|12-15"] }]),
  conv("zh", ["双流那边谁在挡我们", { acc: [SL], has: ["孙明"] }], ["他向谁汇报", { acc: [SL], has: ["马国栋"] }]),
  conv("zh", ["shuangliu 权力地图给我看下", { tool: "power_map", acc: [SL], has: ["马国栋", "王海涛"] }]),
  conv("zh", ["阳光医院 欠我们多少钱", { acc: [YG], has: ["32万|320,000|320000"] }]),
  conv("zh", [
    "阳光那边手术部空调改造 多少钱 啥时候关",
    { acc: [YG], has: ["120万|1,200,000|1200000", "12月10|12-10"] },
  ]),
  conv("zh", ["阳光医院 院长是谁 态度咋样", { acc: [YG], has: ["陈德华"] }]),
  // Group and departed contact.
  conv("zh", ["山城集团下面几家一起看看", { tool: "group_overview", acc: [SC, JFB, JB], has: ["解放碑", "江北"] }]),
  conv(
    "zh",
    ["山城置业有啥风险没", { acc: [SC], has: ["刘晓峰"] }],
    ["接他班的是谁", { acc: [SC], has: ["陈静"] }],
    ["她对我们啥态度", { acc: [SC], has: ["中立|neutral"] }],
  ),
  conv("zh", ["山城江北的维保为啥丢了", { acc: [JB], has: ["蓉科"] }]),
  conv("zh", ["解放碑购物中心冷站改造 邓丽说啥时候签", { acc: [JFB], has: ["12月20|12-20"] }]),
  // People with same surname + title.
  conv("zh", ["王总监上次啥时候聊的", { card: "choices", acc: [JHH, SL] }]),
  conv("zh", ["锦华酒店王总监电话多少", { acc: [JHH], has: ["028-555-0102"] }]),
  conv("zh", ["王志刚是哪家的", { acc: [], not: ["天府云谷"] }]),
  conv("zh", ["双流机场 刘芳 上次联系是啥时候", { acc: [SL], has: ["11月11|11-11"] }]),
  // Data centres, competitors.
  conv("zh", ["绵阳云数据二期那个制冷 冰川在压价吗", { acc: [MY], has: ["冰川"] }]),
  conv("zh", ["MYDC 谁说了算", { acc: [MY], has: ["蒋涛"] }], ["采购那个呢 叫啥", { acc: [MY], has: ["罗琳"] }]),
  conv("zh", [
    "筑城云液冷 输给谁了 多少钱",
    { acc: [ZC], has: ["冰川", "275万|2,750,000|2750000|280万|2,800,000|2800000"] },
  ]),
  conv("zh", ["蓉科机电跟我们抢了哪些单子", { tool: "competitor_deals", has: ["锦华", "双流", "山城"] }]),
  conv("zh", [
    "冰川现在跟哪些项目",
    { tool: "competitor_deals", has: ["绵阳|MYDC", "筑城云"], not: ["天府云谷", "仙桃"] },
  ]),
  // Lists and filters.
  conv("zh", ["我在绵阳有哪些客户", { tool: "find_accounts", has: ["绵阳科技城|云数据", "涪江"] }]),
  conv(
    "zh",
    ["列下我的医院客户", { has: ["阳光", "康宁", "涪江"] }],
    ["第二个最近联系是啥时候", { acc: [YG, KN, FJ] }],
  ),
  conv("zh", ["重庆的客户都有哪些", { has: ["解放碑", "两江明珠"], not: ["仙桃", "西永"] }]),
  conv("zh", ["有哪些客户很久没跟进了", { tool: "stale_accounts", has: ["三江口"] }]),
  conv("zh", ["三江口酒店上次去是啥时候", { acc: [SJK], has: ["4月10|04-10"] }]),
  conv("zh", ["哪些客户有逾期款", { has: ["双流", "阳光", "Lotus|莲花"], not: ["Marina", "码头"] }]),
  conv("zh", ["年底前能关的单子加起来多少", { tool: "forecast", has: ["1800万|18,000,000|18000000|1,800万"] }]),
  conv("zh", ["我现在风险最大的几个客户", { tool: "at_risk_accounts" }]),
  conv("zh", ["两江明珠那笔70万 到期没", { acc: [LJ], has: ["12月10|12-10"] }]),
  // Scores, compare, plans, tenders.
  conv("zh", ["康宁医院评分为啥这么低", { tool: "explain_score", acc: [KN] }]),
  conv("zh", ["对比下双流机场跟绵阳云数据", { tool: "compare_accounts", acc: [SL, MY] }]),
  conv("zh", ["帮我给滇池会展做个客户计划", { tool: "generate_plan", acc: [DC] }]),
  conv("zh", ["最近有啥招标跟我客户有关的", { tool: "tender_matches", has: ["双流"] }]),
  conv("zh", ["西蜀理工那个采购意向 预算多少", { acc: [XS], has: ["200万|2,000,000|2000000"] }]),
  conv("zh", ["这周我该干啥", { tool: "my_week" }]),
  // Writes.
  conv("zh", [
    "刚跟天合梁总通了电话，他们想先做一栋楼的BA试点，记一下",
    { tool: "log_interaction", acc: [TH], card: "confirm" },
  ]),
  conv("zh", [
    "今天上午去涪江医院见了白主任 方案她认可 要补节能量担保条款",
    { tool: "log_interaction", acc: [FJ], card: "confirm" },
  ]),
  conv("zh", [
    "明天去康宁医院找谭科长签维保合同 提醒我",
    { tool: "add_action", acc: [KN], card: "confirm", args: { due: "2026-11-23" } },
  ]),
  conv("zh", [
    "12月3号约了西蜀理工韩雪主任过方案 帮我加个待办",
    { tool: "add_action", acc: [XS], card: "confirm", args: { due: "2026-12-03" } },
  ]),
  conv("zh", ["解放碑冷站改造赢了 合同签了", { tool: "update_opportunity", acc: [JFB], card: "confirm" }]),
  conv("zh", ["锦华酒店那个空调改造 金额改成170万", { tool: "update_opportunity", acc: [JHH], card: "confirm" }]),
  conv("zh", ["阳光医院那单推迟到12月25号关", { tool: "update_opportunity", acc: [YG], card: "confirm" }]),
  conv("zh", ["跟两江明珠的孙明约个饭 明天", { tool: "none", acc: [LJ, SL] }]),
  conv("zh", ["万象莲花酒店欠的那笔钱 还没给吗", { acc: [VLH], has: ["18万|180,000|180000"] }]),
  conv("zh", ["仰光金地商场 设施经理是谁", { acc: [GLM], has: ["Khin Mya Win"] }]),
  conv("zh", ["阳光的郭科长 最近聊过没", { acc: [YG], has: ["11月17|11-17"] }]),
  conv("zh", ["双流区我有哪些客户", { has: ["双流"] }]),
  // Not found, invisible, ambiguous, out of scope.
  conv("zh", ["乐山大佛景区酒店 有没有在跟", { acc: [], has: [NF] }]),
  conv("zh", ["仙桃数据港的单子啥进展", { acc: [], not: ["250万", "2,500,000", "姚远"] }]),
  conv("zh", ["天府云谷液冷谈到哪了", { acc: [], not: ["500万", "5,000,000", "王志刚"] }]),
  conv("zh", ["帮我写首诗 关于成都的秋天", { tool: "none", acc: [] }]),
  // Other users.
  asUser("rep2", conv("zh", ["蓝海购物公园啥时候能关", { acc: [LH], has: ["12月16|12-16"] }])),
  asUser("rep2", conv("zh", ["锦华酒店的情况", { acc: [], not: ["周文斌", "180万"] }])),
  asUser(
    "manager",
    conv("zh", ["团队年底前的单子 预测一下", { tool: "forecast", has: ["1920万|19,200,000|19200000|19.2M|1,920万"] }]),
  ),
  asUser("manager", conv("zh", ["苏曼那边翠屏职院 谁是对接人", { acc: [CP], has: ["温岚"] }])),
  asUser("manager", conv("zh", ["天府云谷谁在跟", { acc: [], not: ["王志刚"] }])),
  asUser("rep3", conv("zh", ["天府云谷液冷 对手是谁", { acc: [TF], has: ["冰川"] }])),
  asUser("rep3", conv("zh", ["长水物业续签咋样了", { acc: [], not: ["戴立"] }])),
  asUser("rep2", conv("zh", ["仙桃数据港 对手是哪家", { acc: [XT], has: ["冰川"] }])),
  asUser("rep2", conv("zh", ["长水物业谁拍板", { acc: [CS], has: ["戴立"] }])),
  asUser("rep3", conv("zh", ["迪拜码头大厦 有没有欠款", { acc: [DMH], has: ["35万|350,000|350000"] }])),
  asUser("rep3", conv("zh", ["阿尔古德拉数据中心的CTO 上次啥时候联系的", { acc: [AQ], has: ["11月9|11-09|11-9"] }])),
]);
