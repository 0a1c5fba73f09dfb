// English conversations over the thirtieth book (evals/books/wuyi), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CD, CY, FZ, GT, GTJK, HC, HCK, HCL, JDZ, KJ, KVEL, MMCT, MX, MY, PPH, QZ, SR, YG } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 owns. */
const R1 = [MY, FZ, QZ, HCK, HCL, HC, JDZ, CD, KJ, YG, MX, SR, CY, GT, KVEL, MMCT];

export const WUYI_EN = named("wuyi-en", [
  conv("en", [
    "kvel depot charging deal how much n when",
    { acc: [KVEL], has: ["2.6M|2,600,000|260万|2600000", "Jan 31|01-31|1月31|31 Jan|January 31"] },
  ]),
  conv(
    "en",
    ["mmct whos got the final say", { tool: "power_map", acc: [MMCT], has: ["Ramon Dela Cruz|Ramon"] }],
    ["n jerome, which side is he on", { acc: [MMCT], has: ["VoltAsia"] }],
  ),
  conv(
    "en",
    ["mmct whats up", { acc: [MMCT], has: ["1.85M|1,850,000|185万|1850000"] }],
    ["their unpaid invoices?", { acc: [MMCT], has: ["360,000|360k|36万|0.36M|360000"] }],
  ),
  conv(
    "en",
    ["hongcheng anything new", { card: "choices", acc: [HCK, HCL] }],
    ["the express one", { acc: [HCK], has: ["熊丽|Xiong Li|彭俊|Peng Jun|2,250,000|2.25M|225万|2250000"] }],
  ),
  conv(
    "en",
    ["who owes us money, sort by amount pls", { acc: R1, has: ["福州|Fuzhou", "1,350,000|1.35M|135万|1350000"] }],
    ["sum?", { acc: R1, has: ["2,790,000|2.79M|279万|2790000"] }],
  ),
  conv("en", ["accts i havent touched in ages", { tool: "stale_accounts", acc: R1, has: ["闽西|Minxi"] }]),
  conv("en", ["wat closes before year end", { tool: "forecast", acc: R1, has: ["福州|Fuzhou", "海沧|Haicang|HCPT"] }]),
  conv("en", [
    "anything on the procurement sites for my accts",
    { tool: "tender_matches", acc: R1, has: ["上饶|Shangrao"] },
  ]),
  conv("en", [
    "shangrao depot tender - ceiling price and deposit?",
    { acc: [SR], has: ["4,500,000|4.5M|450万|4500000", "40,000|40k|4万|40000"] },
  ]),
  conv("en", [
    "chaoyun charger tender who got it",
    { acc: [CY], has: ["星驰|Xingchi", "1,786,000|1.786M|178.6万|1786000|1.79M"] },
  ]),
  conv("en", [
    "jingdezhen bus procurement intention - how much n when",
    { acc: [JDZ], has: ["450,000|450k|45万|0.45M|450000", "Jan|1月|2027-01"] },
  ]),
  conv("en", ["fuzhou city bus vs quanzhou city bus side by side", { tool: "compare_accounts", acc: [FZ, QZ] }]),
  conv("en", [
    "where are we up against voltasia",
    { tool: "competitor_deals", acc: [KVEL, MMCT], has: ["KVEL|Klang", "MMCT|Metro Manila|Manila"] },
  ]),
  conv("en", ["wat did we lose in 2026", { acc: R1, has: ["洪城冷链|Hongcheng Cold", "潮运|Chaoyun"] }]),
  conv("en", [
    "my guangdong accts pls",
    { tool: "find_accounts", acc: [CY, GT], has: ["潮运|Chaoyun", "莞通|Guantong"] },
  ]),
  conv("en", ["chaoyun bus score is low why", { tool: "explain_score", acc: [CY] }]),
  conv("en", ["wats on my plate next few days", { tool: "my_week" }]),
  conv("en", ["pull up the yonggang plan", { tool: "show_plan", acc: [YG] }]),
  conv("en", ["mmct plan pls, build one", { tool: "generate_plan", acc: [MMCT] }]),
  conv("en", [
    "kuaijie express who do we know there n last time we spoke",
    { acc: [KJ], has: ["叶建新|Ye Jianxin", "11-16|Nov 16|11月16|16 Nov|November 16"] },
  ]),
  conv(
    "en",
    ["minyun group - who reports to the chairman", { acc: [MY, FZ, QZ], has: ["许雅琴|Xu Yaqin", "何立峰|He Lifeng"] }],
    [
      "who could get us a meeting with him",
      { acc: [MY, FZ, QZ], has: ["许雅琴|Xu Yaqin|林建成|Lin Jiancheng|黄文涛|Huang Wentao"] },
    ],
  ),
  conv("en", ["nurul aisha phone pls", { acc: [KVEL], has: ["+60-3-555-1502|555-1502"] }]),
  conv("en", ["hongcheng express - who took over from deng lixin", { acc: [HCK], has: ["彭俊|Peng Jun"] }]),

  // Writes.
  conv("en", [
    "spoke to tan wei ming on the phone just now, he wants the revised quote by dec 5. log pls",
    { tool: "log_interaction", card: "confirm", acc: [KVEL], has: ["Tan Wei Ming|Tan"] },
  ]),
  conv("en", [
    "yesterday i was at the quezon city depot w maria santos, pilot rollout discussed - pls record",
    { tool: "log_interaction", card: "confirm", acc: [MMCT], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "nov 26 reminder: send rajiv the MYR payment schedule",
    { tool: "add_action", card: "confirm", acc: [KVEL], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "tomorrow call mr sun at yonggang abt the 800k",
    {
      tool: "add_action",
      card: "confirm",
      acc: [YG],
      has: ["孙立明|Sun Liming", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "kvel charging hub down to 2.4M",
    { tool: "update_opportunity", card: "confirm", acc: [KVEL], has: ["2,400,000|2.4M|240万|2400000"] },
  ]),
  conv("en", [
    "push the mmct deal close date to dec 30",
    { tool: "update_opportunity", card: "confirm", acc: [MMCT], has: ["Dec 30|12-30|12月30|30 Dec|December 30"] },
  ]),
  conv("en", [
    "was at haicang trucking 11/19 w chen zhiwei re the charging station, pls log",
    { tool: "log_interaction", card: "confirm", acc: [HC], has: ["陈志伟|Chen Zhiwei"] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Johor Bahru Citylink Bus - when did we last talk to them", { acc: [], has: [NF] }]),
  conv("en", ["penang port haulage update", { acc: [], has: [NF], not: ["Lim Chee Keong", "Siti Rahmah"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["mmct still hasnt paid? whats the holdup", { acc: [MMCT], has: ["360,000|360k|36万|0.36M|360000"] }]),
  ),
  asUser(
    "rep2",
    conv("en", ["gangtong trucking charger deal - xingchi still in it?", { acc: [GTJK], has: ["星驰|Xingchi"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["PPH siti rahmah, is she for us or against", { acc: [PPH], has: ["neutral|中立|undecided|on the fence"] }],
      [
        "phoned her this morning re gate API spec, note it down",
        { tool: "log_interaction", card: "confirm", acc: [PPH] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["anything new on KVEL", { acc: [], has: [NF], not: ["Tan Wei Ming", "Nurul"] }])),
]);
