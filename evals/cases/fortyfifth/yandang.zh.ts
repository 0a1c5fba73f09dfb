// Chinese conversations over the forty-fifth book (evals/books/yandang), typed the way valve account managers type.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import {
  ASIC,
  GCEC,
  HC,
  HCS,
  HF,
  JB,
  JJ,
  JSW,
  MZW,
  OJ,
  PJ,
  QJ,
  SN,
  XG,
  XWC,
  XWR,
  YJF,
  YJG,
  YJL,
  YQR,
  YQS,
  ZP,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的客户|没有这个客户|无此客户";
/** Every account rep1 (卢晓燕) owns. */
const R1 = [YJG, YJL, YJF, OJ, YQS, YQR, XWC, XWR, QJ, JSW, HC, MZW, SN, ASIC, GCEC, HF];
/** Every account the manager (潘建华) sees: rep1's and rep2's (邵志勇). */
const MGR = [...R1, JB, XG, PJ, ZP];

export const YANDANG_ZH = named("yandang-zh", [
  // Short names shared by several accounts, a place, a common word, typos and pinyin.
  conv("zh", ["徐圩那边最近有啥新情况", { card: "choices", acc: [XWC, XWR] }]),
  conv("zh", ["甬江的帮我看下最近咋样", { card: "choices", acc: [YJG, YJL, YJF] }]),
  conv("zh", ["乐清那块咱有几家客户", { acc: [YQS, YQR], has: ["乐清水务|乐清市水务", "滨海热电|乐清湾"] }]),
  conv("zh", ["前进那边最近有动静没", { acc: [QJ], has: ["球阀"] }]),
  conv("zh", [
    "yongjiang lianhua 那个调节阀单子到哪步了",
    { acc: [YJL], has: ["380万|3,800,000|3800000|3.8M", "谈判|negotiation"] },
  ]),
  conv("zh", ["瓯江水物那个招标几号开标", { acc: [OJ], has: ["12月10|12-10"] }]),

  // People, reporting lines, phones, who can introduce us.
  conv(
    "zh",
    ["甬江集团谁拍板的", { tool: "power_map", acc: [YJG], has: ["沈国栋"] }],
    ["方总上面是谁", { acc: [YJG], has: ["沈国栋"] }],
  ),
  conv(
    "zh",
    ["恒川工成现在设计经理是谁 电话多少", { acc: [HC], has: ["冯磊", "0571-555-1104"] }],
    ["之前那个马俊啥时候走的", { acc: [HC], has: ["9月|09-|2026-09"] }],
  ),
  conv("zh", ["周部长电话给我下", { card: "choices", acc: [YJL, XWR] }]),
  conv("zh", ["甬江练化的周部长最近一次见是哪天", { acc: [YJL], has: ["11月19|11-19"] }]),
  conv("zh", ["恒川那个包想直接搭上杨总 谁能帮忙引荐", { tool: "power_map", acc: [HC], has: ["杨志远"] }]),
  conv("zh", ["徐圩热电的周海跟哪家关系好", { acc: [XWR], has: ["申江"] }]),

  // Money.
  conv(
    "zh",
    [
      "帮我拉下逾期没回的款",
      {
        acc: R1,
        has: [
          "炼化",
          "120万|1,200,000|1200000|1.2M",
          "恒川",
          "86万|860,000|860000|0.86M",
          "滨海热电|乐清湾",
          "Al Safwa|ASIC|萨法",
        ],
      },
    ],
    ["总共多少钱", { acc: R1, has: ["316万|3,160,000|3160000|3.16M"] }],
  ),
  conv("zh", ["滨海热电还欠咱多少 拖了多久了", { acc: [YQR], has: ["65万|650,000|650000|0.65M", "8月31|08-31"] }]),
  conv("zh", ["恒川那86万咋还不给 啥原因", { acc: [HC], has: ["业主"] }]),

  // Deals: forecast, amounts, competitors, filters.
  conv(
    "zh",
    [
      "年底前能关掉的单子给我列列",
      { tool: "forecast", acc: R1, has: ["炼化", "滨海热电|乐清湾", "恒川", "Gulf Crest|GCEC"] },
    ],
    ["这几个加一块多少", { acc: R1, has: ["1320万|13,200,000|13200000|13.2M"] }],
  ),
  conv("zh", ["恒川那个阀门包多大 哪天定", { acc: [HC], has: ["450万|4,500,000|4500000|4.5M", "12月25|12-25"] }]),
  conv("zh", ["徐围储运那单跟谁在抢", { acc: [XWC], has: ["盐海"] }]),
  conv("zh", ["今年输掉的单子 都输给谁了", { acc: R1, has: ["徐圩热电|徐圩港口热电", "申江", "金山湾", "瓯龙"] }]),
  conv("zh", [
    "200万以上没关的单子从大到小排下",
    { acc: R1, has: ["620万|6,200,000|6200000|6.2M", "恒川", "450万|4,500,000|4500000|4.5M"] },
  ]),

  // Stale accounts, lists, competitors, the group.
  conv(
    "zh",
    ["有哪些客户好长时间没跟了", { tool: "stale_accounts", acc: R1, has: ["金山湾"] }],
    ["那家最后一次是见的谁 啥时候", { acc: [JSW], has: ["谢斌", "5月12|05-12"] }],
  ),
  conv("zh", [
    "我在江苏的客户列下",
    { tool: "find_accounts", acc: [XWC, XWR, QJ], has: ["徐圩储运|徐圩石化储运", "徐圩热电|徐圩港口热电", "前进"] },
  ]),
  conv("zh", ["电厂的客户有哪些", { acc: [YQR, XWR, SN], has: ["滨海热电|乐清湾", "徐圩热电|徐圩港口热电", "淞南"] }]),
  conv("zh", ["瓯龙现在跟咱抢哪几个单", { tool: "competitor_deals", acc: [YJG, OJ, JSW], has: ["甬江", "瓯江"] }]),
  conv("zh", ["甬江集团旗下几家合起来看下", { tool: "group_overview", acc: [YJG, YJL, YJF], has: ["炼化", "芳烃"] }]),

  // Tenders.
  conv(
    "zh",
    ["最近有没有跟我客户相关的标", { tool: "tender_matches", acc: R1, has: ["瓯江"] }],
    ["保证金多少 要几个业绩", { acc: [OJ], has: ["3万|30,000|30000", "3个|三个|3 个"] }],
  ),

  // Plans.
  conv("zh", ["帮滨海热电弄个客户计划", { tool: "generate_plan", acc: [YQR] }]),

  // Writes: what happened, what is planned, deal updates, a to-do done.
  conv("zh", [
    "刚跟瓯江郑经理通了个电话 标书我们已经买了 帮我记下",
    { tool: "log_interaction", card: "confirm", acc: [OJ], has: ["郑晓东"] },
  ]),
  conv("zh", [
    "昨天下午在炼化跟周部长碰了下 14周交期他那边没问题",
    { tool: "log_interaction", card: "confirm", acc: [YJL], has: ["周建明", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.20去了趟徐圩储运 见的李经理 防火认证资料当面给他了",
    { tool: "log_interaction", card: "confirm", acc: [XWC], has: ["李明", "11月20|11-20"] },
  ]),
  conv("zh", [
    "后天约了乐清水务潘所长看管网 到时候提醒我",
    { tool: "add_action", card: "confirm", acc: [YQS], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "12.2给淞南徐主任送大修检修方案",
    { tool: "add_action", card: "confirm", acc: [SN], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "炼化调节阀那单金额改370万",
    { tool: "update_opportunity", card: "confirm", acc: [YJL], has: ["370万|3,700,000|3700000|3.7M"] },
  ]),
  conv("zh", ["乐清水务球阀那单往前推一步 到报价", { tool: "update_opportunity", card: "confirm", acc: [YQS] }]),
  conv("zh", ["芳烃吴主任那个检修报价的待办 发完了 勾掉吧", { tool: ["update_action", "list_actions"], acc: [YJF] }]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["台州椒江水厂那边咋样了", { acc: [], has: [NF] }]),
  conv("zh", ["海沧石化球阀那单到哪了", { acc: [], has: [NF], not: ["周文辉"] }]),
  conv("zh", ["帮我订张明早去南通的高铁", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("zh", [
      "咱部门逾期没收回来的有多少 谁名下最多",
      { acc: MGR, has: ["386万|3,860,000|3860000|3.86M", "卢晓燕"] },
    ]),
  ),
  asUser(
    "manager",
    conv("zh", [
      "晓燕和志勇手上没关的单子各多少",
      { acc: MGR, has: ["2980万|29,800,000|29800000|29.8M", "225万|2,250,000|2250000|2.25M"] },
    ]),
  ),
  asUser(
    "manager",
    conv("zh", ["部门Q4能落袋的项目都列出来", { tool: "forecast", acc: MGR, has: ["江北", "恒川", "炼化"] }]),
  ),
  asUser("manager", conv("zh", ["柯文杰的晋江水务回款了没", { acc: [], has: [NF], not: ["许丽"] }])),
  asUser("rep2", conv("zh", ["新港热电那70万严部长说啥时候给", { acc: [XG], has: ["年底|12月"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天打给乍浦仓储唐总 提醒我下",
      { tool: "add_action", card: "confirm", acc: [ZP], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["晋江水务那85万哪天到期", { acc: [JJ], has: ["12月10|12-10"] }],
      ["海沧石化那单呢 多大", { acc: [HCS], has: ["210万|2,100,000|2100000|2.1M"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["滨海热电现在咋样", { acc: [], has: [NF], not: ["王振华", "金海涛"] }])),
]);
