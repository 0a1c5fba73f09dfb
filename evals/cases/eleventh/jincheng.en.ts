// English conversations over the eleventh book (evals/books/jincheng), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import { AQ, DMH, FJ, GLM, JB, JFB, JHH, JHP, KN, MY, SC, SJK, SL, VLH, XS, YG, ZC } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";

export const JINCHENG_EN = named("jincheng-en", [
  conv("en", ["hows lotus hotel doing", { acc: [VLH], has: ["800,000|800k|0.8M|800000"] }]),
  conv(
    "en",
    ["who's the decision maker at VLH", { acc: [VLH], has: ["Somchai"] }],
    ["and the chief engineer reports to him?", { acc: [VLH], has: ["Khamla"] }],
  ),
  conv("en", ["lotus hotel owes us money right?", { acc: [VLH], has: ["180,000|180k|0.18M|180000"] }]),
  conv("en", ["golden land mall power map", { tool: "power_map", acc: [GLM], has: ["Aung Min Thu", "Khin Mya Win"] }]),
  conv("en", ["when did we last talk to khin mya win", { acc: [GLM], has: ["Nov 13|13 Nov|November 13|2026-11-13"] }]),
  conv("en", ["whats happening with jinhua", { card: "choices", acc: [JHH, JHP] }]),
  conv("en", ["jinhua hotel hvac deal - who are we up against", { acc: [JHH], has: ["Rongke|蓉科"] }]),
  conv(
    "en",
    [
      "shuangliu airport T1 retrofit, when does the tender close",
      { acc: [SL], has: ["Dec 15|15 Dec|December 15|12-15"] },
    ],
    ["who's blocking us there", { acc: [SL], has: ["孙明"] }],
  ),
  conv("en", ["MYDC phase 2 cooling deal size?", { acc: [MY], has: ["4.2M|4,200,000|4200000|420万"] }]),
  conv("en", ["what did we lose at ZC Cloud and to whom", { acc: [ZC], has: ["Glacier|冰川"] }]),
  conv("en", ["XSUT procurement intention budget", { acc: [XS], has: ["2M|2,000,000|2000000|200万"] }]),
  conv(
    "en",
    ["shancheng group - any risks", { acc: [SC, JFB, JB], has: ["刘晓峰"] }],
    ["who replaced him", { acc: [SC], has: ["陈静"] }],
  ),
  conv("en", ["list my overseas accounts", { has: ["Lotus", "Golden Land"], not: ["Marina", "Al Qudra"] }]),
  conv(
    "en",
    ["show my hospital accounts", { has: ["阳光|Yangguang", "康宁|Kangning", "涪江|Fujiang"] }],
    ["the first one, any overdue invoices?", { acc: [YG, KN, FJ] }],
  ),
  conv("en", ["which of my accounts went quiet", { tool: "stale_accounts", has: ["三江口|Sanjiangkou"] }]),
  conv("en", ["sanjiangkou hotel last contact", { acc: [SJK], has: ["Apr 10|10 Apr|April 10|2026-04-10"] }]),
  conv("en", ["forecast for deals closing this year", { tool: "forecast", has: ["18M|18,000,000|18000000|1800万"] }]),
  conv("en", ["which accounts are overdue on payments", { has: ["双流|Shuangliu", "阳光|Yangguang", "Lotus"] }]),
  conv("en", ["compare lotus hotel and golden land mall", { tool: "compare_accounts", acc: [VLH, GLM] }]),
  conv("en", ["why is yangguang hospital scored like that", { tool: "explain_score", acc: [YG] }]),
  conv("en", [
    "just got off a call with somchai, he'll pay the 180k invoice this month. log it",
    { tool: "log_interaction", acc: [VLH], card: "confirm" },
  ]),
  conv("en", [
    "remind me to visit golden land mall tomorrow",
    { tool: "add_action", acc: [GLM], card: "confirm", args: { due: "2026-11-23" } },
  ]),
  conv("en", [
    "lotus hotel chiller deal, push close date to Jan 15",
    { tool: "update_opportunity", acc: [VLH], card: "confirm" },
  ]),
  conv("en", ["what about Chiang Mai Riverside Hotel", { acc: [], has: [NF] }]),
  conv("en", ["any tenders for my accounts", { tool: "tender_matches", has: ["Shuangliu|双流"] }]),
  conv("en", ["whats the weather in chengdu tomorrow", { tool: "none", acc: [] }]),
  asUser("rep3", conv("en", ["marina heights - who's the competitor", { acc: [DMH], has: ["Desertline"] }])),
  asUser("rep3", conv("en", ["al qudra data hub, who decides", { acc: [AQ], has: ["Ravi Menon"] }])),
  asUser("rep3", conv("en", ["how is lotus hotel doing", { acc: [], not: ["Somchai"] }])),
  asUser("manager", conv("en", ["marina heights overdue invoice?", { acc: [], not: ["350,000", "Omar"] }])),
  asUser("manager", conv("en", ["team kpis please", { tool: "portfolio_kpis" }])),
]);
