// English conversations over the nineteenth book (evals/books/qinling), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AMG, CJL, GM, HJG, HJS, HLG, LY, LZ, R1, R2, TEAM, TEP, UMP, WH, WLMQ, XA, YB } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";

export const QINLING_EN = named("qinling-en", [
  // Accounts and people.
  conv("en", ["hows XAPS doing", { acc: [XA], has: ["3,800,000|3.8M|380万|3800000"] }]),
  conv("en", ["Hanjiang - whats up there", { card: "choices", acc: [HJS, HJG] }]),
  conv(
    "en",
    ["who calls the shots at Yubei Coal", { tool: "power_map", acc: [YB], has: ["贺建军|He Jianjun"] }],
    ["and the new electrical VP, who's he close to", { acc: [YB], has: ["华陇|Hualong"] }],
  ),
  conv(
    "en",
    [
      "TEP monitoring deal - where are we",
      { acc: [TEP], has: ["2,200,000|2.2M|220万|2200000", "Dec 31|12-31|12月31"] },
    ],
    ["whos Malika and which side is she on", { acc: [TEP], has: ["Chief Engineer", "Nordgrid"] }],
    ["when did we last talk to Bekzod", { acc: [TEP], has: ["Nov 9|11-09|11月9|9 Nov"] }],
  ),
  conv("en", ["phone no. for Director Zhang, the O&M head", { card: "choices", acc: [XA, LZ] }]),
  conv("en", ["Guangming cloud - any risks?", { acc: [GM], has: ["300,000|300k|30万|0.3M|300000", "Nordgrid"] }]),
  conv("en", ["why is Longyuan Petrochem scored so low", { tool: "explain_score", acc: [LY] }]),

  // Money, deals, forecast.
  conv(
    "en",
    ["overdue list pls, biggest first", { acc: R1, has: ["曹家梁|Caojialiang", "1,100,000|1.1M|110万|1100000"] }],
    ["total?", { acc: R1, has: ["2,430,000|2.43M|243万|2430000"] }],
  ),
  conv("en", ["forecast for this quarter", { tool: "forecast", acc: R1 }]),
  conv("en", [
    "Weihua campus deal, how big and when does it close",
    { acc: [WH], has: ["1,400,000|1.4M|140万|1400000"] },
  ]),
  conv("en", [
    "which deals is Nordgrid fighting us on",
    { tool: "competitor_deals", acc: R1, has: ["Tashkent|TEP", "光明|Guangming"] },
  ]),

  // Lists, stale, compare, group.
  conv("en", ["accounts i havent touched in a while", { tool: "stale_accounts", acc: R1, has: ["陇原|Longyuan"] }]),
  conv("en", ["which of my accounts are in Gansu", { acc: R1, has: ["兰州|Lanzhou", "天水|Tianshui"] }]),
  conv("en", ["compare Guangming Cloud vs Hanjiang Water", { tool: "compare_accounts", acc: [GM, HJS] }]),
  conv("en", [
    "Yubei group overview incl the mines",
    { tool: "group_overview", acc: [YB, CJL, HLG], has: ["曹家梁|Caojialiang", "红柳沟|Hongliugou"] },
  ]),

  // Tenders.
  conv(
    "en",
    ["any open tenders for my accounts?", { tool: "tender_matches", acc: R1, has: ["榆北|Yubei"] }],
    [
      "whens the bid deadline and whats the deposit",
      { acc: [YB], has: ["Dec 10|12-10|12月10", "50,000|50k|5万|50000"] },
    ],
  ),
  conv("en", [
    "who won the Lanzhou substation monitoring tender and for how much",
    { acc: [LZ], has: ["华陇|Hualong", "2,760,000|2.76M|276万|2760000"] },
  ]),

  // Week and plans.
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["write an account plan for Weihua Univ", { tool: "generate_plan", acc: [WH] }]),
  conv("en", ["show me the Yubei plan", { tool: "show_plan", acc: [YB] }]),

  // Writes.
  conv("en", [
    "log a call with Malika today - she wants our warranty terms in writing",
    { tool: "log_interaction", card: "confirm", acc: [TEP] },
  ]),
  conv("en", [
    "remind me tomorrow to send Bekzod the revised quote",
    { tool: "add_action", card: "confirm", acc: [TEP], has: ["Nov 23|11-23|2026-11-23|11月23|23 Nov"] },
  ]),
  conv("en", [
    "set up a visit to Caojialiang mine on Dec 3, meet Yang Tao re the O&M contract",
    { tool: "add_action", card: "confirm", acc: [CJL], has: ["Dec 3|12-03|12-3|12月3|3 Dec"] },
  ]),
  conv("en", ["mark the Guangming switchgear deal as won", { tool: "update_opportunity", card: "confirm", acc: [GM] }]),
  conv("en", [
    "TEP deal amount is 2.05M now",
    { tool: "update_opportunity", card: "confirm", acc: [TEP], has: ["2,050,000|2.05M|205万|2050000"] },
  ]),

  // Not in the book, another team's, out of scope.
  conv("en", ["Almaty Metro Grid status?", { acc: [], has: [NF], not: ["Yerlan"] }]),
  conv("en", ["whats the weather in Xi'an tomorrow", { acc: [] }]),
  conv("en", ["write me a haiku about switchgear", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("en", ["team pipeline closing this quarter", { tool: "forecast", acc: TEAM }])),
  asUser(
    "manager",
    conv("en", ["which of Ma Xiao's accounts owe us money", { acc: R2, has: ["Almaty", "900,000|0.9M|90万|900000"] }]),
  ),
  asUser("rep2", conv("en", ["Almaty grid - why havent they paid", { acc: [AMG], has: ["tariff"] }])),
  asUser("rep2", conv("en", ["hows Guangming Cloud doing", { acc: [], has: [NF], not: ["黄志明", "Huang Zhiming"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["UMP - how much is overdue", { acc: [UMP], has: ["1,500,000|1.5M|150万|1500000"] }],
      ["and the Urumqi monitoring deal, when's their tender", { acc: [WLMQ], has: ["Feb|2月|February"] }],
    ),
  ),
  asUser("rep3", conv("en", ["Yubei Coal status", { acc: [], has: [NF] }])),
]);
