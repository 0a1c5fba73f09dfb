// Chinese conversations over the seventeenth book (evals/books/dongting), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BL, CC, CN, CT, DEA, DY, GG, HXE, HXM, JG, LFA, LFG, LFR, LZ, NAP, QZ, SX, TX, TYE, XY, YL } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";
/** Every account rep1 (罗晓琴) owns. */
const R1 = [LFG, LFR, LFA, HXM, HXE, SX, JG, LZ, BL, GG, CT, YL, XY, NAP, CC, QZ];
/** Every account the manager (程志刚) sees: rep1's and rep2's. */
const TEAM = [...R1, DY, DEA, TX, TYE];

export const DONGTING_ZH = named("dongting-zh", [
  // Accounts, short names, near-duplicates, pinyin and typos.
  conv("zh", ["华鑫那边最近啥情况", { card: "choices", acc: [HXM, HXE] }]),
  conv("zh", ["华鑫电机谁拍板", { tool: "power_map", acc: [HXM], has: ["曾志强"] }]),
  conv(
    "zh",
    ["庐峰集团 权力地图", { tool: "power_map", acc: [LFG], has: ["万国华", "许婧", "钟涛"] }],
    ["钟涛向谁汇报", { acc: [LFG], has: ["万国华"] }],
  ),
  conv("zh", ["庐峰下面那两个厂 汇总一下", { tool: "group_overview", acc: [LFG, LFR, LFA], has: ["冰箱", "空调"] }]),
  conv(
    "zh",
    ["巴陵电子有啥风险没", { acc: [BL], has: ["55万|550,000|550000|0.55M"] }],
    ["张振宇走了以后谁接的他", { acc: [BL], has: ["吴海峰"] }],
    ["那他跟kronwald啥关系", { acc: [BL], has: ["Kronwald|克朗瓦尔德"] }],
  ),
  conv("zh", ["三峡那边的单子走到哪一步了", { acc: [SX], has: ["96万|960,000|960000|0.96M", "12月25|12-25"] }]),
  conv("zh", ["宜昌的客户都有哪几个", { acc: [SX, YL], has: ["三峡", "夷陵"], not: ["楚能"] }]),
  conv("zh", ["李科长电话多少来着", { card: "choices", acc: [LFR, HXE] }]),
  conv("zh", ["庐峰冰箱那个李科长 上次联系是哪天", { acc: [LFR], has: ["11月17|11-17"] }]),
  conv("zh", ["三峡精蜜的覃雪 啥态度", { acc: [SX], has: ["湘锐"] }]),
  conv(
    "zh",
    ["吴海峰是谁啊", { acc: [BL], has: ["生产总监"] }],
    ["他上次啥时候联系的", { acc: [BL], has: ["11月13|11-13"] }],
  ),
  conv("zh", ["曾志强手机号给我下", { acc: [HXM], has: ["0731-555-0401"] }]),
  conv("zh", ["庐峰冰箱谁说了算 我该通过谁去找他", { tool: "power_map", acc: [LFR], has: ["邱建平", "李卫东"] }]),

  // Money owed.
  conv(
    "zh",
    ["逾期没回的款 给我列一下", { acc: R1, has: ["庐峰冰箱|九江庐峰冰箱", "80万|800,000|800000|0.8M", "巴陵"] }],
    ["一共多少", { acc: R1, has: ["198万|1,980,000|1980000|1.98M"] }],
  ),
  conv("zh", ["精工还欠咱多少钱", { acc: [JG], has: ["18万|180,000|180000|0.18M"] }]),
  conv("zh", [
    "lufeng bingxiang 那笔货款啥时候到期的",
    { acc: [LFR], has: ["80万|800,000|800000|0.8M", "7月15|07-15"] },
  ]),

  // Deals, forecast, competitors.
  conv("zh", [
    "精工的商机 啥阶段 多少钱 啥时候签",
    { acc: [JG], has: ["240万|2,400,000|2400000|2.4M", "12月20|12-20", "谈判|negotiation"] },
  ]),
  conv("zh", ["这个季度我能签多少 预测下", { tool: "forecast", acc: R1 }]),
  conv("zh", ["楚材智能在跟我们抢哪些单", { tool: "competitor_deals", acc: R1, has: ["精工", "庐峰"] }]),
  conv("zh", ["车城变速箱 去毛刺那单丢给谁了", { acc: [CC], has: ["Kronwald|克朗瓦尔德"] }]),
  conv("zh", ["精工那边饶总说楚材给了更长质保 我们咋办 要不要找方琳帮忙推一推", { acc: [JG], has: ["方琳"] }]),
  conv("zh", ["对比下华鑫电机跟华鑫电子", { tool: "compare_accounts", acc: [HXM, HXE] }]),

  // Stale, lists.
  conv("zh", ["哪些客户好久没跟了", { tool: "stale_accounts", acc: R1, has: ["夷陵"] }]),
  conv("zh", ["湖南那边我有哪些客户", { acc: [HXM, HXE, BL], has: ["华鑫电机", "华鑫电子", "巴陵"] }]),
  conv("zh", ["汽配行业的客户列一下", { acc: R1, has: ["精工", "隆中"] }]),
  conv("zh", ["战略价值最高的那几个客户是哪些", { acc: R1, has: ["庐峰", "精工"] }]),

  // Tenders.
  conv("zh", ["有没有我客户的招标", { tool: "tender_matches", acc: R1, has: ["庐峰"] }]),
  conv(
    "zh",
    ["庐峰集团那个招标啥时候截止", { acc: [LFG], has: ["12月9|12-09|12/9"] }],
    ["要啥资质", { acc: [LFG], has: ["家电"] }],
  ),
  conv("zh", ["楚天那个采购意向 预算多少 啥时候采", { acc: [CT], has: ["160万|1,600,000|1600000|1.6M", "1月"] }]),
  conv("zh", ["赣州空调厂的标谁中了 中标价多少", { acc: [LFA], has: ["楚材", "165万|1,650,000|1650000|1.65M"] }]),

  // Week and plans.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv("zh", ["帮我给精工写个客户计划", { tool: "generate_plan", acc: [JG] }]),
  conv("zh", ["庐峰集团的计划给我看看", { tool: "show_plan", acc: [LFG] }]),

  // Writes.
  conv("zh", [
    "记一下 今天拜访了三峡精密向东 他说签约可能推到1月",
    { tool: "log_interaction", card: "confirm", acc: [SX] },
  ]),
  conv("zh", [
    "刚跟李晓梅通了电话 她说尾款12月中旬付 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [HXE] },
  ]),
  conv("zh", [
    "明天提醒我给饶建国发最终报价",
    { tool: "add_action", card: "confirm", acc: [JG], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "12月3号去隆中汽配拜访孔祥瑞 加个待办",
    { tool: "add_action", card: "confirm", acc: [LZ], has: ["12月3|12-03|2026-12-03"] },
  ]),
  conv("zh", [
    "精工那个单子金额改成230万",
    { tool: "update_opportunity", card: "confirm", acc: [JG], has: ["230万|2,300,000|2300000|2.3M"] },
  ]),
  conv("zh", ["华鑫电机的定子检测 推到谈判阶段", { tool: "update_opportunity", card: "confirm", acc: [HXM] }]),
  conv("zh", ["给杜娟发节拍测算那个待办 已经做完了 标一下", { acc: [LZ] }]),

  // Not in the book, another rep's or team's, out of scope.
  conv("zh", ["绿源科技最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["东岳车身现在啥情况", { acc: [], has: [NF], not: ["冯德才"] }]),
  conv("zh", ["楚能电池朱总电话多少", { acc: [], not: ["朱立新", "0717-555-2201"] }]),
  conv("zh", ["明天武汉天气咋样", { acc: [] }]),
  conv("zh", ["给我写首关于机器人的诗", { acc: [] }]),

  // Other users.
  asUser(
    "manager",
    conv("zh", ["团队逾期应收一共多少", { acc: TEAM, has: ["东岳", "268万|2,680,000|2680000|2.68M"] }]),
  ),
  asUser(
    "manager",
    conv("zh", ["东岳车身那个侧围焊装的单子多大", { acc: [DY], has: ["190万|1,900,000|1900000|1.9M"] }]),
  ),
  asUser("rep2", conv("zh", ["东岳车身欠的钱还有多少", { acc: [DY], has: ["70万|700,000|700000|0.7M"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["楚能那个模组线的单子啥时候定", { acc: [CN], has: ["380万|3,800,000|3800000|3.8M", "12月30|12-30|12月底"] }],
      ["李科长上回问了啥", { acc: [CN], has: ["备件"] }],
    ),
  ),
]);
