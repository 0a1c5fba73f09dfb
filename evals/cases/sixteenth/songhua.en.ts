// English conversations over the sixteenth book (evals/books/songhua), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  ASSF,
  BH,
  BJ,
  BTU,
  BWX,
  BX,
  HC,
  HCT,
  HEB,
  HGP,
  JC,
  JY,
  LH,
  MDJ,
  NJ,
  QB,
  QH,
  UTA,
  VPEC,
  YC,
  YC2,
  YCS,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no matching";
/** Every account rep1 owns. */
const R1 = [BTU, BWX, YC, YCS, YC2, BJ, NJ, QH, HEB, LH, HC, JY, JC, HGP, UTA, MDJ];
/** Every account the manager (team 1) sees: rep1's and rep2's. */
const TEAM1 = [...R1, BX, ASSF, QB, HCT];

export const SONGHUA_EN = named("songhua-en", [
  conv("en", ["hows BTU doing lately", { acc: [BTU] }]),
  conv(
    "en",
    ["who calls the shots at UB Tech", { tool: "power_map", acc: [UTA], has: ["Batbayar"] }],
    ["and Oyuntsetseg, who does she report to", { acc: [UTA], has: ["Batbayar|Ganbold"] }],
  ),
  conv("en", ["bingcheng - whats new", { card: "choices", acc: [BTU, BWX] }]),
  conv("en", ["zhang at the info centre - phone no.?", { card: "choices", acc: [BJ, NJ] }]),
  conv("en", [
    "overdue invoices pls, biggest first",
    { acc: R1, has: ["油城实验|Youcheng", "1,500,000|1.5M|150万|1500000"] },
  ]),
  conv(
    "en",
    ["total past due across my book?", { acc: R1, has: ["2,300,000|2.3M|230万|2300000"] }],
    ["anything billed but not due yet", { acc: R1, has: ["启航|Qihang", "50,000|50k|5万|50000"] }],
  ),
  conv("en", ["accounts i havent touched in months?", { tool: "stale_accounts", acc: R1, has: ["鹤城|Hecheng"] }]),
  conv("en", ["why's Hecheng No.1 scored so low", { tool: "explain_score", acc: [HC] }]),
  conv("en", [
    "Youcheng group overview",
    { tool: "group_overview", acc: [YC, YCS, YC2], has: ["油城实验|Experimental", "油城第二|二小|No.2"] },
  ]),
  conv(
    "en",
    ["Nenjiang College - any risks?", { acc: [NJ], has: ["曹宇|Cao Yu|left|departed"] }],
    ["who replaced him", { acc: [NJ], has: ["罗晓东|Luo Xiaodong"] }],
  ),
  conv("en", [
    "BJP deal, how big and when does it close",
    { acc: [BJ], has: ["2,500,000|2.5M|250万|2500000", "Dec 20|12-20|12月20|20 Dec"] },
  ]),
  conv("en", [
    "who's Liu Qing at the edu bureau and when did we last talk",
    { acc: [HEB], has: ["电化教育馆", "Nov 17|11-17|11月17|17 Nov"] },
  ]),
  conv("en", ["compare Jingyue Normal vs Nenjiang College", { tool: "compare_accounts", acc: [JY, NJ] }]),
  conv("en", ["list my vocational colleges in Heilongjiang", { acc: [BJ, LH], has: ["北疆|Beijiang", "林海|Linhai"] }]),
  conv("en", ["pipeline forecast for this quarter", { tool: "forecast", acc: R1 }]),
  conv("en", [
    "Beiwang - which of my deals are they in",
    { tool: "competitor_deals", acc: R1, has: ["北疆|Beijiang", "林海|Linhai"] },
  ]),
  conv("en", ["any open tenders for my accounts?", { tool: "tender_matches", acc: R1, has: ["北疆|Beijiang"] }]),
  conv("en", [
    "Beijiang tender - when do bids close and whats the ceiling",
    { acc: [BJ], has: ["Dec 10|12-10|12月10|10 Dec", "2,450,000|2.45M|245万|2450000"] },
  ]),
  conv("en", ["who won the Linhai campus network job", { acc: [LH], has: ["北网|Beiwang"] }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["write an account plan for Harbin Education Bureau", { tool: "generate_plan", acc: [HEB] }]),
  conv("en", [
    "log a call with Oyuntsetseg today - she'll send the Mongolian UI requirements",
    { tool: "log_interaction", card: "confirm", acc: [UTA] },
  ]),
  conv("en", [
    "log a visit to Jiangcheng Poly on Nov 20 w/ Gong Li, she wants a rough budget for the LMS",
    { tool: "log_interaction", card: "confirm", acc: [JC], has: ["Nov 20|11-20|11月20|20 Nov"] },
  ]),
  conv("en", [
    "remind me tomorrow to call Batbayar about the LMS contract",
    { tool: "add_action", card: "confirm", acc: [UTA], has: ["Nov 23|11-23|2026-11-23|11月23|23 Nov"] },
  ]),
  conv("en", [
    "UTA LMS deal - bump it to 1.8M",
    { tool: "update_opportunity", card: "confirm", acc: [UTA], has: ["1,800,000|1.8M|180万|1800000"] },
  ]),
  conv("en", [
    "mark the Bingcheng FLS recording room deal lost, went to Hongtu",
    { tool: "update_opportunity", card: "confirm", acc: [BWX] },
  ]),
  conv("en", ["Changchun Auto Polytechnic - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["whats happening at Vladivostok Pacific", { acc: [], has: [NF], not: ["Dmitry", "Volkov"] }]),
  conv("en", ["write me a limerick about whiteboards", { acc: [] }]),

  // Other users.
  asUser("manager", conv("en", ["team overdue total?", { acc: TEAM1, has: ["3,050,000|3.05M|305万|3050000"] }])),
  asUser("rep2", conv("en", ["ASSF - why haven't they paid yet", { acc: [ASSF], has: ["audit"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["VPEC - where are we vs Brightboard", { acc: [VPEC], has: ["Brightboard"] }],
      ["deal size?", { acc: [VPEC], has: ["2,200,000|2.2M|220万|2200000"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["Beihu group - do they owe us anything", { acc: [BH], has: ["1,200,000|1.2M|120万|1200000"] }]),
  ),
]);
