// Chinese conversations over the twenty-seventh book (evals/books/bohai), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BYQ,
  CKS,
  CMT,
  CX,
  DJ,
  DJK,
  DYW,
  GC,
  HH,
  JD,
  JH,
  KGT,
  LG,
  LK,
  LS,
  NJ,
  PCS,
  QW,
  SHG,
  XH,
  YH,
  ZF,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到";
/** Every account rep1 (孟晓岚) owns. */
const R1 = [JH, DJ, NJ, CKS, CMT, HH, GC, XH, YH, JD, SHG, QW, ZF, LS, KGT, LG];
/** Every account the manager (郭振海) sees: rep1's and rep2's. */
const MGR = [...R1, PCS, CX, DJK, LK];

export const BOHAI_ZH = named("bohai-zh", [
  // Short names, near-duplicates, places and pinyin.
  conv("zh", ["曹妃甸那边最近咋样了", { card: "choices", acc: [CKS, CMT] }]),
  conv("zh", ["津海码头最近啥情况啊", { card: "choices", acc: [DJ, NJ, JH] }]),
  conv("zh", ["黄骅那边咱都有哪些客户", { acc: [HH, GC], has: ["黄骅港务|黄骅港", "港城"] }]),
  conv("zh", ["远航最近有啥动静没", { acc: [YH], has: ["备件"] }]),
  conv("zh", ["dongjiang matou 现在啥情况", { acc: [DJ], has: ["360万|3,600,000|3600000|3.6M"] }]),
  conv("zh", ["冀钢自备码头那边咋样了 尾款给了没", { acc: [JD], has: ["95万|950,000|950000|0.95M"] }]),

  // People and the power map.
  conv(
    "zh",
    ["津海集团谁拍板", { tool: "power_map", acc: [JH], has: ["赵国强"] }],
    ["孙主任向谁汇报", { acc: [JH], has: ["赵国强"] }],
  ),
  conv(
    "zh",
    ["前湾码头 权力地图看下", { tool: "power_map", acc: [QW], has: ["林振华", "邵军", "唐瑶"] }],
    ["唐瑶跟谁走得近", { acc: [QW], has: ["Nordkran"] }],
  ),
  conv(
    "zh",
    ["矿石码头设备部长现在是谁", { acc: [CKS], has: ["周立军"] }],
    ["那李卫东是啥时候走的", { acc: [CKS], has: ["9月|09-|2026-09"] }],
  ),
  conv("zh", ["刘总工电话多少", { card: "choices", acc: [DJ, XH] }]),
  conv("zh", ["星海刘总工上次联系是啥时候", { acc: [XH], has: ["11月16|11-16"] }]),
  conv("zh", ["黄骅港务王海鹰手机号发我下", { acc: [HH], has: ["0317-555-0602"] }]),
  conv("zh", ["想搞定东疆马总 从谁那入手比较好", { tool: "power_map", acc: [DJ, JH], has: ["马振宇"] }]),

  // Risks, money.
  conv("zh", ["曹妃店矿石码头有啥风险", { acc: [CKS], has: ["周立军|李卫东", "津沽"] }]),
  conv(
    "zh",
    ["谁还欠咱钱 列一下", { acc: R1, has: ["东疆", "160万|1,600,000|1600000|1.6M", "冀东|冀钢", "黄骅"] }],
    ["一共多少", { acc: R1, has: ["342万|3,420,000|3420000|3.42M"] }],
  ),
  conv("zh", ["港城物流园那8万啥时候到期", { acc: [GC], has: ["12月20|12-20"] }]),

  // Deals and forecast.
  conv("zh", ["这季度能签下来的单子有哪些", { tool: "forecast", acc: R1, has: ["东疆", "黄骅", "前湾"] }]),
  conv("zh", ["前湾ECS那单多大 啥时候定", { acc: [QW], has: ["520万|5,200,000|5200000|5.2M", "12月30|12-30"] }]),
  conv("zh", ["临港综保那个deal competitor是谁", { acc: [LG], has: ["齐港"] }]),

  // Stale accounts, lists, comparisons, competitors, groups.
  conv(
    "zh",
    ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["山海关"] }],
    ["它上次啥时候联系的", { acc: [SHG], has: ["4月16|04-16"] }],
  ),
  conv("zh", ["山东的客户给我列一下", { tool: "find_accounts", acc: [QW, ZF, LS], has: ["前湾", "芝罘湾", "岚山"] }]),
  conv("zh", ["东疆码头跟南疆码头对比下", { tool: "compare_accounts", acc: [DJ, NJ] }]),
  conv("zh", ["津沽重工在跟咱抢哪些单子", { tool: "competitor_deals", acc: [CKS, CMT], has: ["曹妃甸"] }]),
  conv("zh", ["津海集团下面几个码头汇总一下", { tool: "group_overview", acc: [JH, DJ, NJ], has: ["东疆", "南疆"] }]),

  // Tenders.
  conv(
    "zh",
    ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["津海"] }],
    ["那个TOS的啥时候截止", { acc: [JH], has: ["12月15|12-15"] }],
  ),

  // My week, plans.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv("zh", ["给前湾码头出个客户计划", { tool: "generate_plan", acc: [QW] }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "今天下午去东疆见了刘总工 方案技术上过了 就等商务",
    { tool: "log_interaction", card: "confirm", acc: [DJ], has: ["刘建国"] },
  ]),
  conv("zh", [
    "11/20跟黄骅王主任打了个电话 他说辽海报价出来了比咱低",
    { tool: "log_interaction", card: "confirm", acc: [HH], has: ["王海鹰"] },
  ]),
  conv("zh", [
    "昨天去矿石码头拜访了周部长 聊了下分项报价的事",
    { tool: "log_interaction", card: "confirm", acc: [CKS], has: ["周立军", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.19去临港综保区见了蒋经理聊卡口方案 记一下",
    { tool: "log_interaction", card: "confirm", acc: [LG], has: ["蒋涛", "11月19|11-19"] },
  ]),
  conv("zh", ["明天去冀钢找常副部长催尾款", { tool: "add_action", card: "confirm", acc: [JD], has: ["11月23|11-23"] }]),
  conv("zh", [
    "25号约了前湾邵经理去现场看轨道吊 帮我加个待办",
    { tool: "add_action", card: "confirm", acc: [QW], has: ["11月25|11-25"] },
  ]),
  conv("zh", [
    "后天给港城范总打电话确认4台龙门吊报价",
    { tool: "add_action", card: "confirm", acc: [GC], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "岚山袁部长那 12.3上门讲远控方案 提醒我",
    { tool: "add_action", card: "confirm", acc: [LS], has: ["12月3|12-03"] },
  ]),
  conv("zh", [
    "东疆岸桥远控那单金额改成345万",
    { tool: "update_opportunity", card: "confirm", acc: [DJ], has: ["345万|3,450,000|3450000|3.45M"] },
  ]),
  conv("zh", ["星海船坞那个单子推到报价阶段了", { tool: "update_opportunity", card: "confirm", acc: [XH] }]),
  conv("zh", [
    "给南疆许经理发维保报价那个待办 搞定了 标记完成",
    { tool: ["update_action", "list_actions"], acc: [NJ] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["宁波北仑那个码头最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["大窑湾码头最近啥情况", { acc: [], has: [NF], not: ["郝建设", "刘志刚"] }]),
  conv("zh", ["明天天津天气咋样", { acc: [] }]),
  conv("zh", ["帮我写首关于港口的诗", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队逾期款一共多少", { acc: MGR, has: ["380万|3,800,000|3800000|3.8M"] }])),
  asUser("manager", conv("zh", ["柏雪的大窑湾怎么样了", { acc: [], has: [NF], not: ["郝建设", "刘志刚"] }])),
  asUser("rep2", conv("zh", ["长兴岛船厂毛部长上次说了啥", { acc: [CX], has: ["备件"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我打给董家口姚总 聊维保续签",
      { tool: "add_action", card: "confirm", acc: [DJK], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["大窑湾还欠咱多少", { acc: [DYW], has: ["120万|1,200,000|1200000|1.2M"] }],
      ["鲅鱼圈那笔呢 啥时候到期", { acc: [BYQ], has: ["110万|1,100,000|1100000|1.1M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["东疆码头现在啥情况", { acc: [], has: [NF], not: ["马振宇", "刘建国"] }])),
]);
