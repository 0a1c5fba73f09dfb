// Chinese conversations over the fortieth book (evals/books/wudang), typed the way account managers type in a hurry.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the
// book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BMCS,
  CFG,
  CFR,
  CFS,
  CH,
  DB,
  EZH,
  EZP,
  GN,
  HD,
  HJ,
  JZ,
  KYJ,
  KYW,
  MD,
  RJ,
  RY,
  SFF,
  SX,
  WJ,
  XDJ,
  XJ,
  ZY,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户|无权";
/** Every account rep1 (汪雨桐) owns. */
const R1 = [CFG, CFR, CFS, KYW, KYJ, EZP, EZH, RJ, RY, WJ, XDJ, DB, SFF, BMCS, JZ, ZY];
/** Every account the manager (严志华) sees: rep1's and rep2's. */
const MGR = [...R1, SX, HJ, CH, MD];

export const WUDANG_ZH = named("wudang-zh", [
  // The group and its near-duplicate members.
  conv(
    "zh",
    ["楚丰那边有啥新动静", { card: "choices", acc: [CFG, CFR, CFS] }],
    ["肉类那家", { acc: [CFR], has: ["280万|2,800,000|2800000|2.8M"] }],
    ["欠款呢 还有多少没回", { acc: [CFR], has: ["120万|1,200,000|1200000|1.2M"] }],
    ["财务那个谁说啥时候给", { acc: [CFR], has: ["吴敏", "40万|400,000|400000|0.4M"] }],
  ),
  conv(
    "zh",
    ["楚风集团谁说了算", { tool: "power_map", acc: [CFG], has: ["陈宏远"] }],
    ["王静上面是谁", { acc: [CFG], has: ["陈宏远"] }],
    ["罗斌是不是偏向别家", { acc: [CFG], has: ["雪峰"] }],
    ["他说对方报价比咱低多少来着", { acc: [CFG], has: ["12%"] }],
  ),
  conv(
    "zh",
    ["楚丰速冻设备部现在谁管", { acc: [CFS], has: ["郭鹏"] }],
    ["之前那个黄经理啥时候走的", { acc: [CFS], has: ["10月|10-|2026-10"] }],
    ["新来这个对咱啥态度", { acc: [CFS], has: ["雪峰|中立"] }],
    ["螺旋速冻机那个项目 金额和预计签约时间", { acc: [CFS], has: ["160万|1,600,000|1600000|1.6M", "1月25|01-25"] }],
  ),
  conv(
    "zh",
    ["楚丰集团连带子公司整体看一下", { tool: "group_overview", acc: [CFG, CFR, CFS], has: ["肉类", "速冻"] }],
    ["三家在跟的商机合计多少", { acc: [CFG, CFR, CFS], has: ["1000万|10,000,000|10000000|10M"] }],
    ["最大那个谁在跟咱抢", { acc: [CFG], has: ["雪峰"] }],
  ),
  conv("zh", ["楚丰肉类跟楚丰速冻对比下", { tool: "compare_accounts", acc: [CFR, CFS] }]),

  // Near-duplicates, a place, a common word, same surname and title.
  conv(
    "zh",
    ["康元那单到哪步了", { card: "choices", acc: [KYW, KYJ] }],
    ["长沙那个", { acc: [KYW], has: ["谈判|negotiation", "145万|1,450,000|1450000|1.45M"] }],
    ["对手谁 报价低多少", { acc: [KYW], has: ["恒温云", "15%"] }],
    ["那江西那家呢 丢给谁了", { acc: [KYJ], has: ["恒温云"] }],
  ),
  conv(
    "zh",
    ["鄂州的客户有几家 都是谁", { acc: [EZP, EZH], has: ["临空", "中心医院"] }],
    ["医院那个预算多少", { acc: [EZH], has: ["90万|900,000|900000|0.9M"] }],
    ["冷链园挂网那个标 哪天开标", { acc: [EZP], has: ["12月10|12-10"] }],
    ["保证金多少", { acc: [EZP], has: ["8万|80,000|80000"] }],
  ),
  conv(
    "zh",
    ["把张主任号码发我", { card: "choices", acc: [EZH, RJ] }],
    ["仁记的", { acc: [RJ], has: ["027-555-0121"] }],
    ["她上次要啥材料 啥时候要", { acc: [RJ], has: ["等保|验证", "11月30|11-30"] }],
    ["她领导是谁", { acc: [RJ], has: ["孙卫东"] }],
  ),
  conv("zh", ["鄂州医院张主任手机多少", { acc: [EZH], has: ["0711-555-0119"] }]),
  conv(
    "zh",
    ["如意的车厢单子进展如何", { acc: [RY], has: ["240万|2,400,000|2400000|2.4M"] }],
    ["冰川比咱低多少", { acc: [RY], has: ["6%"] }],
    ["他们欠的车厢款多少 哪天到期的", { acc: [RY], has: ["86万|860,000|860000|0.86M", "10月10|10-10"] }],
  ),
  conv(
    "zh",
    ["想约如意马董 找谁引荐比较好", { tool: "power_map", acc: [RY], has: ["刘春燕"] }],
    ["我最近一次见她是哪天", { acc: [RY], has: ["11月17|11-17"] }],
  ),

  // Stale accounts, money.
  conv(
    "zh",
    ["有没有几个月没跟进的客户", { tool: "stale_accounts", acc: R1, has: ["德宝"] }],
    ["那家最后一次拜访哪天 见的谁", { acc: [DB], has: ["5月12|05-12", "易建国"] }],
    [
      "后天提醒我给易厂长打个电话问问明年有没有扩建",
      { tool: "add_action", card: "confirm", acc: [DB], has: ["11月24|11-24"] },
    ],
  ),
  conv(
    "zh",
    [
      "逾期没回的款 按客户列出来",
      { acc: R1, has: ["楚丰肉类|楚丰", "120万|1,200,000|1200000|1.2M", "如意", "86万|860,000|860000|0.86M"] },
    ],
    ["合计呢", { acc: R1, has: ["281万|2,810,000|2810000|2.81M"] }],
    ["拖得最久的是哪家", { acc: [SFF], has: ["Saigon|西贡|SFF", "7月1|07-01"] }],
    ["荆州冷链也有笔没付的吧 过期了没", { acc: [JZ], has: ["12月25|12-25"] }],
  ),
  conv(
    "zh",
    ["荆州冷链今年下了多少单", { acc: [JZ], has: ["150万|1,500,000|1500000|1.5M|135万|1,350,000|1350000|1.35M"] }],
    ["中原生鲜呢", { acc: [ZY], has: ["12万|120,000|120000|0.12M"] }],
    ["刚才那家明年想加啥", { acc: [JZ], has: ["车载温控|温控"] }],
  ),

  // Deals, forecast, filters.
  conv(
    "zh",
    ["年底前能落地的商机给我看看", { acc: R1, has: ["楚丰肉类|楚丰", "康元", "仁济", "如意"] }],
    ["不算概率 直接加起来多少", { acc: R1, has: ["740万|7,400,000|7400000|7.4M"] }],
    ["哪个最先定", { acc: [KYW], has: ["12月15|12-15"] }],
  ),
  conv(
    "zh",
    ["谈判阶段的单子有哪些", { acc: R1, has: ["楚丰肉类|楚丰", "康元", "如意"] }],
    ["哪个金额最大", { acc: [CFR], has: ["280万|2,800,000|2800000|2.8M"] }],
    ["它啥时候要定", { acc: [CFR], has: ["12月20|12-20"] }],
  ),
  conv(
    "zh",
    ["今年赢了哪些单", { acc: R1, has: ["万家", "荆州|长江冷链"] }],
    ["加起来多少", { acc: R1, has: ["187万|1,870,000|1870000|1.87M"] }],
  ),
  conv(
    "zh",
    [
      "100万以上还开着 明年才定的单子有哪些",
      { acc: R1, has: ["中央冷库|楚丰集团", "速冻机|楚丰速冻", "鄂州|临空", "Saigon|西贡|SFF", "万家"] },
    ],
    ["第二大的那个谁在抢", { acc: [EZP], has: ["雪峰"] }],
  ),
  conv(
    "zh",
    ["我在湖南有哪些客户", { tool: "find_accounts", acc: [KYW, XDJ, DB], has: ["康元", "鲜到家", "德宝"] }],
    ["长沙那两家哪家有在跟的单子", { acc: [KYW, XDJ], has: ["康元", "145万|1,450,000|1450000|1.45M"] }],
    ["常德那家呢 最后一次下单是啥时候", { acc: [DB], has: ["2025年8月|2025-08|2025/8"] }],
  ),
  conv(
    "zh",
    ["医院客户有哪几家", { acc: [EZH, RJ], has: ["鄂州", "仁济"] }],
    ["哪家在跟的单子大", { acc: [EZH, RJ], has: ["鄂州", "90万|900,000|900000|0.9M"] }],
    ["另一家呢 啥时候定", { acc: [RJ], has: ["75万|750,000|750000|0.75M", "12月31|12-31|年底"] }],
    ["药剂科梁主任站哪边", { acc: [RJ], has: ["恒温云"] }],
  ),
  conv(
    "zh",
    ["zhongyuan shengxian 那个新单子多大", { acc: [ZY], has: ["60万|600,000|600000|0.6M"] }],
    ["他们老板跟冰川啥关系", { acc: [ZY], has: ["孟凡军", "多年"] }],
    ["韩总监电话给我下", { acc: [ZY], has: ["0371-555-0139"] }],
  ),
  conv(
    "zh",
    ["万家超市谁管物流", { acc: [WJ], has: ["宋佳"] }],
    ["不对 我说的是鲜到家 门店工程谁负责", { acc: [XDJ], has: ["周雅琴"] }],
    ["她电话", { acc: [XDJ], has: ["0731-555-0129"] }],
  ),
  conv(
    "zh",
    ["万家那边宋总监上次说啥", { acc: [WJ], has: ["-25|零下25|冷冻区"] }],
    ["高总呢", { acc: [WJ], has: ["冰川"] }],
    [
      "那单金额改成205万 阶段先不动",
      { tool: "update_opportunity", card: "confirm", acc: [WJ], has: ["205万|2,050,000|2050000|2.05M"] },
    ],
  ),
  conv(
    "zh",
    ["西贡鲜食那个速冻线 对手是谁", { acc: [SFF], has: ["Frostline"] }],
    ["他们给了啥条件", { acc: [SFF], has: ["5年|5-year|维保|service"] }],
    [
      "那咱也出个延保方案 后天提醒我发给Tran",
      { tool: "add_action", card: "confirm", acc: [SFF], has: ["11月24|11-24"] },
    ],
  ),
  conv(
    "zh",
    ["曼谷那个冷库客户谁拍板", { acc: [BMCS], has: ["Somchai"] }],
    ["他要几个库都上监测", { acc: [BMCS], has: ["12"] }],
  ),

  // Competitors, tenders.
  conv(
    "zh",
    [
      "雪峰制冷参与了我们哪些项目",
      { tool: "competitor_deals", acc: [CFG, CFR, CFS, EZP, XDJ], has: ["楚丰", "鄂州|临空"] },
    ],
    ["鲜到家那单输了多少", { acc: [XDJ], has: ["120万|1,200,000|1200000|1.2M"] }],
    ["现在还有戏吗 门店工程那个经理咋说", { acc: [XDJ], has: ["周雅琴", "故障|重新评估"] }],
  ),
  conv(
    "zh",
    ["最近有跟我客户相关的招标公告吗", { tool: "tender_matches", acc: R1, has: ["鄂州|临空"] }],
    ["那个冷库的投标要啥业绩", { acc: [EZP], has: ["医药冷库|GSP", "2个|两个|2项|2 个"] }],
    ["最高限价多少", { acc: [EZP], has: ["408万|4,080,000|4080000|4.08M"] }],
    ["采购意向那个是哪家的 啥时候买", { acc: [EZH], has: ["中心医院", "1月|2027-01"] }],
  ),
  conv(
    "zh",
    ["江西康元那个中标公告 中了多少钱", { acc: [KYJ], has: ["58.5万|585,000|585000|0.585M", "恒温云"] }],
    ["咱当时那单多少", { acc: [KYJ], has: ["68万|680,000|680000|0.68M"] }],
    ["他们明年还有啥机会", { acc: [KYJ], has: ["60家"] }],
  ),

  // My week, plans.
  conv("zh", ["最近几天重点跟哪些事", { tool: "my_week" }]),
  conv("zh", ["鄂州冷链园做个年度客户规划", { tool: "generate_plan", acc: [EZP] }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv(
    "zh",
    [
      "今天上午去楚丰肉类见了彭经理 技术上没问题 就卡价格 记一下",
      { tool: "log_interaction", card: "confirm", acc: [CFR], has: ["彭晓东"] },
    ],
    [
      "再加个待办 12.3之前把265万的报价发给曾总",
      { tool: "add_action", card: "confirm", acc: [CFR], has: ["12月3|12-03"] },
    ],
    [
      "商机金额也调一下 265万",
      { tool: "update_opportunity", card: "confirm", acc: [CFR], has: ["265万|2,650,000|2650000|2.65M"] },
    ],
  ),
  conv(
    "zh",
    [
      "11/20去了鄂洲冷链园 万主任带我看了二期地块 记下",
      { tool: "log_interaction", card: "confirm", acc: [EZP], has: ["万海峰", "11月20|11-20"] },
    ],
    ["对了那30万他们财务说啥条件才付", { acc: [EZP], has: ["验收报告"] }],
    ["明天给沈总监把验收报告发过去 提醒我", { tool: "add_action", card: "confirm", acc: [EZP], has: ["11月23|11-23"] }],
  ),
  conv(
    "zh",
    [
      "昨天给康源物流李经理打了电话 她说评分咱第一 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [KYW], has: ["李娟", "11月21|11-21"] },
    ],
    ["那单预计成交日改到12月18", { tool: "update_opportunity", card: "confirm", acc: [KYW], has: ["12月18|12-18"] }],
    ["储运那个蒋经理为啥不待见咱", { acc: [KYW], has: ["App|app|恒温云"] }],
  ),
  conv(
    "zh",
    [
      "荆州田经理刚打电话 说冰川车载温控每台报价不到3000 记一下",
      { tool: "log_interaction", card: "confirm", acc: [JZ], has: ["田野"] },
    ],
    ["他老板是谁", { acc: [JZ], has: ["何永红"] }],
    [
      "12月1号去拜访何总 聊明年加装温控 加个待办",
      { tool: "add_action", card: "confirm", acc: [JZ], has: ["12月1|12-01"] },
    ],
  ),
  conv("zh", [
    "如意刘总监那 25号上门确认车厢交付排期 加个提醒",
    { tool: "add_action", card: "confirm", acc: [RY], has: ["11月25|11-25"] },
  ]),
  conv("zh", ["万家冷库扩容已经报过价了 阶段更新下", { tool: "update_opportunity", card: "confirm", acc: [WJ] }]),
  conv("zh", ["仁济验证材料已经交给张主任了 那条待办关掉", { tool: ["update_action", "list_actions"], acc: [RJ] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["武汉肉联厂有啥商机没", { acc: [], has: [NF] }]),
  conv("zh", ["宜昌三峡冷链那边有进展没", { acc: [], has: [NF], not: ["向东"] }]),
  conv("zh", ["洪都冷链的回款情况", { acc: [], has: [NF], not: ["刘洪波"] }]),
  conv("zh", ["帮我订张明天去长沙的高铁票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "zh",
      ["部门现在逾期应收合计多少", { acc: MGR, has: ["303万|3,030,000|3030000|3.03M"] }],
      ["卢俊那边是哪家欠的", { acc: [SX], has: ["三峡", "22万|220,000|220000|0.22M"] }],
      ["他们说啥时候付", { acc: [SX], has: ["12月初|12月"] }],
    ),
  ),
  asUser("manager", conv("zh", ["覃思敏的洪都冷链咋样了", { acc: [], has: [NF], not: ["刘洪波"] }])),
  asUser(
    "rep2",
    conv(
      "zh",
      ["三峡冷链那个改造单子 对手还是雪峰吗", { acc: [SX], has: ["雪峰"] }],
      ["向总说维保款啥时候给", { acc: [SX], has: ["12月初|12月"] }],
      ["明天提醒我给他打电话确认下", { tool: "add_action", card: "confirm", acc: [SX], has: ["11月23|11-23"] }],
    ),
  ),
  asUser("rep2", conv("zh", ["牡丹食品今年还加冷藏车不", { acc: [MD], has: ["不再|不会|不增加|不加"] }])),
  asUser("rep2", conv("zh", ["楚丰肉类那个排酸库项目跟到哪了", { acc: [], has: [NF], not: ["彭晓东", "曾庆华"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["洪都那笔冷库款收回来没", { acc: [HD], has: ["90万|900,000|900000|0.9M"] }],
      ["赣南果业的应收呢 哪天到期", { acc: [GN], has: ["150万|1,500,000|1500000|1.5M", "12月10|12-10"] }],
      ["钟总上次问的啥", { acc: [GN], has: ["验收"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["张主任上次说了啥", { acc: [XJ], has: ["静配"] }])),
  asUser("rep3", conv("zh", ["如意食品的单子谁在跟 进展如何", { acc: [], has: [NF], not: ["刘春燕", "马国栋"] }])),
]);
