// English conversations over the eighth book (evals/books/lingding), typed the way account managers type. Every
// expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { FM, HD, HDS, HST, HW, JEBP, LR, PPM, QIS, SH, SH1, SH2, TD } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|do not see|can't find";

export const LINGDING_EN = named("lingding-en", [
  conv("en", ["hows penang moulding doing", { acc: [PPM], has: ["2.4M|2,400,000|2400000"] }]),
  conv(
    "en",
    ["who's the decision maker at eastpoint", { acc: [JEBP], has: ["Lim Boon Keng"] }],
    ["who does grace ong report to", { acc: [JEBP], has: ["Lim Boon Keng"] }],
  ),
  conv("en", ["Eastpoint power map pls", { tool: "power_map", acc: [JEBP], has: ["Grace Ong"] }]),
  conv("en", ["risks at harrowgate?", { acc: [HST], has: ["Brightwatt"] }]),
  conv("en", ["when did we last talk to oliver grant", { acc: [HST], has: ["16 Nov|Nov 16|November 16|2026-11-16"] }]),
  conv("en", ["what's going on with hongda", { card: "choices", acc: [HD, HDS] }]),
  conv("en", ["who is blocking us at hongda precision?", { acc: [HD], has: ["黄志明"] }]),
  conv("en", ["Songhu Valley forecast for open deals", { acc: [SH, SH1, SH2], has: ["5.2M|5,200,000|5200000"] }]),
  conv("en", ["compare Hongda Precision and Taodu", { tool: "compare_accounts", acc: [HD, TD] }]),
  conv(
    "en",
    ["list my accounts in singapore and malaysia", { has: ["Penang", "Eastpoint"], not: ["Klang", "Sentosa"] }],
    ["the first one - any open deals?", { acc: [PPM, JEBP] }],
  ),
  conv("en", [
    "show me my education accounts",
    { has: ["Harrowgate", "Qianhai|前海"], not: ["University Town", "大学城"] },
  ]),
  conv("en", ["show my strategic accounts", { tool: "find_accounts", not: ["Sentosa", "Klang", "Leeds"] }]),
  conv("en", ["which accounts have overdue invoices", { has: ["Penang"], not: ["Leeds"] }]),
  conv("en", ["who can intro me to Tan Wei Ming", { acc: [PPM], has: ["Siti Aminah|Rajesh Kumar"] }]),
  conv(
    "en",
    ["qianhai intl school - kevin lau stance?", { acc: [QIS], has: ["neutral"] }],
    ["and who's his boss", { acc: [QIS], has: ["David Chen"] }],
  ),
  conv("en", ["any tenders closing soon for my accounts", { has: ["Songhu|松湖"] }]),
  conv("en", ["who won the haiwan cold store solar job", { acc: [HW], has: ["绿擎|Lvqing"] }]),
  conv("en", ["make a plan for jurong eastpoint", { tool: ["generate_plan", "save_plan"], acc: [JEBP] }]),
  conv("en", ["what should i focus on this week", { tool: "my_week" }]),
  // Writes.
  conv("en", [
    "log a call with Siti today, she confirmed the load study",
    { tool: "log_interaction", card: "confirm", acc: [PPM], has: ["Siti Aminah"] },
  ]),
  conv("en", [
    "remind me to send kevin lau the 3 yr cost comparison on dec 1",
    { tool: "add_action", card: "confirm", acc: [QIS], has: ["Kevin Lau"], args: { due: "2026-12-01" } },
  ]),
  conv("en", [
    "met grace ong yesterday at eastpoint, she wants metering for all 14 buildings",
    { tool: "log_interaction", card: "confirm", acc: [JEBP], has: ["Grace Ong"] },
  ]),
  conv("en", ["penang solar deal slipped to jan 15", { tool: "update_opportunity", card: "confirm", acc: [PPM] }]),
  conv("en", ["we lost harrowgate to brightwatt", { tool: "update_opportunity", card: "confirm", acc: [HST] }]),
  conv("en", ["log a visit with Rachel Wong at Penang Moulding", { tool: "none", acc: [PPM, QIS] }]),
  conv("en", ["schedule a call with Ahmad tomorrow", { tool: "none", acc: [] }]),
  // Not in the book, another team's account, out of scope.
  conv("en", ["how is Tesla Shanghai doing", { acc: [], has: [NF] }]),
  conv(
    "en",
    ["taodu status", { acc: [TD] }],
    ["and what about Foxconn Shenzhen", { acc: [], has: [NF], not: ["梁永康"] }],
  ),
  conv("en", ["Sentosa Resort Facilities - what's the status", { acc: [], has: [NF], not: ["Daniel Koh"] }]),
  conv("en", ["Leeds Riverside - who is Hannah Price?", { acc: [], not: ["Facilities Director"] }]),
  conv("en", ["log a visit at Schneider Electric today", { tool: "none", acc: [], has: [NF] }]),
  conv("en", ["write me a python script to scrape tender sites", { tool: "none", acc: [] }]),
  asUser(
    "manager",
    conv("en", [
      "when does the fumin garment park deal close",
      { acc: [FM], has: ["12 Dec|Dec 12|December 12|2026-12-12"] },
    ]),
  ),
  asUser("rep3", conv("en", ["Leeds Riverside overdue?", { acc: [LR], has: ["300,000|0.3M|300K|300000"] }])),
]);
