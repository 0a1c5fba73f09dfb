// Chinese conversations over the fifty-first book (evals/books/lishan), typed the way a hurried Shenzhen and Singapore
// team types. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import { BW, DL, DMT, GZAD, HC, LT, MFCC, MGR, MJ, MJK, MT, NNAD, QBT, QCT, R1, SHL, XFH, YD, YP, ZZDC } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|没有这个客户|不在你的客户|无权|没有权限";

export const LISHAN_ZH = named("lishan-zh", [
  // Near-duplicates in the 北湾 group, the shared word 安达, the place 洋浦.
  conv(
    "zh",
    ["钦州码头这个月进展如何", { card: "choices", acc: [QCT, QBT, BW] }],
    ["集装箱那家", { acc: [QCT], has: ["280万|2,800,000|2800000|2.8M"] }],
    ["跟散货码头比一比", { tool: "compare_accounts", acc: [QCT, QBT] }],
  ),
  conv(
    "zh",
    ["安达那边最近推进得怎么样", { card: "choices", acc: [GZAD, NNAD] }],
    ["广州那个", { acc: [GZAD], has: ["吴磊|续约"] }],
  ),
  conv(
    "zh",
    ["在洋浦的客户有哪几家", { acc: [YP, YD], has: ["港联", "椰岛"] }],
    ["椰岛主要对接人是谁", { acc: [YD], has: ["李佳怡"] }],
  ),

  // People: who decides, reporting lines, a departed IT director, two 张主任.
  conv(
    "zh",
    ["北湾集团最后谁说了算", { tool: "power_map", acc: [BW], has: ["韦国栋"] }],
    ["覃部长归谁管", { acc: [BW], has: ["韦国栋"] }],
  ),
  conv(
    "zh",
    ["广州安达现在管IT的是哪位", { acc: [GZAD], has: ["吴磊"] }],
    ["那黄俊呢 不干了?", { acc: [GZAD], has: ["离职|已离开|不在"] }],
    ["他走之前说扩容要扩到哪来着", { acc: [GZAD], has: ["华中"] }],
  ),
  conv(
    "zh",
    ["把张主任的号码给我", { card: "choices", acc: [QCT, ZZDC] }],
    ["漳州仓那个", { acc: [ZZDC], has: ["张敏", "0596-555-0501"] }],
  ),

  // Money.
  conv(
    "zh",
    ["谁还欠着款没回 逾期的都列出来", { tool: "receivables", acc: R1, has: ["洋浦", "98万|980,000|980000|0.98M"] }],
    ["加起来多少钱", { acc: R1, has: ["245万|2,450,000|2450000|2.45M"] }],
    ["洋埔那笔为啥拖这么久", { acc: [YP], has: ["补贴|发票"] }],
  ),
  conv(
    "zh",
    ["洋浦港联现在最大的隐患是啥", { acc: [YP], has: ["98万|980,000|980000|0.98M|逾期"] }],
    ["符总那边最近一次碰面是什么时候", { acc: [YP], has: ["11月4|11-04|11-4"] }],
  ),

  // Deals and forecast.
  conv(
    "zh",
    ["Q4还能落袋的deal有几个", { tool: "forecast", acc: R1, has: ["SHL|Straits|海峡港湾", "钦州"] }],
    ["里面最大的是哪单 啥时候签", { acc: [SHL], has: ["340万|3,400,000|3400000|3.4M", "12月31|12-31"] }],
  ),
  conv(
    "zh",
    ["铭泰那个deal现在啥stage", { acc: [MT], has: ["报价|提案|方案建议|投标"] }],
    ["最后谁拍板", { acc: [MT], has: ["刘振东"] }],
    [
      "what's kestrel's angle there, why would he pick them",
      { acc: [MT], has: ["parent|overseas|global|母公司|海外"], lang: "en" },
    ],
  ),
  conv(
    "zh",
    ["鲜丰会集团连同漳州仓 整个集团的盘子给我看看", { tool: "group_overview", acc: [XFH, ZZDC], has: ["漳州"] }],
    ["集团那个TMS单子谁跟咱抢", { acc: [XFH], has: ["运联"] }],
  ),
  conv(
    "zh",
    ["海港信科现在插手了咱哪几个项目", { tool: "competitor_deals", acc: [BW, QCT, QBT, YP], has: ["洋浦", "钦州"] }],
    ["那运联呢", { tool: "competitor_deals", acc: [XFH, GZAD, DL], has: ["鲜丰汇", "安达", "德力"] }],
  ),

  // The week, targets, stale accounts.
  conv(
    "zh",
    ["这几天手上最要紧的是哪几件事", { tool: "my_week" }],
    ["今年target完成得咋样", { tool: ["attainment", "portfolio_kpis"] }],
    ["有没有被我晾着很久的客户", { tool: "stale_accounts", acc: R1, has: ["美佳"] }],
    ["美佳上回聊了啥", { acc: [MJ], has: ["顺德|2027"] }],
  ),

  // Tenders.
  conv(
    "zh",
    ["北湾集团协同平台那个招标 几号截标 保证金多少", { acc: [BW], has: ["12月11|12-11", "8万|80,000|80000"] }],
    ["资质有啥要求", { acc: [BW], has: ["业绩"] }],
    ["钦州散货那个调度项目最后谁中的 多少钱", { acc: [QBT], has: ["海港信科|海港信息", "96万|960,000|960000|0.96M"] }],
  ),

  // Plans.
  conv(
    "zh",
    ["椰岛优选的account plan帮我起个草", { tool: "generate_plan", acc: [YD] }],
    ["仓易通去找过周凯 他们报价多少来着", { acc: [YD], has: ["一半"] }],
  ),

  // Writes.
  conv(
    "zh",
    [
      "漳州仓张主任今天下午碰了一面 说二期预算批了 log下",
      { tool: "log_interaction", card: "confirm", acc: [ZZDC], has: ["张敏"] },
    ],
    [
      "顺便加个待办 明天给许经理发盘点补丁的时间表",
      { tool: "add_action", card: "confirm", acc: [ZZDC], has: ["11月23|11-23"] },
    ],
  ),
  conv(
    "zh",
    [
      "帮我log一下call 刚跟南宁安达韦总聊的 新冷库4000个库位 想1月前看方案",
      { tool: "log_interaction", card: "confirm", acc: [NNAD], has: ["韦春生"] },
    ],
    [
      "还有个事 德力钟总那边约了25号演示预约系统 别让我忘了",
      { tool: "add_action", card: "confirm", acc: [DL], has: ["11月25|11-25"] },
    ],
  ),
  conv(
    "zh",
    [
      "海沧联运苏经理11.20来电话 想要海铁联运模块的报价 记一下",
      { tool: "log_interaction", card: "confirm", acc: [HC], has: ["苏晓琳", "11月20|11-20"] },
    ],
    [
      "另外12.3我要再跑一趟海沧 跟蔡总谈续订 记到待办里",
      { tool: "add_action", card: "confirm", acc: [HC], has: ["12月3|12-03"] },
    ],
  ),
  conv(
    "zh",
    [
      "钦州集装厢码头那单砍到265万了 帮我更新",
      { tool: "update_opportunity", card: "confirm", acc: [QCT], has: ["265万|2,650,000|2650000|2.65M"] },
    ],
    ["close date也改到12月30", { tool: "update_opportunity", card: "confirm", acc: [QCT], has: ["12月30|12-30"] }],
  ),
  conv("zh", [
    "SHL续费那单客户说PO还没来 close date先挪到12月31",
    { tool: "update_opportunity", card: "confirm", acc: [SHL], has: ["12月31|12-31"] },
  ]),
  conv(
    "zh",
    [
      "要去钦州集装箱码头找张主任 定在后天 加个todo",
      { tool: "add_action", card: "confirm", acc: [QCT], has: ["11月24|11-24"] },
    ],
    ["不对 是12.1 不是后天", { tool: "add_action", card: "confirm", acc: [QCT], has: ["12月1|12-01"] }],
  ),

  // Not in the book, another rep's accounts, out of scope.
  conv(
    "zh",
    ["蛇口宏远物流那个客户 谁在跟", { acc: [], has: [NF] }],
    ["算了 明天深圳下雨不", { acc: [] }],
    ["那来段顺口溜 讲集卡排队的", { acc: [] }],
  ),
  conv(
    "zh",
    ["闽江口码头那个闸口项目报价发了没", { acc: [], has: [NF], not: ["张建华", "陈国梁"] }],
    ["那东盟通呢 谁在对接", { acc: [], has: [NF], not: ["黄德明"] }],
  ),

  // The manager, rep2 (Tan Wei Ming) and rep3 (林婉婷).
  asUser(
    "manager",
    conv(
      "zh",
      ["咱们部门现在超期没收回来的钱总共有多少", { acc: MGR, has: ["290万|2,900,000|2900000|2.9M"] }],
      ["新加坡Merlion欠的是多少", { acc: [MFCC], has: ["45万|450,000|450000|0.45M"] }],
      ["鹭通跨境是林婉婷在跟吧 那边回款咋样了", { acc: [], has: [NF], not: ["洪家豪"] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "zh",
      ["东盟通黄总最近一次聊的什么内容", { acc: [DMT], has: ["预约"] }],
      [
        "他要的预约模块报价 明天发 帮我记一笔待办",
        { tool: "add_action", card: "confirm", acc: [DMT], has: ["11月23|11-23"] },
      ],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["闽江口那个闸口项目 张主任说哪天前拍板", { acc: [MJK], has: ["12月25|12-25"] }],
      ["鹭通欠的尾款有说什么时候付吗", { acc: [LT], has: ["审计"] }],
      ["帮我看下鲜丰汇漳州仓的商机", { acc: [], has: [NF], not: ["张敏", "许志明"] }],
    ),
  ),
]);
