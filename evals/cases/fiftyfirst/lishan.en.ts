// English conversations over the fifty-first book (evals/books/lishan), typed by a mixed Shenzhen and Singapore team,
// mostly non-native speakers. Written blind: every expectation is hand-read from the book's CSV files (today is
// 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import { BW, DL, GZAD, KRD, MFCC, MGR, MJ, MT, NGS, NNAD, QBT, QCT, R1, SHL, YD, YP } from "./names";

/** An honest "not found" in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|do not see|can't find|no access|not able to find";

export const LISHAN_EN = named("lishan-en", [
  // Overseas accounts by abbreviation.
  conv(
    "en",
    ["SHL - where r we on the multi site WMS", { acc: [SHL], has: ["3,400,000|3.4M|340万|3400000"] }],
    ["who has final say on their side", { acc: [SHL], has: ["Daniel Lim"] }],
    ["when is thier board meeting", { acc: [SHL], has: ["Dec 18|12-18|12月18|18 Dec|December 18"] }],
  ),
  conv(
    "en",
    ["quick update on NGS pls", { acc: [NGS], has: ["900,000|900k|90万|0.9M|900000"] }],
    ["any unpaid invoice from them?", { acc: [NGS], has: ["240,000|240k|24万|0.24M|240000"] }],
    ["what's holding their payment", { acc: [NGS], has: ["pilot|scope"] }],
  ),

  // Near-duplicates and a shared word.
  conv(
    "en",
    ["qinzhou terminal, anything moving?", { card: "choices", acc: [QCT, QBT, BW] }],
    ["the bulk one", { acc: [QBT], has: ["海港信科|Haigang"] }],
  ),
  conv(
    "en",
    ["Anda - any news?", { card: "choices", acc: [GZAD, NNAD] }],
    ["the nanning cold chain one", { acc: [NNAD], has: ["韦春生|Wei Chunsheng|4000|400,000|400k|40万|0.4M"] }],
  ),

  // Money.
  conv(
    "en",
    [
      "show me who pays late, largest amount on top",
      { tool: "receivables", acc: R1, has: ["洋浦|Yangpu", "980,000|980k|98万|0.98M|980000"] },
    ],
    ["and whats not due yet?", { acc: R1, has: ["北湾|Beiwan", "椰岛|Yedao"] }],
  ),

  // Deals, competitors, lists.
  conv(
    "en",
    [
      "which deals did we loose in 2026, and to which competitor",
      { acc: R1, has: ["海港信科|Haigang", "仓易通|CangYiTong|CYT"] },
    ],
    [
      "which of my customers are based in guangxi",
      { tool: "find_accounts", acc: [BW, QCT, QBT, NNAD], has: ["南宁|Nanning", "北湾|Beiwan"] },
    ],
  ),
  conv(
    "en",
    [
      "where are we fighting kestrel",
      { tool: "competitor_deals", acc: [MT, SHL], has: ["铭泰|Mingtai", "Straits|SHL"] },
    ],
    ["and haigang?", { tool: "competitor_deals", acc: [BW, QCT, QBT, YP], has: ["洋浦|Yangpu"] }],
  ),

  // Tenders.
  conv(
    "en",
    [
      "Beiwan group tender - budget n ceiling price?",
      { acc: [BW], has: ["5,200,000|5.2M|520万|5200000", "5,000,000|5.0M|500万|5000000|5M"] },
    ],
    [
      "bid deadline and deposit",
      { acc: [BW], has: ["Dec 11|12-11|12月11|11 Dec|December 11", "80,000|80k|8万|80000"] },
    ],
  ),
  conv(
    "en",
    [
      "has yangpu ganglian put out a purchase plan for next year? how big",
      { acc: [YP], has: ["2,100,000|2.1M|210万|2100000"] },
    ],
    ["who handles the technical side there", { acc: [YP], has: ["王明辉|Wang Minghui"] }],
  ),

  // People.
  conv(
    "en",
    ["zhang zhigang at QCT - phone no?", { acc: [QCT], has: ["0777-555-0202"] }],
    ["what did he say last time", { acc: [QCT], has: ["Dec 20|12-20|12月20|20 Dec|December 20|8%"] }],
  ),
  conv(
    "en",
    ["Yedao Select - who is our champion there", { acc: [YD], has: ["李佳怡|Li Jiayi"] }],
    ["她说第二个保税仓什么时候开", { acc: [YD], has: ["明年|2027"], lang: "zh" }],
  ),

  // Writes.
  conv(
    "en",
    [
      "just got off the phone with Priya, she needs the Tuas cutover plan by Dec 5 - pls record it",
      { tool: "log_interaction", card: "confirm", acc: [SHL], has: ["Priya"] },
    ],
    [
      "and ping me on 12/4 so i dont forget to send it",
      { tool: "add_action", card: "confirm", acc: [SHL], has: ["Dec 4|12-04|12月4|4 Dec|December 4"] },
    ],
    [
      "renewal amount is 650k now btw",
      { tool: "update_opportunity", card: "confirm", acc: [SHL], has: ["650,000|650k|65万|0.65M|650000"] },
    ],
  ),
  conv(
    "en",
    ["NGS tms pilot is now at proposal stage, update pls", { tool: "update_opportunity", card: "confirm", acc: [NGS] }],
    [
      "need to send Rina the bahasa UI screenshots on 11/26, set a reminder",
      { tool: "add_action", card: "confirm", acc: [NGS], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
    ],
  ),
  conv(
    "en",
    [
      "was at Mingtai on 11/19, Xie saw the SAP interface demo and was happy. add to their timeline",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [MT],
        has: ["谢雨婷|Xie Yuting", "Nov 19|11-19|11月19|19 Nov|November 19"],
      },
    ],
    ["their deal should be negotiation now", { tool: "update_opportunity", card: "confirm", acc: [MT] }],
  ),

  // The week, plans, scores, stale.
  conv(
    "en",
    ["whats on my plate this week", { tool: "my_week" }],
    ["draft an account plan for Deli new energy", { tool: "generate_plan", acc: [DL] }],
  ),
  conv(
    "en",
    ["meijia score looks bad, what drags it down", { tool: "explain_score", acc: [MJ] }],
    ["last time anyone from us met them?", { acc: [MJ], has: ["Apr 9|04-09|4月9|9 Apr|April 9"] }],
  ),
  conv(
    "en",
    ["which of my accounts are at risk rn", { tool: "at_risk_accounts", acc: R1 }],
    ["what about Kelana Retail, hows their WMS deal", { acc: [], has: [NF], not: ["Ahmad Faizal", "Tan Mei Ling"] }],
  ),

  // Not in the book, out of scope.
  conv(
    "en",
    ["did anyone visit pacific rim logistics in singapore recently?", { acc: [], has: [NF] }],
    ["ok nvm. write me a haiku abt warehouses", { acc: [] }],
  ),

  // The manager, rep2 (Tan Wei Ming) and rep3 (林婉婷).
  asUser(
    "manager",
    conv(
      "en",
      ["how does Q4 look for the whole team, which deals land", { tool: "forecast", acc: MGR, has: ["Kelana|KRD"] }],
      ["biggest overdue in the team?", { acc: MGR, has: ["洋浦|Yangpu", "980,000|980k|98万|0.98M|980000"] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      ["KRD - when does the board decide on the WMS?", { acc: [KRD], has: ["Dec 20|12-20|12月20|20 Dec|December 20"] }],
      ["who's pushing kestrel there", { acc: [KRD], has: ["Tan Mei Ling"] }],
    ),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      ["merlion fresh owes us how much", { acc: [MFCC], has: ["450,000|450k|45万|0.45M|450000"] }],
      [
        "spoke to Jason on phone today, he promise to pay before Dec 31. note it down",
        { tool: "log_interaction", card: "confirm", acc: [MFCC], has: ["Jason"] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["how's SHL going, any news", { acc: [], has: [NF], not: ["Daniel Lim", "Priya Nair"] }])),
]);
