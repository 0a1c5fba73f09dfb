// Chinese conversations over the twenty-eighth book (evals/books/huaihe), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AWSC,
  CQ,
  CTP,
  DG,
  DJ,
  GCW,
  HD,
  HK,
  HKG,
  HSC,
  HSY,
  JS,
  LCWC,
  LY,
  QY,
  SQ,
  SY,
  TBH,
  WT,
  XC,
  XW,
  YZ,
  ZP,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到";
/** Every account rep1 (陶思远) owns. */
const R1 = [QY, WT, CTP, HSC, HSY, YZ, JS, CQ, HK, DJ, XW, SY, SQ, XC, LCWC, LY];
/** Every account rep2 (葛俊) owns. */
const R2 = [AWSC, ZP, GCW, DG];
/** Every account the manager (方国栋) sees: rep1's and rep2's. */
const MGR = [...R1, ...R2];

export const HUAIHE_ZH = named("huaihe-zh", [
  // Short names, near-duplicates, places, typos and pinyin.
  conv("zh", ["淮上那边最近咋样了", { card: "choices", acc: [HSC, HSY] }], ["城市污水那个", { acc: [HSC] }]),
  conv("zh", ["颖州那边咱都有哪些客户", { acc: [YZ, JS], has: ["颍州水务", "金穗"] }]),
  conv("zh", ["长青最近有啥动静没", { acc: [CQ], has: ["中试"] }]),
  conv("zh", ["wangtang wushuichang 现在啥情况", { acc: [WT], has: ["380万|3,800,000|3800000|3.8M"] }]),
  conv("zh", ["东郊厂那90万给了没", { acc: [DJ], has: ["90万|900,000|900000|0.9M"] }]),

  // People: who decides, whom they report to, who can introduce us, threads with pronouns.
  conv(
    "zh",
    ["清源集团谁拍板", { tool: "power_map", acc: [QY], has: ["周启明"] }],
    ["沈主任向谁汇报", { acc: [QY], has: ["周启明"] }],
    ["想约周董吃个饭 谁能帮忙牵个线", { acc: [QY, WT, CTP], has: ["沈雅琴|王建华|黄志勇"] }],
  ),
  conv(
    "zh",
    ["望唐厂那个王厂长对咱啥态度", { acc: [WT], has: ["支持|supporter"] }],
    ["他上面是谁", { acc: [WT, QY], has: ["周启明"] }],
    ["那个总工呢 最近聊过没", { acc: [WT], has: ["钱立", "11月19|11-19"] }],
  ),
  conv("zh", ["王厂长电话多少", { card: "choices", acc: [WT, DJ] }]),
  conv("zh", ["徐州东郊王厂长上次联系是啥时候", { acc: [DJ], has: ["11月10|11-10"] }]),
  conv("zh", ["颍州水务罗晓燕手机号发我下", { acc: [YZ], has: ["0558-555-0602"] }]),
  conv(
    "zh",
    ["淮上城市污水设备部长现在是谁", { acc: [HSC], has: ["吴海峰"] }],
    ["那宋波啥时候走的", { acc: [HSC], has: ["9月|09-|2026-09"] }],
    ["新来的这个跟哪家走得近", { acc: [HSC], has: ["苏清"] }],
  ),
  conv(
    "zh",
    ["想见徐圩管委会的高局长 从谁那入手比较好", { acc: [XW], has: ["孙振海"] }],
    ["孙总对咱啥看法", { acc: [XW], has: ["中立|neutral"] }],
    ["他下面谁最挺我们", { acc: [XW], has: ["邵敏"] }],
  ),
  conv("zh", ["金穗那边谁说了算 内线是谁", { tool: "power_map", acc: [JS], has: ["韦东", "俞佳"] }]),

  // Risks and money.
  conv("zh", ["淮上城市污水有啥风险", { acc: [HSC], has: ["宋波|吴海峰", "苏清"] }]),
  conv(
    "zh",
    ["谁还欠咱钱 列一下", { acc: R1, has: ["望塘", "140万|1,400,000|1400000|1.4M", "东郊", "颍州"] }],
    ["一共多少", { acc: R1, has: ["306万|3,060,000|3060000|3.06M"] }],
  ),
  conv("zh", ["清源集团整体还欠多少钱", { acc: [QY, WT, CTP], has: ["140万|1,400,000|1400000|1.4M"] }]),

  // Deals, filters, forecast.
  conv("zh", ["这季度能签下来的单子有哪些", { tool: "forecast", acc: R1, has: ["望塘", "颍州", "徐圩"] }]),
  conv("zh", ["100万以上还在谈判的单子给我列下", { acc: R1, has: ["望塘", "颍州", "徐圩"] }]),
  conv("zh", ["徐圩高盐废水那单多大 啥时候定", { acc: [XW], has: ["560万|5,600,000|5600000|5.6M", "12月30|12-30"] }]),

  // Stale accounts, lists, comparisons, competitors, the group as a whole and its plants one by one.
  conv(
    "zh",
    ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["宿豫"] }],
    ["它上次啥时候联系的", { acc: [SY], has: ["5月12|05-12"] }],
  ),
  conv("zh", ["江苏的客户给我列一下", { tool: "find_accounts", acc: [DJ, XW, SY], has: ["东郊", "徐圩", "宿豫"] }]),
  conv("zh", ["望塘厂跟蔡田浦水厂对比下", { tool: "compare_accounts", acc: [WT, CTP] }]),
  conv("zh", ["中原水工在跟咱抢哪些单子", { tool: "competitor_deals", acc: [HSY, YZ], has: ["颍州", "淮上"] }]),
  conv(
    "zh",
    ["清源集团整体情况汇总一下", { tool: "group_overview", acc: [QY, WT, CTP], has: ["望塘", "蔡田铺"] }],
    ["先说望塘厂 单子到哪一步了", { acc: [WT], has: ["380万|3,800,000|3800000|3.8M", "谈判|negotiation"] }],
    ["蔡田铺呢", { acc: [CTP], has: ["90万|900,000|900000|0.9M|超滤"] }],
  ),

  // Tenders, plans.
  conv("zh", ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["清源"] }]),
  conv("zh", ["给徐圩出个客户计划", { tool: "generate_plan", acc: [XW] }]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "今天上午去望塘见了钱总工 膜方案技术上过了 就等商务",
    { tool: "log_interaction", card: "confirm", acc: [WT], has: ["钱立"] },
  ]),
  conv("zh", [
    "11/20跟颖州罗主任打了个电话 她说中原水工报价出来了比咱低",
    { tool: "log_interaction", card: "confirm", acc: [YZ], has: ["罗晓燕"] },
  ]),
  conv("zh", [
    "昨天去淮上城市污水拜访了吴部长 聊了下曝气器分项报价",
    { tool: "log_interaction", card: "confirm", acc: [HSC], has: ["吴海峰", "11月21|11-21"] },
  ]),
  conv("zh", [
    "明天去东郊厂找常科长催那90万",
    { tool: "add_action", card: "confirm", acc: [DJ], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "25号约了徐圩邵经理去现场看中试装置 帮我加个待办",
    { tool: "add_action", card: "confirm", acc: [XW], has: ["11月25|11-25"] },
  ]),
  conv("zh", [
    "后天给金穗韦总打电话确认MBR报价",
    { tool: "add_action", card: "confirm", acc: [JS], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "望塘膜扩容那单金额改成365万",
    { tool: "update_opportunity", card: "confirm", acc: [WT], has: ["365万|3,650,000|3650000|3.65M"] },
  ]),
  conv("zh", [
    "给蔡田铺蔡科长发二期超滤报价那个待办 搞定了 标记完成",
    { tool: ["update_action", "list_actions"], acc: [CTP] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["南京江心洲污水厂最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["航空港水务最近啥情况", { acc: [], has: [NF], not: ["郝志刚", "刘宏"] }]),
  conv("zh", ["帮我写首关于淮河的诗", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队逾期款一共多少", { acc: MGR, has: ["348万|3,480,000|3480000|3.48M"] }])),
  asUser(
    "manager",
    conv(
      "zh",
      ["陶思远这季度要签的单子有哪些", { acc: R1, has: ["望塘", "颍州", "徐圩"] }],
      ["葛俊的呢", { acc: R2, has: ["Alexandria|亚历山大", "270万|2,700,000|2700000|2.7M"] }],
    ),
  ),
  asUser("rep2", conv("zh", ["郑蒲港毛厂长上次说了啥", { acc: [ZP], has: ["叠螺"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我打给皋城姚总 聊运维续签",
      { tool: "add_action", card: "confirm", acc: [GCW], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["航空港水务还欠咱多少", { acc: [HKG], has: ["130万|1,300,000|1300000|1.3M"] }],
      ["太白湖那笔呢 啥时候到期", { acc: [TBH], has: ["105万|1,050,000|1050000|1.05M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["王厂长上次说了啥", { acc: [HD], has: ["曝气"] }])),
  asUser("rep3", conv("zh", ["望塘污水厂现在啥情况", { acc: [], has: [NF], not: ["王建华", "钱立"] }])),
]);
