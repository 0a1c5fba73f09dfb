// English conversations over the fiftieth book (evals/books/putuo), typed the way a new rep types in the first week.
// Written blind: every expectation is read by hand from the book's CSV files and notices (TEST_NOW is Sunday
// 2026-11-22, so tomorrow = Nov 23). See the book's README for the hard cases.
import { asUser, conv, named } from "../conversation-types";
import { DMW, DS, HBH, HJ, HKQ, HL, HT, JC, LJ, LOT, MD, MGR, NDP, R1, RF, RGD, SZ, YXP, YXR } from "./names";

/** An honest "not found" (or "not yours to see") in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no access|don't have access|not visible";

export const PUTUO_EN = named("putuo-en", [
  // Overseas accounts by abbreviation and short name.
  conv(
    "en",
    ["meridan weaving - where's the 40 loom deal at", { acc: [DMW], has: ["9,600,000|9.6M|960万|9600000"] }],
    ["whos competing and what did they offer", { acc: [DMW], has: ["Kasumi", "10%"] }],
    [
      "how much do they still owe us and why's it stuck",
      { acc: [DMW], has: ["1,080,000|1.08M|108万|1080000", "L/C|letter of credit|信用证"] },
    ],
    [
      "remind me Dec 2 to call Tanvir about visas for our 2 technicians",
      { tool: "add_action", card: "confirm", acc: [DMW], has: ["Dec 2|12-02|12月2|2 Dec|December 2"] },
    ],
  ),
  conv(
    "en",
    ["BLT status?", { acc: [LOT], has: ["6,120,000|6.12M|612万|6120000"] }],
    ["what did tran thi mai ask us for", { acc: [LOT], has: ["sample|样"] }],
    [
      "log a call w her today - canvas yarn ships to shaoxing 11/28, test run first week of dec",
      { tool: "log_interaction", card: "confirm", acc: [LOT], has: ["Tran Thi Mai"] },
    ],
  ),

  // The group's two weaving mills.
  conv(
    "en",
    ["hengjin weaving whats new", { card: "choices", acc: [HKQ, HBH, HJ] }],
    [
      "the keqiao mill. how big is the deal and when do they wanna sign",
      {
        acc: [HKQ],
        has: ["1,650,000|1.65M|165万|1650000", "Dec 20|12-20|12月20|20 Dec|December 20"],
      },
    ],
    ["compare it with the binhai mill", { tool: "compare_accounts", acc: [HKQ, HBH] }],
  ),
  conv(
    "en",
    [
      "power map for Hengjin Group pls",
      { tool: "power_map", acc: [HJ], has: ["何振东|He Zhendong", "潘丽君|Pan Lijun"] },
    ],
    ["who does jiang wenbin report to", { acc: [HJ], has: ["潘丽君|Pan Lijun"] }],
  ),

  // Money, forecast, lost deals, competitors.
  conv(
    "en",
    ["overdue recievables, biggest first", { tool: "receivables", acc: R1, has: ["1,620,000|1.62M|162万|1620000"] }],
    ["total?", { acc: R1, has: ["3,330,000|3.33M|333万|3330000"] }],
  ),
  conv(
    "en",
    ["which deals should close this quarter", { tool: "forecast", acc: R1, has: ["永兴|Yongxing", "宏达|Hongda"] }],
    ["the shengze one - who are we up aginst", { acc: [SZ], has: ["立恒|Liheng"] }],
  ),
  conv(
    "en",
    [
      "what did we lose this year and to whom",
      { acc: R1, has: ["华泰|Huatai", "Valtorra", "鲁锦|Lujin", "海川|Haichuan"] },
    ],
    [
      "huatai - anything we can still sell them? heard their new looms are acting up",
      { acc: [HT], has: ["spare|备件"] },
    ],
  ),
  conv(
    "en",
    [
      "where is Valtorra competing with us",
      { tool: "competitor_deals", acc: [JC, LOT, HT], has: ["锦程|Jincheng", "Lotus"] },
    ],
    [
      "jincheng is cutting to 20 looms, set that deal to 3.6M",
      { tool: "update_opportunity", card: "confirm", acc: [JC], has: ["3,600,000|3.6M|360万|3600000"] },
    ],
  ),

  // Tenders.
  conv(
    "en",
    [
      "shengze dyeing machine tender - deadline and ceiling price?",
      {
        acc: [SZ],
        has: ["Dec 11|12-11|12月11|11 Dec|December 11", "3,480,000|3.48M|348万|3480000"],
      },
    ],
    ["what references do bidders need", { acc: [SZ], has: ["overflow|溢流|three years|3 years"] }],
  ),

  // Same short word, places, people.
  conv(
    "en",
    ["yongxing status", { card: "choices", acc: [YXP, YXR] }],
    ["the dyeing one in jinjiang", { acc: [YXR], has: ["480,000|480k|48万|0.48M|480000"] }],
    ["anything they're unhappy about", { acc: [YXR], has: ["spare|备件"] }],
  ),
  conv(
    "en",
    [
      "list my fujian accounts",
      { tool: "find_accounts", acc: [YXR, HL], has: ["晋江|Jinjiang|永兴|Yongxing", "华纶|Hualun"] },
    ],
    ["who's our coach at hualun", { acc: [HL], has: ["黄丽萍|Huang Liping"] }],
  ),
  conv(
    "en",
    ["which accounts have gone quiet on me", { tool: "stale_accounts", acc: R1, has: ["东盛|Dongsheng"] }],
    ["when did we last talk to them", { acc: [DS], has: ["Mar 19|03-19|3月19|19 Mar|March 19"] }],
    ["why is their score so low", { tool: "explain_score", acc: [DS] }],
  ),
  conv(
    "en",
    ["Lujin - who took over from Wang Zhigang", { acc: [LJ], has: ["孙涛|Sun Tao"] }],
    ["is he on our side?", { acc: [LJ], has: ["海川|Haichuan"] }],
  ),

  // Writes.
  conv(
    "en",
    [
      "log a visit at Ruifeng today: Ye Xiaoping ok with the 360k renewal if we add 2 inspections",
      { tool: "log_interaction", card: "confirm", acc: [RF], has: ["叶小平|Ye Xiaoping"] },
    ],
    ["and mark that renewal won", { tool: "update_opportunity", card: "confirm", acc: [RF] }],
  ),
  conv(
    "en",
    ["whats on my plate this week", { tool: "my_week" }],
    ["draft an account plan for Meridian Weaving", { tool: "generate_plan", acc: [DMW] }],
  ),

  // Not in the book, out of scope, another rep's account.
  conv(
    "en",
    ["how's Saigon Star Garments doing", { acc: [], has: [NF] }],
    ["ok then write me a haiku about looms", { acc: [] }],
  ),
  conv("en", ["Rivergate Denim - any news on the payment?", { acc: [], has: [NF], not: ["Mahmudul"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "en",
      [
        "team forecast - what closes by year end",
        { tool: "forecast", acc: MGR, has: ["明达|Mingda", "永兴|Yongxing"] },
      ],
      ["mingda - whos the competitor and how far apart are we", { acc: [MD], has: ["Kasumi", "8%"] }],
    ),
  ),
  asUser(
    "rep2",
    conv("en", ["when is the Rivergate payment due", { acc: [RGD], has: ["Dec 30|12-30|12月30|30 Dec|December 30"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["pearl silk - who are we up against and by how much", { acc: [NDP], has: ["Valtorra", "8%"] }],
      [
        "remind me tomorrow to send Le Minh Tuan the revised quote",
        { tool: "add_action", card: "confirm", acc: [NDP], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
      ],
      ["Dhaka Meridian status?", { acc: [], has: [NF], not: ["Tanvir", "Rafiqul"] }],
    ),
  ),
]);
