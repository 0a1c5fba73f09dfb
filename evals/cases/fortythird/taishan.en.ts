// English conversations over the forty-third book (evals/books/taishan): an industrial-gas vendor's account managers
// typing in a chat box. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22,
// TEST_NOW); see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CGI, DPE, FGW, FR, GM, HD, HK, HY, JHG, JN, LC, LSA, LW, QH, QRH, QRX, RZ, WX, XL, XM, XY } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no match";
/** Every account rep1 (Lu Wenjing) owns. */
const R1 = [XY, LW, RZ, HY, QRH, QRX, JHG, XM, GM, QH, XL, WX, HD, HK, LSA, CGI];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, FR, LC, FGW, JN];

export const TAISHAN_EN = named("taishan-en", [
  // Accounts, people, short names.
  conv("en", [
    "where are we with Laiwu Special Steel on the VPSA bid",
    { acc: [LW], has: ["3,800,000|3.8M|380万|3800000"] },
  ]),
  conv(
    "en",
    ["LSA - who calls the shots", { tool: "power_map", acc: [LSA], has: ["Asif Mahmood"] }],
    ["whats heliox pitching them", { acc: [LSA], has: ["10-year|10 year|ten-year|ten year|10年"] }],
  ),
  conv(
    "en",
    ["anything new at CGI", { acc: [CGI], has: ["argon|氩"] }],
    ["who's their procurement contact", { acc: [CGI], has: ["Nusrat Jahan"] }],
  ),
  conv(
    "en",
    ["qirun - any news", { card: "choices", acc: [QRH, QRX] }],
    ["the chemical one", { acc: [QRH], has: ["1,200,000|1.2M|120万|1200000"] }],
  ),
  conv(
    "en",
    [
      "who's the new facilities manager at xinlan and where did she work before",
      { acc: [XL], has: ["严颖|Yan Ying", "苏中|Suzhong"] },
    ],
    ["when did the old one leave", { acc: [XL], has: ["Oct|10月|10-"] }],
  ),
  conv("en", ["when did we last talk to Kamran Butt", { acc: [LSA], has: ["Nov 4|11-04|11月4|4 Nov|November 4"] }]),

  // Money.
  conv(
    "en",
    ["overdue receivables, largest first", { acc: R1, has: ["莱芜|Laiwu|LSS", "1,350,000|1.35M|135万|1350000"] }],
    ["total?", { acc: R1, has: ["3,405,000|3.405M|340.5万|3405000|3.41M"] }],
  ),

  // Deals, filters, competitors, lists.
  conv(
    "en",
    ["which accounts have gone quiet on me", { tool: "stale_accounts", acc: R1, has: ["恒达|Hengda"] }],
    ["what about their deals", { acc: [HD], has: ["260,000|260k|26万|0.26M|260000"] }],
  ),
  conv("en", [
    "what closes this quarter",
    { tool: "forecast", acc: R1, has: ["莱芜|Laiwu|LSS", "晶华|Jinghua", "微矽|Weixi"] },
  ]),
  conv("en", ["open deals closing before christmas over 2M", { acc: R1, has: ["莱芜|Laiwu|LSS"] }]),
  conv("en", ["compare Qirun Chemical with Qirun New Materials", { tool: "compare_accounts", acc: [QRH, QRX] }]),
  conv(
    "en",
    ["which deals are we fighting Heliox on", { tool: "competitor_deals", acc: [LSA, CGI], has: ["Lahore|LSA"] }],
    ["and the one we lost - when did that go", { acc: [CGI], has: ["Sep|9月|09-"] }],
  ),
  conv("en", [
    "list my jiangsu accounts",
    { tool: "find_accounts", acc: [XL, WX], has: ["芯澜|Xinlan", "微矽|Weixi"] },
  ]),
  conv("en", ["why is Chitagong Glass scored so low", { tool: "explain_score", acc: [CGI] }]),

  // Tender notices.
  conv("en", ["any new tenders for my accounts", { tool: "tender_matches", acc: R1, has: ["泉惠|Quanhui"] }]),
  conv("en", [
    "who won the qirun new materials LN2 tender and at what price",
    { acc: [QRX], has: ["鲁华|Luhua", "760,000|760k|76万|0.76M|760000"] },
  ]),
  conv("en", [
    "any tenders coming up for nitrogen pipelines?",
    { acc: [HK, QH, QRX], has: ["河口|Hekou", "2,200,000|2.2M|220万|2200000"] },
  ]),
  conv("en", [
    "Quanhui hospital tender - bid bond and deadline?",
    { acc: [QH], has: ["30,000|30k|3万|30000", "Dec 10|12-10|12月10|10 Dec|December 10"] },
  ]),

  // Week, to-dos, plans.
  conv("en", ["what's on my plate this week", { tool: "my_week" }]),
  conv("en", ["show the account plan for Xinlan", { tool: "show_plan", acc: [XL] }]),

  // Writes.
  conv("en", [
    "log that we sent the RFQ reply to Xinlan today",
    { tool: "log_interaction", card: "confirm", acc: [XL] },
  ]),
  conv("en", [
    "remind me to submit the bid to Lahore Steel on 12/3",
    { tool: "add_action", card: "confirm", acc: [LSA], has: ["Dec 3|12-03|12月3|3 Dec|December 3"] },
  ]),
  conv("en", ["done with the quote for Weixi, tick it off", { tool: ["update_action", "list_actions"], acc: [WX] }]),
  conv("en", [
    "had a call with Asif Mehmood yesterday, he wants the VPSA proposal by jan 15",
    { tool: "log_interaction", card: "confirm", acc: [LSA], has: ["Asif Mahmood"] },
  ]),
  conv("en", [
    "visit Rizhao Plate Nov 26 to talk about renewing the LN2 contract early",
    { tool: "add_action", card: "confirm", acc: [RZ], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "bump the Hekou pipeline deal to proposal, 2.3M",
    { tool: "update_opportunity", card: "confirm", acc: [HK], has: ["2,300,000|2.3M|230万|2300000"] },
  ]),
  conv("en", [
    "tomorrow: send the argon cylinder quote to Nusrat at CGI",
    { tool: "add_action", card: "confirm", acc: [CGI], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),

  // Another team's account, out of scope.
  conv("en", ["Faisalabad Glass status?", { acc: [], has: [NF], not: ["Usman"] }]),
  conv("en", ["write me a haiku about oxygen", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("en", ["team's overdue to-dos?", { tool: "list_actions" }])),
  asUser(
    "manager",
    conv("en", ["Ji Haiyang's open deals", { acc: MGR, has: ["丰润|Fengrun", "2,400,000|2.4M|240万|2400000"] }]),
  ),
  asUser("manager", conv("en", ["what's happening at Dhaka Precision", { acc: [], has: [NF], not: ["Tanvir"] }])),
  asUser(
    "rep2",
    conv("en", [
      "log a visit to Jingnan today, Gong Tao wants a quote for a second nitrogen line",
      { tool: "log_interaction", card: "confirm", acc: [JN], has: ["龚涛|Gong Tao"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["DPE - where's the nitrogen deal at", { acc: [DPE], has: ["2,700,000|2.7M|270万|2700000"] }],
      ["who's the competitor", { acc: [DPE], has: ["Heliox"] }],
    ),
  ),
  asUser("rep3", conv("en", ["Lahore Steel status?", { acc: [], has: [NF], not: ["Asif"] }])),
]);
