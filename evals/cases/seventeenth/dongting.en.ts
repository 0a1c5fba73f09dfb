// English conversations over the seventeenth book (evals/books/dongting), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AAI,
  BL,
  CC,
  CN,
  CT,
  DEA,
  DY,
  GG,
  HXE,
  HXM,
  JG,
  LFA,
  LFG,
  LFR,
  LZ,
  NAP,
  QZ,
  SX,
  TX,
  TYE,
  XY,
  YL,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";
/** Every account rep1 owns. */
const R1 = [LFG, LFR, LFA, HXM, HXE, SX, JG, LZ, BL, GG, CT, YL, XY, NAP, CC, QZ];
/** Every account the manager sees: rep1's and rep2's. */
const TEAM = [...R1, DY, DEA, TX, TYE];

export const DONGTING_EN = named("dongting-en", [
  conv("en", ["hows norteno doing", { acc: [NAP], has: ["Norteno"] }]),
  conv(
    "en",
    ["who calls the shots at NAP", { tool: "power_map", acc: [NAP], has: ["Carlos Garza"] }],
    ["and lucia reports to who?", { acc: [NAP], has: ["Carlos|Garza"] }],
  ),
  conv("en", ["huaxin - anything new there", { card: "choices", acc: [HXM, HXE] }]),
  conv("en", [
    "overdue invoices pls, biggest first",
    { acc: R1, has: ["庐峰冰箱|Lufeng Refrigerator|Lufeng Fridge", "800,000|800k|80万|800000|0.8M"] },
  ]),
  conv("en", ["which accounts havent I touched in months", { tool: "stale_accounts", acc: R1, has: ["夷陵|Yiling"] }]),
  conv("en", [
    "Lufeng group overview w/ the plants",
    { tool: "group_overview", acc: [LFG, LFR, LFA], has: ["冰箱|Refrigerator|Fridge", "空调|Air Conditioner|AC"] },
  ]),
  conv("en", ["any open tenders for my accounts?", { tool: "tender_matches", acc: R1, has: ["庐峰|Lufeng"] }]),
  conv("en", ["compare Jinggong vs Longzhong", { tool: "compare_accounts", acc: [JG, LZ] }]),
  conv("en", ["why is Yiling Bearing scored so low", { tool: "explain_score", acc: [YL] }]),
  conv(
    "en",
    ["Baling Auto Electronics - any risks?", { acc: [BL], has: ["550,000|550k|55万|550000|0.55M"] }],
    ["who replaced Zhang Zhenyu", { acc: [BL], has: ["吴海峰|Wu Haifeng"] }],
  ),
  conv("en", [
    "norteno welding cell deal, how big + when does it close",
    { acc: [NAP], has: ["2,600,000|2.6M|260万|2600000", "Dec 31|12-31|12月31|31 Dec|December 31"] },
  ]),
  conv("en", [
    "what does Xunyang Harness owe us, when's it due",
    { acc: [XY], has: ["380,000|380k|38万|380000|0.38M", "Dec 15|12-15|12月15|15 Dec|December 15"] },
  ]),
  conv("en", [
    "deals where kronwald is in the mix",
    { tool: "competitor_deals", acc: R1, has: ["Norteno", "巴陵|Baling"] },
  ]),
  conv("en", [
    "list my electronics customers",
    { acc: [HXE, SX, GG, QZ], has: ["华鑫电子|Huaxin Electronics", "三峡|Sanxia", "光谷|Guanggu", "虔州|Qianzhou"] },
  ]),
  conv("en", ["home appliance accounts", { acc: [LFG, LFR, LFA], has: ["庐峰|Lufeng"], not: ["云梦", "Aegean"] }]),
  conv(
    "en",
    ["who's Xu Jing", { acc: [LFG], has: ["智能制造|intelligent manufacturing|smart manufacturing"] }],
    ["her number?", { acc: [LFG], has: ["0792-555-0102"] }],
  ),
  conv("en", [
    "chutian training base - anything coming up in procurement",
    { acc: [CT], has: ["1,600,000|1.6M|160万|1600000", "January|Jan|2027-01|1月"] },
  ]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),

  // Writes.
  conv("en", [
    "log a call with Lucia Trevino today - she'll send over Kronwald's service terms",
    { tool: "log_interaction", card: "confirm", acc: [NAP] },
  ]),
  conv("en", [
    "remind me tomorrow to call Carlos about the contract",
    { tool: "add_action", card: "confirm", acc: [NAP], has: ["Nov 23|11-23|2026-11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", ["mark the norteno welding deal as won", { tool: "update_opportunity", card: "confirm", acc: [NAP] }]),
  conv("en", [
    "update the sanxia AOI deal to 900k",
    { tool: "update_opportunity", card: "confirm", acc: [SX], has: ["900,000|900k|90万|900000|0.9M"] },
  ]),
  conv("en", [
    "visited fang lin at jinggong today, she wants a demo at our wuhan plant",
    { tool: "log_interaction", card: "confirm", acc: [JG] },
  ]),

  // Not in the book, another rep's or team's, out of scope.
  conv("en", ["Deccan Electronics status?", { acc: [], has: [NF], not: ["Rahul Deshpande", "Priya Kulkarni"] }]),
  conv("en", ["Aegean Appliances - last contact?", { acc: [], has: [NF], not: ["Mehmet Yilmaz"] }]),
  conv("en", ["Bluewater Robotics Houston, whats the pipeline", { acc: [], has: [NF] }]),
  conv("en", ["write me a haiku about welding robots", { acc: [] }]),

  // Other users.
  asUser(
    "rep2",
    conv(
      "en",
      ["deccan AOI line - when do they decide", { acc: [DEA], has: ["December|Dec|12月"] }],
      ["how much is it worth", { acc: [DEA], has: ["1,300,000|1.3M|130万|1300000"] }],
    ),
  ),
  asUser("rep3", conv("en", ["Aegean - what's Kronwald up to there", { acc: [AAI], has: ["Kronwald"] }])),
  asUser("rep3", conv("en", ["does Chuneng still owe us money", { acc: [CN], has: ["1,600,000|1.6M|160万|1600000"] }])),
  asUser("manager", conv("en", ["team forecast for this quarter", { tool: "forecast", acc: TEAM }])),
  asUser("manager", conv("en", ["Dongyue Body - open deal?", { acc: [DY], has: ["1,900,000|1.9M|190万|1900000"] }])),
]);
