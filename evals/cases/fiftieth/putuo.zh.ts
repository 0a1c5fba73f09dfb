// Chinese conversations over the fiftieth book (evals/books/putuo), typed the way a new rep types in the first week.
// Written blind: every expectation is read by hand from the book's CSV files and notices (TEST_NOW is Sunday
// 2026-11-22, so 明天 = 11-23). See the book's README for the hard cases.
import { asUser, conv, named } from "../conversation-types";
import { DMW, DS, HBH, HD, HJ, HKQ, HL, HYD, HYR, JC, LC, LJ, MD, MGR, R1, RX, SZ, YXP, YXR } from "./names";

/** An honest "not found" (or "not yours to see") in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|不在您的|无权|没有权限|看不到";

export const PUTUO_ZH = named("putuo-zh", [
  // The group: two weaving mills whose names differ only by the site.
  conv(
    "zh",
    ["恒锦织造最近啥情况", { card: "choices", acc: [HKQ, HBH, HJ] }],
    ["滨海那家", { acc: [HBH], has: ["130万|1,300,000|1300000|1.3M"] }],
  ),
  conv(
    "zh",
    [
      "恒锦集团下面几个厂帮我汇总下",
      { tool: "group_overview", acc: [HJ, HKQ, HBH, HYR], has: ["柯桥", "滨海", "印染"] },
    ],
    ["之前蒋经理发过个设备台账 三个厂一共多少台喷气机来着", { acc: [HJ], has: ["312"] }],
  ),

  // Two accounts sharing 永兴; 盛泽 is both a park's short name and the town two accounts are in.
  conv(
    "zh",
    ["永兴最近咋样", { card: "choices", acc: [YXP, YXR] }],
    ["吴江那个喷织厂", { acc: [YXP], has: ["624万|6,240,000|6240000|6.24M"] }],
    ["他们设备部顾经理以前是不是在海川干过", { acc: [YXP], has: ["五年|5年"] }],
  ),
  conv(
    "zh",
    ["盛泽那块咱有几家客户", { acc: [SZ, YXP], has: ["产业园|园区", "永兴"] }],
    ["园区染色机那个标几号开标 保证金多少", { acc: [SZ], has: ["12月11|12-11", "6万|60,000|60000|陆万"] }],
    ["标书最晚哪天能领", { acc: [SZ], has: ["11月27|11-27"] }],
  ),

  // 张主任 at two dyeing plants.
  conv(
    "zh",
    ["张主任电话发我下", { card: "choices", acc: [HYR, LC] }],
    ["恒锦印染那个", { acc: [HYR], has: ["0575-555-0412"] }],
  ),
  conv(
    "zh",
    ["丽彩张主任上回聊的啥来着", { acc: [LC], has: ["15%"] }],
    ["周总以前是不是嫌咱交货慢过", { acc: [LC], has: ["3周|三周"] }],
    ["节能改造那单推到方案阶段吧", { tool: "update_opportunity", card: "confirm", acc: [LC] }],
  ),

  // A departed head of equipment, his successor and the tender lost to 海川.
  conv(
    "zh",
    ["鲁锦设备部现在谁管事", { acc: [LJ], has: ["孙涛"] }],
    ["那王志刚呢", { acc: [LJ], has: ["离职|南通|离开"] }],
    ["他们喷气机那个标最后谁中了 多少钱", { acc: [LJ], has: ["海川", "273万|2,730,000|2730000|2.73M"] }],
    [
      "昨天去拜访了孙部长 他说明年备件要重新比价 帮我记一下",
      { tool: "log_interaction", card: "confirm", acc: [LJ], has: ["孙涛", "11月21|11-21"] },
    ],
  ),

  // Stale account.
  conv(
    "zh",
    ["我手上哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["东盛"] }],
    ["东盛上次去是啥时候 聊的啥", { acc: [DS], has: ["3月19|03-19", "染色机"] }],
  ),

  // Money.
  conv(
    "zh",
    [
      "谁的款过期了还没回 列下",
      {
        tool: "receivables",
        acc: R1,
        has: ["恒锦印染", "162万|1,620,000|1620000|1.62M", "Meridian|达卡", "108万|1,080,000|1080000|1.08M"],
      },
    ],
    ["加起来一共多少", { acc: R1, has: ["333万|3,330,000|3330000|3.33M"] }],
    ["没到期的呢", { acc: R1, has: ["丽彩", "永兴染整|晋江", "瑞丰"] }],
  ),
  conv(
    "zh",
    ["恒锦印然的尾款卡哪了", { acc: [HYR], has: ["楼永刚|楼总", "162万|1,620,000|1620000|1.62M"] }],
    ["明天提醒我找张主任问下验收单签了没", { tool: "add_action", card: "confirm", acc: [HYR], has: ["11月23|11-23"] }],
  ),

  // Deals and forecast.
  conv(
    "zh",
    ["这个季度能落袋的单子有哪些", { tool: "forecast", acc: R1, has: ["永兴", "宏达", "柯桥"] }],
    ["最大那个谁在跟咱抢", { acc: [YXP], has: ["海川"] }],
  ),
  conv(
    "zh",
    ["宏大经编整经机那单啥时候签", { acc: [HD], has: ["12月10|12-10"] }],
    [
      "朱总说按188万签 帮我改下金额",
      { tool: "update_opportunity", card: "confirm", acc: [HD], has: ["188万|1,880,000|1880000|1.88M"] },
    ],
  ),

  // Competitors by alias, and who leans their way.
  conv(
    "zh",
    ["霞美现在在跟咱抢哪几个单", { tool: "competitor_deals", acc: [HJ, HBH, DMW], has: ["恒锦", "Meridian|达卡"] }],
    ["滨海那单 他们那边谁跟霞美走得近", { acc: [HBH], has: ["章志强"] }],
  ),

  // The park: who can introduce us, a fact from a July call.
  conv(
    "zh",
    ["盛泽园区谁能帮咱引荐园区里的织造厂", { acc: [SZ], has: ["陆敏"] }],
    ["之前吴总说的以旧换新补贴 一台补多少", { acc: [SZ], has: ["1.2万|12,000|12000"] }],
  ),

  // Tenders.
  conv(
    "zh",
    ["最近有没有跟我客户相关的招标", { tool: "tender_matches", acc: R1, has: ["盛泽"] }],
    [
      "绍兴恒锦织造滨海有限公司喷气织机更新项目（一期） 这个采购意向预算多少 啥时候采",
      { acc: [HJ, HBH], has: ["1248万|12,480,000|12480000|12.48M", "2027年3月|2027-03|3月"] },
    ],
  ),

  // Risk, lists, people.
  conv(
    "zh",
    ["哪些客户风险比较大", { tool: "at_risk_accounts", acc: R1 }],
    ["恒锦滨海有啥风险", { acc: [HBH], has: ["Kasumi|霞美"] }],
  ),
  conv(
    "zh",
    [
      "江苏的客户给我拉个单子",
      { tool: "find_accounts", acc: [YXP, SZ, JC, LC], has: ["永兴", "盛泽", "锦程", "丽彩"] },
    ],
    ["锦程那边谁拍板", { acc: [JC], has: ["黄志刚"] }],
  ),
  conv(
    "zh",
    ["华纶上次联系是啥时候 跟谁", { acc: [HL], has: ["黄丽萍", "11月15|11-15"] }],
    ["郑董之前说海川承诺几小时到现场来着", { acc: [HL], has: ["4小时|四小时|4 小时"] }],
    [
      "对了11.20我又给黄助理打过电话 郑董让先出80台的方案 补记一下",
      { tool: "log_interaction", card: "confirm", acc: [HL], has: ["黄丽萍", "11月20|11-20"] },
    ],
  ),

  // Writes.
  conv(
    "zh",
    [
      "今天上午去永兴喷织见了顾经理 海川又降了5000一台 帮我记下",
      { tool: "log_interaction", card: "confirm", acc: [YXP], has: ["顾晓东"] },
    ],
    [
      "那单金额先改成600万",
      { tool: "update_opportunity", card: "confirm", acc: [YXP], has: ["600万|6,000,000|6000000|6M"] },
    ],
  ),
  conv(
    "zh",
    [
      "明天提醒我给恒锦柯桥高科长发多臂升级合同",
      { tool: "add_action", card: "confirm", acc: [HKQ], has: ["11月23|11-23"] },
    ],
    ["哦不对 改成后天", { tool: ["add_action", "update_action"], card: "confirm", acc: [HKQ], has: ["11月24|11-24"] }],
    ["25号约了锦程曹科长看布样测试 也加上", { tool: "add_action", card: "confirm", acc: [JC], has: ["11月25|11-25"] }],
  ),
  conv("zh", ["这周我先忙哪些", { tool: "my_week" }], ["给锦程家纺出个客户计划", { tool: "generate_plan", acc: [JC] }]),

  // Out of scope, not in the book, another rep's account.
  conv("zh", ["绍兴明天下不下雨", { acc: [] }], ["那帮我算下900转的喷气机一天能织多少米", { acc: [] }]),
  conv("zh", ["嘉兴秀洲新凤织造最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["明达织造那16台喷气机谈到哪了", { acc: [], has: [NF], not: ["任宏伟"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "zh",
      ["咱们组逾期应收一共多少", { acc: MGR, has: ["357万|3,570,000|3570000|3.57M"] }],
      ["明达那笔啥时候到期的 多少", { acc: [MD], has: ["8月10|08-10", "24万|240,000|240000"] }],
      ["胡海波那边宏远染整张主任最近怎么说", { acc: [], has: [NF], not: ["张海平"] }],
    ),
  ),
  asUser(
    "rep2",
    conv("zh", [
      "今天跟明达任总通了电话 Kasumi又便宜了点 记一下",
      { tool: "log_interaction", card: "confirm", acc: [MD], has: ["任宏伟"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["瑞鑫那笔整经机货款啥时候到期 多少钱", { acc: [RX], has: ["11月30|11-30", "130万|1,300,000|1300000|1.3M"] }],
      ["宏远那单现在啥阶段", { acc: [HYD], has: ["谈判"] }],
      ["恒锦印染最近咋样", { acc: [], has: [NF], not: ["张建华", "楼永刚"] }],
    ),
  ),
]);
