// Chinese conversations over the twenty-ninth book (evals/books/nanling), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  CEA,
  DR,
  DS,
  DZ,
  GT,
  HH,
  HL,
  HTJ,
  HTQ,
  HWS,
  LC,
  LD,
  LS,
  MJ,
  MLC,
  MLG,
  MLK,
  RAC,
  SF,
  SPE,
  TX,
  XJ,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到";
/** Every account rep1 (陈思琪) owns. */
const R1 = [MLG, MLC, MLK, HTJ, HTQ, GT, DZ, DS, TX, XJ, HL, LD, DR, LC, SPE, RAC];
/** Every account the manager (梁志远) sees: rep1's and rep2's. */
const MGR = [...R1, SF, HH, MJ, HWS];

export const NANLING_ZH = named("nanling-zh", [
  // Short names, near-duplicates, places, typos and pinyin.
  conv("zh", ["鸿泰那边最近咋样", { card: "choices", acc: [HTJ, HTQ] }]),
  conv("zh", ["美兰那个MES单子到哪一步了", { card: "choices", acc: [MLG, MLC] }]),
  conv("zh", ["端州那边咱都有哪些客户", { acc: [DZ, DS], has: ["端州电子", "鼎盛"] }]),
  conv("zh", ["guitong chongya MES 现在啥情况", { acc: [GT], has: ["180万|1,800,000|1800000|1.8M"] }]),
  conv("zh", ["湘江电区二期款给了没", { acc: [XJ], has: ["115万|1,150,000|1150000|1.15M", "11月30|11-30"] }]),

  // People and the power map.
  conv(
    "zh",
    ["美澜集团谁拍板", { tool: "power_map", acc: [MLG], has: ["何启明"] }],
    ["罗总监向谁汇报", { acc: [MLG], has: ["何启明"] }],
  ),
  conv(
    "zh",
    ["海兰电池 权力地图看下", { tool: "power_map", acc: [HL], has: ["郑宏", "蔡永福", "陈晓燕"] }],
    ["陈晓燕跟哪家走得近", { acc: [HL], has: ["Kestrel|凯斯特"] }],
  ),
  conv(
    "zh",
    ["鼎盛设备部长现在是谁", { acc: [DS], has: ["杜明轩"] }],
    ["那王磊啥时候走的", { acc: [DS], has: ["9月|8月28|08-28|2026-09"] }],
  ),
  conv("zh", ["张厂长电话多少", { card: "choices", acc: [HTJ, GT] }]),
  conv("zh", ["鸿泰精密林经理手机号发我下", { acc: [HTJ], has: ["0769-555-0402"] }]),
  conv("zh", ["想搞定美澜厨电冯总 从谁那入手比较好", { tool: "power_map", acc: [MLC, MLG], has: ["冯志强"] }]),

  // Risks, money.
  conv("zh", ["鼎胜电池有啥风险", { acc: [DS], has: ["杜明轩|王磊", "数联"] }]),
  conv(
    "zh",
    ["逾期的款有哪些 列一下", { acc: R1, has: ["美澜空调|中山美澜", "120万|1,200,000|1200000|1.2M", "鼎盛"] }],
    ["一共多少", { acc: R1, has: ["246万|2,460,000|2460000|2.46M"] }],
  ),

  // Deals, forecast, lists then a pick.
  conv("zh", ["这季度能签下来的单子有哪些", { tool: "forecast", acc: R1, has: ["美澜厨电|美澜厨房", "桂通", "海蓝"] }]),
  conv(
    "zh",
    ["谈判阶段的单子 按金额排一下", { acc: R1, has: ["海蓝", "美澜厨电|美澜厨房", "桂通"] }],
    ["第二个谁拍板", { acc: [MLC], has: ["冯志强"] }],
  ),
  conv(
    "zh",
    ["12月要关的单子按日期排下", { acc: R1, has: ["湘江", "美澜厨电|美澜厨房", "桂通", "海蓝", "端州"] }],
    ["第三个现在卡在哪", { acc: [GT] }],
  ),

  // Stale accounts, lists, competitors, groups.
  conv(
    "zh",
    ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["鹭岛"] }],
    ["它上次啥时候联系的", { acc: [LD], has: ["4月9|04-09"] }],
  ),
  conv("zh", ["湖南的客户给我列下", { tool: "find_accounts", acc: [TX, XJ], has: ["同心", "湘江"], not: ["麓山"] }]),
  conv("zh", [
    "电池行业的客户有哪些",
    { tool: "find_accounts", acc: [DS, HL], has: ["鼎盛", "海蓝"], not: ["麓山", "闽江"] },
  ]),
  conv("zh", [
    "精迈在跟咱抢哪些单",
    { tool: "competitor_deals", acc: [MLC, GT, LC], has: ["美澜厨电|美澜厨房", "桂通"] },
  ]),
  conv("zh", [
    "美澜集团下面几家厂汇总下",
    { tool: "group_overview", acc: [MLG, MLC, MLK], has: ["厨电|厨房", "空调"] },
  ]),

  // Tenders.
  conv(
    "zh",
    ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["海蓝"] }],
    ["那个MES的投标啥时候截止", { acc: [HL], has: ["12月8|12-08"] }],
  ),
  conv("zh", ["绿城家电有采购意向出来没", { acc: [LC], has: ["110万|1,100,000|1100000|1.1M"] }]),

  // My week, plans.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv(
    "zh",
    ["给海蓝出个客户计划", { tool: "generate_plan", acc: [HL] }],
    ["可以 保存吧", { tool: "save_plan", card: "confirm", acc: [HL] }],
  ),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("zh", [
    "今天上午去桂通见了韦主管 冲压MES方案她那边过了",
    { tool: "log_interaction", card: "confirm", acc: [GT], has: ["韦春燕"] },
  ]),
  conv("zh", [
    "11/20跟海蓝蔡总监打了个电话 他说Kestrel降价了",
    { tool: "log_interaction", card: "confirm", acc: [HL], has: ["蔡永福"] },
  ]),
  conv("zh", [
    "昨天去鼎胜拜访了杜部长 聊了下验收单的事",
    { tool: "log_interaction", card: "confirm", acc: [DS], has: ["杜明轩", "11月21|11-21"] },
  ]),
  conv("zh", [
    "明天去美澜空调找周总催尾款",
    { tool: "add_action", card: "confirm", acc: [MLK], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "后天给同心易总打电话确认追溯预算",
    { tool: "add_action", card: "confirm", acc: [TX], has: ["11月24|11-24"] },
  ]),
  conv("zh", [
    "绿城农经理那 12.2上门讲WMS方案 提醒我",
    { tool: "add_action", card: "confirm", acc: [LC], has: ["12月2|12-02"] },
  ]),
  conv("zh", [
    "美澜厨电MES二期金额改成245万",
    { tool: "update_opportunity", card: "confirm", acc: [MLC], has: ["245万|2,450,000|2450000|2.45M"] },
  ]),
  conv("zh", ["鼎盛OEE那单推到报价阶段了", { tool: "update_opportunity", card: "confirm", acc: [DS] }]),
  conv("zh", [
    "给湘江龙部长发续约报价那个待办 搞定了 标记完成",
    { tool: ["update_action", "list_actions"], acc: [XJ] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("zh", ["江门永盛五金最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["麓山电池最近啥情况", { acc: [], has: [NF], not: ["张志成"] }]),
  conv("zh", ["鹭江精密那单到哪了", { acc: [], has: [NF], not: ["黄丽娟"] }]),
  conv("zh", ["明天广州下雨不", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队逾期款一共多少", { acc: MGR, has: ["341万|3,410,000|3410000|3.41M"] }])),
  asUser("manager", conv("zh", ["黄伟健手上有哪些单子", { acc: [SF, HH, MJ, HWS], has: ["穗丰", "Haiphong|海防"] }])),
  asUser("manager", conv("zh", ["苏婉清的麓山电池咋样了", { acc: [], has: [NF], not: ["张志成"] }])),
  asUser("rep2", conv("zh", ["恒晖梁总监上次说了啥", { acc: [HH], has: ["OEE"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "明天提醒我打给闽江林总 催95万",
      { tool: "add_action", card: "confirm", acc: [MJ], has: ["11月23|11-23"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["麓山还欠咱多少", { acc: [LS], has: ["80万|800,000|800000|0.8M"] }],
      ["Chonburi那笔呢 啥时候到期", { acc: [CEA], has: ["60万|600,000|600000|0.6M", "11月30|11-30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["美澜厨电现在啥情况", { acc: [], has: [NF], not: ["冯志强", "彭丽"] }])),
]);
