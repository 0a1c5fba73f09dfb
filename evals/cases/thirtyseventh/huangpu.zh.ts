// Chinese conversations over the thirty-seventh book (evals/books/huangpu): short, mixed with English words, typed in a
// chat box by an English-first team. Written blind: every expectation is hand-read from the book's CSV files (today is
// 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { GT, HLB, HLC, HLG, HPS, HTD, HTJ, HY, JDT, JH, JL, KAS, LHA, LX, MD, MFF, MJ, PC, SHL, SX, TY } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你|没有这个客户|无此客户";
/** Every account rep1 (Deepa Nair) owns. */
const R1 = [HLG, HLB, HLC, HTJ, HTD, JDT, SX, KAS, LHA, MFF, LX, GT, JL, PC, SHL, MJ];
/** Every account the manager (沈嘉伟) sees: rep1's and rep2's. */
const MGR = [...R1, HY, TY, HPS, JH];

export const HUANGPU_ZH = named("huangpu-zh", [
  // Group members, near-duplicates, a place, a common word.
  conv("zh", ["华联那边最近啥情况", { card: "choices", acc: [HLG, HLB, HLC] }]),
  conv("zh", ["恒泰的单子走到哪步了", { card: "choices", acc: [HTJ, HTD] }]),
  conv("zh", ["嘉定那块我有几个客户啊", { acc: [JDT, KAS], has: ["通运", "Kessler|凯斯乐|KAS"] }]),
  conv("zh", ["顺心这个客户最近咋样", { acc: [SX], has: ["吴国栋"] }]),
  conv("zh", ["gangtong 那个 deal 啥时候 close", { acc: [GT], has: ["12月20|12-20|Dec 20"] }]),

  // People.
  conv(
    "zh",
    ["华联便利 谁说了算", { tool: "power_map", acc: [HLB, HLG], has: ["邓志强"] }],
    ["王总监向谁汇报", { acc: [HLB], has: ["邓志强"] }],
  ),
  conv("zh", ["王总监电话多少", { card: "choices", acc: [HLB, HTJ] }]),
  conv("zh", ["恒泰精密 王磊 手机号给我下", { acc: [HTJ], has: ["0512-5550-0402"] }]),
  conv(
    "zh",
    ["Kessler 现在 HR 谁负责", { acc: [KAS], has: ["Michael Zhang"] }],
    ["Sandra 啥时候走的", { acc: [KAS], has: ["9月|Sept|Sep|09-|9/15"] }],
  ),

  // Risks, money.
  conv("zh", ["港通供应连 这个 account 有啥风险", { acc: [GT], has: ["薪云"] }]),
  conv(
    "zh",
    [
      "帮我看下哪些客户逾期没回款",
      { acc: R1, has: ["华联便利|便利店", "112万|1,120,000|1120000|1.12M", "Straits|SHL|海峡"] },
    ],
    ["加起来多少", { acc: R1, has: ["219万|2,190,000|2190000|2.19M"] }],
  ),
  conv("zh", ["顺心那6万 due date 是哪天", { acc: [SX], has: ["12月20|12-20"] }]),

  // Deals, forecast, competitors.
  conv("zh", [
    "这个季度能 close 的 deal 有哪些",
    { tool: "forecast", acc: R1, has: ["华联便利|便利店", "港通", "通运", "顺心"] },
  ]),
  conv("zh", ["智勤在跟我们抢哪些单", { tool: "competitor_deals", acc: [HLB, HTD], has: ["华联便利|便利店"] }]),

  // Stale accounts, lists, groups.
  conv(
    "zh",
    ["哪些客户很久没跟进了", { tool: "stale_accounts", acc: R1, has: ["立信"] }],
    ["上次见的是谁 啥时候", { acc: [LX], has: ["罗志勇", "5月12|05-12"] }],
  ),
  conv("zh", [
    "浙江的客户列一下",
    { tool: "find_accounts", acc: [HLC, SX, GT], has: ["华联超市|浙江华联", "顺心", "港通"] },
  ]),
  conv("zh", ["华联集团 group 整体汇总下", { tool: "group_overview", acc: [HLG, HLB, HLC], has: ["便利", "超市"] }]),

  // Tenders.
  conv(
    "zh",
    ["有新的招标吗 跟我客户相关的", { tool: "tender_matches", acc: R1, has: ["华联"] }],
    ["保证金多少 啥时候开标", { acc: [HLG], has: ["3万|30,000|30000", "12月10|12-10"] }],
  ),
  conv("zh", ["金陵白货那个标最后谁中了 多少钱", { acc: [JL], has: ["薪云", "108万|1,080,000|1080000|1.08M"] }]),

  // Writes: logs, reminders, deal updates, to-dos done.
  conv("zh", [
    "昨天下午去港通见了朱经理 技术方案她那边ok了 帮我log一下",
    { tool: "log_interaction", card: "confirm", acc: [GT], has: ["朱丽", "11月21|11-21|Nov 21"] },
  ]),
  conv("zh", [
    "11.20 跟嘉定通运冯总监通了电话 他说发票重开了 审计完就付",
    { tool: "log_interaction", card: "confirm", acc: [JDT], has: ["冯立", "11月20|11-20|Nov 20"] },
  ]),
  conv("zh", [
    "明天去华联便利找孙悦催款 提醒我",
    { tool: "add_action", card: "confirm", acc: [HLB], has: ["11月23|11-23|Nov 23"] },
  ]),
  conv("zh", [
    "12.2 约了鹏程彭丽平聊排班对接收银 加个 todo",
    { tool: "add_action", card: "confirm", acc: [PC], has: ["12月2|12-02|Dec 2"] },
  ]),
  conv("zh", [
    "港通灵活用工那单金额改成195万",
    { tool: "update_opportunity", card: "confirm", acc: [GT], has: ["195万|1,950,000|1950000|1.95M"] },
  ]),
  conv("zh", [
    "恒泰精密薪酬外包推到 negotiation 了",
    { tool: "update_opportunity", card: "confirm", acc: [HTJ], has: ["negotiation|谈判"] },
  ]),
  conv("zh", ["港通马俊那个 todo 做完了 帮我关掉", { tool: ["update_action", "list_actions"], acc: [GT] }]),

  // Not in the book, another team's account.
  conv("zh", ["南通海星纺织最近有啥动静", { acc: [], has: [NF] }]),
  conv("zh", ["美达陶瓷的单子到哪了", { acc: [], has: [NF], not: ["王建军", "梁志明"] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["团队里现在逾期的钱一共多少", { acc: MGR, has: ["244万|2,440,000|2440000|2.44M"] }])),
  asUser("rep2", conv("zh", ["沪运冷链那单对手是谁", { acc: [HY], has: ["才源"] }])),
  asUser("rep3", conv("zh", ["美达那90万啥时候能回", { acc: [MD], has: ["年底|12月|year end|end of year"] }])),
]);
