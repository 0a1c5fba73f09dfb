// Chinese conversations over the thirtieth book (evals/books/wuyi), typed or dictated the way account managers do it.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the
// book's README. rep1 (林雅婷) dictates by phone (no punctuation, fillers, homophones, numbers in words) or types a
// few characters.
import { asUser, conv, named } from "../conversation-types";
import {
  CD,
  CY,
  FZ,
  GT,
  GTJK,
  HC,
  HCK,
  HCL,
  JDZ,
  JJ,
  JJK,
  KJ,
  KVEL,
  MMCT,
  MX,
  MY,
  PC,
  PT,
  QZ,
  SR,
  ST,
  YG,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到";
/** Every account rep1 (林雅婷) owns. */
const R1 = [MY, FZ, QZ, HCK, HCL, HC, JDZ, CD, KJ, YG, MX, SR, CY, GT, KVEL, MMCT];
/** Every account the manager (陈振南) sees: rep1's and rep2's. */
const MGR = [...R1, GTJK, JJ, JJK, PT];

export const WUYI_ZH = named("wuyi-zh", [
  // Short names, near-duplicates, places, common words, homophones.
  conv("zh", ["闽运公交最近咋样", { card: "choices", acc: [MY, FZ, QZ] }]),
  conv(
    "zh",
    ["嗯那个洪城那边最近怎么样了就是南昌那家我有点记不清了", { card: "choices", acc: [HCK, HCL] }],
    ["冷链那个", { acc: [HCL], has: ["途联"] }],
  ),
  conv("zh", ["景德镇那边咱手上有几家客户", { acc: [JDZ, CD], has: ["景德镇公交|景德镇市公共交通", "瓷都"] }]),
  conv("zh", ["快捷咋样了", { acc: [KJ], has: ["30万|300,000|300000|0.3M"] }]),
  conv("zh", ["甬港欠款", { acc: [YG], has: ["80万|800,000|800000|0.8M"] }]),
  conv("zh", [
    "那个福州公交的充电桩那个单子嗯就是一百二十台那个现在什么情况然后星驰那边报价是不是比我们低",
    { acc: [FZ], has: ["380万|3,800,000|3800000|3.8M", "8%|8个点|百分之八"] },
  ]),
  conv("zh", [
    "那个民运集团的能源管理平台那个单子多少钱来着就是郑总上次说要先试点的那个",
    { acc: [MY], has: ["560万|5,600,000|5600000|5.6M"] },
  ]),

  // People, reporting lines, introductions, phones.
  conv(
    "zh",
    ["闽运集团最后谁说了算", { tool: "power_map", acc: [MY], has: ["郑国栋"] }],
    ["徐雅琴主任上面是谁", { acc: [MY], has: ["郑国栋"] }],
  ),
  conv("zh", ["洪城快递车管部经理现在换谁了", { acc: [HCK], has: ["彭俊"] }]),
  conv("zh", ["机务部吴经理电话给我下", { card: "choices", acc: [FZ, CY] }]),
  conv(
    "zh",
    ["海沧王主任电话", { acc: [HC], has: ["0592-555-0602"] }],
    ["他们李总监呢", { acc: [HC], has: ["0592-555-0603"] }],
  ),
  conv("zh", [
    "嗯上饶公交处那个周处长好像跟闽能走得比较近我想找个人帮我引荐一下就是他下面谁跟我们关系比较好",
    { tool: "power_map", acc: [SR], has: ["祝文斌"] },
  ]),

  // Money.
  conv(
    "zh",
    ["现在谁家的钱还没回来 给我拉个单子", { acc: R1, has: ["福州", "135万|1,350,000|1350000|1.35M", "甬港", "海沧"] }],
    ["合计是多少", { acc: R1, has: ["279万|2,790,000|2790000|2.79M"] }],
  ),
  conv("zh", ["那个海仓集卡那二十八万尾款怎么还没到账李总监上回说什么来着", { acc: [HC], has: ["验收"] }]),

  // Deals and forecast.
  conv("zh", [
    "年底前能落袋的单子有哪些",
    { tool: "forecast", acc: R1, has: ["福州", "海沧", "MMCT|Metro Manila|马尼拉"] },
  ]),
  conv("zh", [
    "尚饶公交处那个充电场站的项目多大啥时候定",
    { acc: [SR], has: ["460万|4,600,000|4600000|4.6M", "1月15|01-15|12月16|12-16"] },
  ]),
  conv("zh", [
    "今天在路上堵了一个多小时烦死了那个瓷都快运的平台方案是几号要给钟总来着",
    { acc: [CD], has: ["12月10|12-10"] },
  ]),

  // Stale accounts, lists, competitors, groups.
  conv(
    "zh",
    ["有没有很久没跟进的客户", { tool: "stale_accounts", acc: R1, has: ["闽西"] }],
    ["最后一次见他们是哪天", { acc: [MX], has: ["5月12|05-12"] }],
  ),
  conv("zh", [
    "江西的客户都有谁",
    { tool: "find_accounts", acc: [HCK, HCL, JDZ, CD, SR], has: ["洪城快递", "洪城冷链", "景德镇", "瓷都", "上饶"] },
  ]),
  conv("zh", [
    "星驰这家伙现在掺和了我们哪些项目",
    { tool: "competitor_deals", acc: [FZ, HC, GT, CY], has: ["福州", "海沧", "莞通"] },
  ]),
  conv("zh", [
    "闽运集团和它下面的子公司整体看下",
    { tool: "group_overview", acc: [MY, FZ, QZ], has: ["福州", "泉州"] },
  ]),
  conv("zh", ["集卡客户", { acc: [HC, YG], has: ["海沧", "甬港"] }]),
  conv("zh", ["今年都丢了哪些单子 输给谁了", { acc: R1, has: ["洪城冷链", "潮运", "途联", "星驰"] }]),

  // Tenders.
  conv(
    "zh",
    ["公共资源交易网上我的客户最近挂网了没", { tool: "tender_matches", acc: R1, has: ["上饶"] }],
    ["投标截止是几号", { acc: [SR], has: ["12月16|12-16"] }],
  ),
  conv("zh", ["潮韵那个充电桩最后谁中的标多少钱", { acc: [CY], has: ["星驰", "178.6万|1,786,000|1786000|1.786M"] }]),

  // My week, plans.
  conv("zh", ["这几天我重点跟哪些事", { tool: "my_week" }]),
  conv("zh", ["海沧集卡做个客户计划出来", { tool: "generate_plan", acc: [HC] }]),

  // Writes: logs, reminders, deal updates, to-dos done.
  conv("zh", [
    "嗯今天上午去了福州公交见了吴国萍经理那个充电桩方案他说技术上没问题了就等林总上会",
    { tool: "log_interaction", card: "confirm", acc: [FZ], has: ["吴国平"] },
  ]),
  conv("zh", [
    "昨天下午去洪城快递拜访了彭军经理就是那个新来的聊了下终端报价拆分的事情帮我记一下",
    { tool: "log_interaction", card: "confirm", acc: [HCK], has: ["彭俊", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.18去莞通见了罗主管看了快充车位的场地 记下",
    { tool: "log_interaction", card: "confirm", acc: [GT], has: ["罗嘉欣", "11月18|11-18"] },
  ]),
  conv("zh", [
    "明天要去勇港集卡那边找那个应经理催一下那八十万的尾款帮我记个提醒",
    { tool: "add_action", card: "confirm", acc: [YG], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "那个二十五号约了景德镇公交的程科长去场站看充电桩帮我加个待办",
    { tool: "add_action", card: "confirm", acc: [JDZ], has: ["11月25|11-25"] },
  ]),
  conv("zh", ["后天打给瓷都钟总聊平台方案", { tool: "add_action", card: "confirm", acc: [CD], has: ["11月24|11-24"] }]),
  conv("zh", [
    "海沧集卡那个充电站的单子金额改一下改成两百八十万吧陈总那边砍了十万",
    { tool: "update_opportunity", card: "confirm", acc: [HC], has: ["280万|2,800,000|2800000|2.8M"] },
  ]),
  conv("zh", ["瓷都平台那单到报价阶段了 更新下", { tool: "update_opportunity", card: "confirm", acc: [CD] }]),
  conv("zh", [
    "潮运吴经理要的运维续签报价已经发了 那条待办关掉",
    { tool: ["update_action", "list_actions"], acc: [CY] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["厦门公交集团最近有啥消息", { acc: [], has: [NF] }]),
  conv("zh", ["穗通公交最近啥情况", { acc: [], has: [NF], not: ["麦嘉怡", "冯伟强"] }]),
  conv("zh", ["帮我订张明天去南昌的高铁票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", ["咱部门现在逾期没收回来的款加起来多少", { acc: MGR, has: ["321万|3,210,000|3210000|3.21M"] }]),
  ),
  asUser("manager", conv("zh", ["苏慧敏的穗通公交进展怎么样", { acc: [], has: [NF], not: ["麦嘉怡", "冯伟强"] }])),
  asUser(
    "manager",
    conv("zh", ["林雅婷手上在商务谈判的单子有哪些", { acc: R1, has: ["福州", "海沧", "MMCT|Metro Manila|马尼拉"] }]),
  ),
  asUser("rep2", conv("zh", ["九江公交处刘处长上回聊了啥", { acc: [JJ], has: ["能源管理"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我打给港通集卡郭总 问四十二万终端款",
      { tool: "add_action", card: "confirm", acc: [GTJK], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["穗通那边应收还剩多少没回", { acc: [ST], has: ["100万|1,000,000|1000000|1M"] }],
      ["鹏程那笔呢 几号到期", { acc: [PC], has: ["70万|700,000|700000|0.7M", "12月10|12-10"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["福州公交现在啥情况", { acc: [], has: [NF], not: ["吴国平", "林建成"] }])),
]);
