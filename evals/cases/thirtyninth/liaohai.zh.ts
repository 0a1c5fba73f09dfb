// Chinese conversations over the thirty-ninth book (evals/books/liaohai), typed on a phone between ship visits. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  ABC,
  BJS,
  DOSB,
  DOSC,
  DOSG,
  GHS,
  GHT,
  HBM,
  HD,
  HHO,
  HHP,
  HX,
  HXF,
  HYD,
  JZB,
  JZP,
  LSF,
  QHD,
  QJ,
  SD,
  SPT,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这个客户|未找到|无权";
/** Every account rep1 (于晓婷) owns. */
const R1 = [DOSG, DOSC, DOSB, HXF, GHS, GHT, JZP, BJS, HYD, QJ, HHO, HX, QHD, SD, SPT, ABC];
/** Every account the manager (秦海峰) sees: rep1's and rep2's. */
const MGR = [...R1, HBM, LSF, HHP, JZB];

export const LIAOHAI_ZH = named("liaohai-zh", [
  // Short names shared by several accounts, places, common words, pinyin, typos.
  conv("zh", ["远海最近咋样", { card: "choices", acc: [DOSG, DOSC, DOSB] }]),
  conv("zh", ["港航那边啥情况", { card: "choices", acc: [GHS, GHT] }]),
  conv("zh", ["锦州那边咱有几家客户", { acc: [JZP, BJS], has: ["锦州港务", "笔架山"] }]),
  conv("zh", ["前进最近有啥进展", { acc: [QJ], has: ["压载水|BWTS"] }]),
  conv("zh", ["haiheng 还欠多少", { acc: [HHO], has: ["60万|600,000|600000|0.6M"] }]),
  conv("zh", ["远海散运那42.5w几号到期", { acc: [DOSB], has: ["12月15|12-15"] }]),
  conv(
    "zh",
    ["海峡论渡坞修那单多少钱", { acc: [HXF], has: ["185万|1,850,000|1850000|1.85M"] }],
    ["啥时候能定", { acc: [HXF], has: ["12月15|12-15"] }],
  ),

  // People: who decides, reporting lines, phones, last contact, the departed 机务部经理.
  conv(
    "zh",
    ["远海集团谁说了算", { tool: "power_map", acc: [DOSG], has: ["王振东"] }],
    ["陈总上面是谁", { acc: [DOSG], has: ["王振东"] }],
  ),
  conv("zh", ["老张电话多少", { card: "choices", acc: [DOSC, QJ] }]),
  conv("zh", ["前进老张上回啥时候见的", { acc: [QJ], has: ["11月17|11-17"] }]),
  conv(
    "zh",
    ["港航船务机务经理现在谁啊", { acc: [GHS], has: ["邹凯"] }],
    ["孙立伟啥时候走的", { acc: [GHS], has: ["10月|9月18|09-18"] }],
  ),
  conv("zh", ["想搞定远海集运李总 谁能帮忙引荐", { tool: "power_map", acc: [DOSC, DOSG], has: ["张建军|王振东"] }]),

  // Money: receivables, totals, deal sizes.
  conv(
    "zh",
    [
      "谁欠咱钱 列下",
      {
        acc: R1,
        has: ["Straits|SPT|海峡太平洋", "115万|1,150,000|1150000|1.15M", "远海集运", "68万|680,000|680000|0.68M"],
      },
    ],
    ["总共多少", { acc: R1, has: ["275万|2,750,000|2750000|2.75M"] }],
  ),
  conv("zh", ["bijiashan那9w收了没", { acc: [BJS], has: ["7月31|07-31"] }]),
  conv(
    "zh",
    ["这季度能签的单", { tool: "forecast", acc: R1, has: ["远海集运", "海峡轮渡", "港航拖轮", "海恒"] }],
    ["加起来多少钱", { acc: R1, has: ["665万|6,650,000|6650000|6.65M"] }],
  ),
  conv("zh", ["手上在跟的单子一共多少钱", { acc: R1, has: ["2414万|24,140,000|24140000|24.14M"] }]),
  conv(
    "zh",
    ["今年丢了哪几单", { acc: R1, has: ["海洋岛", "秦皇岛", "石岛"] }],
    ["都输给谁了", { acc: [HYD, QHD, SD], has: ["北船", "津湾", "山海"] }],
  ),

  // Stale accounts, lists and filters, groups, competitors.
  conv(
    "zh",
    ["哪些客户好久没联系了", { tool: "stale_accounts", acc: R1, has: ["海星"] }],
    ["上回跟他们聊的啥", { acc: [HX], has: ["工作船|坞修"] }],
  ),
  conv(
    "zh",
    ["渔业合作社的客户有哪些", { tool: "find_accounts", acc: [BJS, HYD, SD], has: ["笔架山", "海洋岛", "石岛"] }],
    ["石岛那个上次啥时候去的", { acc: [SD], has: ["11月7|11-07"] }],
  ),
  conv("zh", [
    "远海集团下面几家汇总下",
    { tool: "group_overview", acc: [DOSG, DOSC, DOSB], has: ["集运|集装箱", "散运|散货"] },
  ]),
  conv("zh", ["北船在抢我哪些单", { tool: "competitor_deals", acc: [DOSG, DOSC, HYD, DOSB], has: ["远海"] }]),

  // Tenders.
  conv(
    "zh",
    ["有我客户的招标没", { tool: "tender_matches", acc: R1, has: ["远海"] }],
    ["啥时候开标 保证金多少", { acc: [DOSG], has: ["12月16|12-16", "8万|80,000|80000"] }],
  ),
  conv("zh", ["锦州港务局那个采购意向 预算多少", { acc: [JZP], has: ["45万|450,000|450000|0.45M"] }]),
  conv("zh", ["秦港管理局坞修那个标谁中了 多少钱", { acc: [QHD], has: ["津湾", "52万|520,000|520000|0.52M"] }]),

  // My week.
  conv("zh", ["今天该干啥", { tool: "my_week" }]),

  // Writes: calls and visits that happened, future visits, deal updates, a to-do done.
  conv("zh", [
    "今天上午去港航拖轮见了钱主管 72w没问题 等合同",
    { tool: "log_interaction", card: "confirm", acc: [GHT], has: ["钱立"] },
  ]),
  conv("zh", [
    "昨天跟远海集运吴经理打了电话 68w月底先付一半",
    { tool: "log_interaction", card: "confirm", acc: [DOSC], has: ["吴倩", "11月21|11-21"] },
  ]),
  conv("zh", [
    "11.20去前进见了彭总 审图快过了 记下",
    { tool: "log_interaction", card: "confirm", acc: [QJ], has: ["彭志远", "11月20|11-20"] },
  ]),
  conv("zh", ["明天去海恒找罗总催60w尾款", { tool: "add_action", card: "confirm", acc: [HHO], has: ["11月23|11-23"] }]),
  conv("zh", [
    "26号约了海峡轮渡马部长上船看 加个提醒",
    { tool: "add_action", card: "confirm", acc: [HXF], has: ["11月26|11-26"] },
  ]),
  conv("zh", [
    "3号给锦州卢科长打电话问招标时间",
    { tool: "add_action", card: "confirm", acc: [JZP], has: ["12月3|12-03"] },
  ]),
  conv("zh", [
    "远海集运坞修那单改成305w",
    { tool: "update_opportunity", card: "confirm", acc: [DOSC], has: ["305万|3,050,000|3050000|3.05M"] },
  ]),
  conv("zh", [
    "港航船务维保那单推到谈判了",
    { tool: "update_opportunity", card: "confirm", acc: [GHS], has: ["谈判|negotiation"] },
  ]),
  conv("zh", [
    "海峡轮渡那单 预计成交改12.30",
    { tool: "update_opportunity", card: "confirm", acc: [HXF], has: ["12月30|12-30"] },
  ]),
  conv("zh", ["笔架山备件报价发给曹理事长了 待办勾掉", { tool: ["update_action", "list_actions"], acc: [BJS] }]),

  // Not in the book, another rep's account, out of scope.
  conv("zh", ["丹东海运集团那边咋样", { acc: [], has: [NF] }]),
  conv("zh", ["旅顺轮渡最近咋样", { acc: [], has: [NF], not: ["姜涛"] }]),
  conv("zh", ["蓬莱海达张总监电话", { acc: [], has: [NF], not: ["0535-555-2401"] }]),
  conv("zh", ["帮我订张明天去烟台的船票", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队逾期一共多少", { acc: MGR, has: ["331万|3,310,000|3310000|3.31M"] }])),
  asUser("manager", conv("zh", ["晓婷这季度能签多少", { acc: R1, has: ["665万|6,650,000|6650000|6.65M"] }])),
  asUser("manager", conv("zh", ["阎冬的狮门海工啥情况", { acc: [], has: [NF], not: ["Lee Kok Hwa"] }])),
  asUser("rep2", conv("zh", ["旅顺轮渡姜部长上次说啥了", { acc: [LSF], has: ["坞修", "100万|1,000,000|1000000|1M"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我打给胶州湾任总 聊年度维保",
      { tool: "add_action", card: "confirm", acc: [JZB], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["海达那40w啥时候到期", { acc: [HD], has: ["11月30|11-30"] }],
      ["老张电话呢", { acc: [HD], has: ["0535-555-2401"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["远海集运咋样了", { acc: [], has: [NF], not: ["李海龙", "张建军"] }])),
]);
