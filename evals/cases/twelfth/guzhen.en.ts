// English conversations over the twelfth book (evals/books/guzhen), typed the way account managers type. Written blind;
// every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { ANS, BJA, LH, LJ, LJH, LJY, MBL, MZH, MZT, PRM, SYW, YF, ZSC, ZZC } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|do not see|can't find";

export const GUZHEN_EN = named("guzhen-en", [
  conv("en", ["hows bukit jalil arena doing", { acc: [BJA], has: ["Bukit Jalil"] }]),
  conv(
    "en",
    ["who's the decision maker at BJA", { acc: [BJA], has: ["Ahmad Faizal"] }],
    ["who reports to him", { acc: [BJA], has: ["Tan Wei Ling", "Rajesh Kumar"] }],
  ),
  conv("en", ["BJA floodlight deal - who are we up against?", { acc: [BJA], has: ["Lumara"] }]),
  conv("en", ["Pasig museum power map", { tool: "power_map", acc: [PRM], has: ["Maria Santos", "Jose Reyes"] }]),
  conv("en", [
    "when did we last speak to jose reyes",
    { acc: [PRM], has: ["Nov 6|6 Nov|November 6|2026-11-06|11-06"] },
  ]),
  conv("en", ["what's up with mingzhu", { card: "choices", acc: [MZT, MZH] }]),
  conv("en", ["Mingzhu Sports Centre risks?", { acc: [MZT], has: ["Xingyao|星耀"] }]),
  conv("en", ["whats manager huang's phone number", { card: "choices", acc: [MZT, LH] }]),
  conv(
    "en",
    [
      "which of my accounts owe us money past due",
      { has: ["三亚湾|Sanya Bay", "和平|Heping", "明珠|Mingzhu", "中山|Zhongshan"], not: ["象山|Xiangshan"] },
    ],
    ["total overdue?", { has: ["1.24M|1,240,000|1240000|124万|1.24 million"] }],
  ),
  conv("en", [
    "when's lihe's maintenance payment due",
    { acc: [LH], has: ["Dec 15|15 Dec|12-15|December 15|2026-12-15"] },
  ]),
  conv("en", ["show my overseas accounts", { has: ["Bukit Jalil", "Pasig"], not: ["Al Nakheel", "Manila Bay"] }]),
  conv("en", [
    "list my stadium accounts",
    { has: ["明珠体育|Mingzhu Sports", "Bukit Jalil", "葵乡|Kuixiang"], not: ["小榄|Xiaolan", "Al Nakheel"] },
  ]),
  conv("en", ["Lijiang group overview", { tool: "group_overview", acc: [LJ, LJH, LJY] }]),
  conv("en", ["why did we lose the lijiang night show stage screen", { acc: [LJY], has: ["锐晶|Ruijing"] }]),
  conv("en", ["any tenders for my accounts?", { tool: "tender_matches", has: ["株洲|Zhuzhou"] }]),
  conv("en", ["who won the yefeng plaza LED facade", { acc: [YF], has: ["锐晶|Ruijing"] }]),
  conv("en", [
    "who's the new lighting section chief at zhongshan urban mgmt, the old one left right?",
    { acc: [ZSC], has: ["曾嘉怡"] },
  ]),
  conv("en", [
    "compare mingzhu sports centre with zhuzhou urban management",
    { tool: "compare_accounts", acc: [MZT, ZZC] },
  ]),
  conv("en", ["explain the score for Lihe Hotel", { tool: "explain_score", acc: [LH] }]),
  conv("en", [
    "zhuzhou streetlight deal, what stage and how much",
    { acc: [ZZC], has: ["4.6M|4,600,000|4600000|460万|4.6 million"] },
  ]),
  // Writes by chat.
  conv("en", [
    "log a call with Tan Wei Ling just now - she says the board reviews our proposal Dec 8",
    { tool: "log_interaction", card: "confirm", acc: [BJA] },
  ]),
  conv("en", [
    "remind me tomorrow to send Rajesh the revised BJA price",
    { tool: "add_action", card: "confirm", acc: [BJA], has: ["Nov 23|23 Nov|2026-11-23|11-23|tomorrow|Tomorrow"] },
  ]),
  conv("en", [
    "mark the Sanya Bay street lighting deal as won, 980k",
    { tool: "update_opportunity", card: "confirm", acc: [SYW] },
  ]),
  // Not in the book, another team's, out of scope.
  conv("en", ["Al Nakheel stadium, where's the deal at?", { acc: [], has: [NF] }]),
  conv("en", ["how's Harbour City Arena doing", { acc: [], has: [NF] }]),
  conv("en", ["whats the weather in riyadh tmrw", { tool: "none", acc: [] }]),
  // Other users.
  asUser(
    "rep3",
    conv(
      "en",
      ["Al Nakheel floodlight deal status", { acc: [ANS], has: ["5.2M|5,200,000|5200000|520万|5.2 million"] }],
      ["who's khalid again", { acc: [ANS], has: ["Operations Director"] }],
    ),
  ),
  asUser("rep3", conv("en", ["Manila Bay Lights Park main contact?", { acc: [MBL], has: ["Paolo Cruz"] }])),
  asUser("manager", conv("en", ["team pipeline forecast", { tool: "forecast" }])),
  asUser("manager", conv("en", ["which accounts are at risk across the team", { tool: "at_risk_accounts" }])),
]);
