// English conversations over the forty-first book (evals/books/kunlun), typed on a phone between site visits. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AGM,
  BC,
  BLM,
  BLS,
  CEH,
  CS,
  DG,
  EMS,
  ETMS,
  HS,
  HSG,
  HT,
  HX,
  JL,
  QJ,
  QLJ,
  QYS,
  SCM,
  TC,
  TH,
  TM,
  XY,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no match";
/** Every account rep1 owns. */
const R1 = [QLJ, DG, HSG, BLM, BLS, XY, CEH, QJ, TC, JL, HX, SCM, BC, CS, HS, AGM];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, HT, QYS, ETMS, TM];

export const KUNLUN_EN = named("kunlun-en", [
  // Overseas accounts with abbreviations, typos.
  conv(
    "en",
    ["Saryrka coal - where r we on the spares deal", { acc: [SCM], has: ["4.1M|4,100,000|410万|4100000"] }],
    ["and what do they owe us", { acc: [SCM], has: ["480k|480,000|48万|0.48M|480000"] }],
  ),
  conv("en", [
    "AGM overhaul size + close date?",
    { acc: [AGM], has: ["2.6M|2,600,000|260万|2600000", "Jan 31|2027-01-31|1月31|31 Jan"] },
  ]),
  conv(
    "en",
    ["who heads maintenance at Altan Gobbi", { acc: [AGM], has: ["Oyuntsetseg Dorj"] }],
    ["she reports to?", { acc: [AGM], has: ["Batbayar Ganbold"] }],
  ),
  conv("en", ["beiling - anything new?", { card: "choices", acc: [BLM, BLS] }]),
  conv("en", ["Zhang the chief engineer, number pls", { card: "choices", acc: [DG, BLM] }]),
  conv("en", ["Donggou coal - who signs off", { tool: "power_map", acc: [DG], has: ["马永福|Ma Yongfu"] }]),

  // Money.
  conv(
    "en",
    [
      "overdue receivables pls",
      { tool: "receivables", acc: R1, has: ["东沟|Donggou", "1.4M|1,400,000|140万|1400000"] },
    ],
    ["sum?", { acc: R1, has: ["2.89M|2,890,000|289万|2890000"] }],
  ),
  conv("en", ["Jinling cement 650k - overdue since when", { acc: [JL], has: ["Oct 31|10-31|10月31|31 Oct"] }]),

  // Deals, forecast.
  conv(
    "en",
    ["how much did i win this yr", { acc: R1, has: ["2.15M|2,150,000|215万|2150000"] }],
    ["and lost?", { acc: R1, has: ["1.1M|1,100,000|110万|1100000"] }],
  ),
  conv("en", ["Q4 forecast", { tool: "forecast", acc: R1, has: ["东沟|Donggou", "Saryarka"] }]),
  conv(
    "en",
    ["deals closing in dec", { acc: R1, has: ["东沟|Donggou", "鑫源|Xinyuan|Golmud", "察尔汗|Qarhan", "Saryarka"] }],
    ["total value", { acc: R1, has: ["10.45M|10,450,000|1045万|10450000"] }],
  ),

  // Competitors, stale accounts, comparisons, plans.
  conv(
    "en",
    [
      "which deals is Kaltmann on",
      { tool: "competitor_deals", acc: [XY, SCM, AGM], has: ["Saryarka", "Altan Gobi|AGM", "鑫源|Xinyuan|Golmud"] },
    ],
    ["combined $?", { acc: [XY, SCM, AGM], has: ["9.1M|9,100,000|910万|9100000"] }],
  ),
  conv("en", [
    "what did Huayun take off us",
    { tool: "competitor_deals", acc: [BLS, HX], has: ["北岭水泥|Beiling Cement", "河西|Hexi"] },
  ]),
  conv("en", ["accts i havent touched in ages", { tool: "stale_accounts", acc: R1, has: ["北川|Beichuan"] }]),
  conv("en", ["Altan Gobi vs Saryarka side by side", { tool: "compare_accounts", acc: [AGM, SCM] }]),
  conv("en", ["draft an account plan for SCM", { tool: "generate_plan", acc: [SCM] }]),

  // Tenders.
  conv(
    "en",
    ["new tenders for my accts?", { tool: "tender_matches", acc: R1, has: ["祁连|Qilian"] }],
    ["bid deadline + deposit", { acc: [QLJ], has: ["Dec 10|12-10|12月10|10 Dec", "50,000|50k|5万|50000"] }],
  ),
  conv("en", [
    "changsheng tunnelling procurement intention - budget?",
    { acc: [CS], has: ["1.9M|1,900,000|190万|1900000"] },
  ]),
  conv("en", [
    "who won the beiling cement belt tender, at what price",
    { acc: [BLS], has: ["华运|Huayun", "565,000|565k|56.5万|0.565M|565000"] },
  ]),

  // Writes: logs, future actions, deal updates, to-dos done.
  conv("en", [
    "called Aigerim today, Kaltmann cut their spares price 5% - log it",
    { tool: "log_interaction", card: "confirm", acc: [SCM], has: ["Aigerim Nurlanova"] },
  ]),
  conv("en", [
    "met Batbayar in UB yesterday re overhaul scope, pls log",
    { tool: "log_interaction", card: "confirm", acc: [AGM], has: ["Batbayar Ganbold", "Nov 21|11-21|11月21|21 Nov"] },
  ]),
  conv("en", [
    "remind me tmr to chase Dmitry on the 480k",
    { tool: "add_action", card: "confirm", acc: [SCM], has: ["Nov 23|11-23|11月23|23 Nov"] },
  ]),
  conv("en", [
    "site visit heishan 11/26 w peng li, add a todo",
    { tool: "add_action", card: "confirm", acc: [HS], has: ["Nov 26|11-26|11月26|26 Nov"] },
  ]),
  conv("en", [
    "AGM overhaul -> negotiation, 2.4M",
    { tool: "update_opportunity", card: "confirm", acc: [AGM], has: ["2.4M|2,400,000|240万|2400000"] },
  ]),
  conv("en", [
    "xinyuan rental deal now closes 12/20 not 12/29",
    { tool: "update_opportunity", card: "confirm", acc: [XY], has: ["Dec 20|12-20|12月20|20 Dec"] },
  ]),
  conv("en", [
    "the jinling payment follow-up todo - done, tick it off",
    { tool: ["update_action", "list_actions"], acc: [JL] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("en", ["Ertis Mining status", { acc: [], has: [NF], not: ["Askar Zhunusov"] }]),
  conv("en", ["Bogd Khan Mining LLC - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["whats the LME copper price today", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["team open pipeline total", { acc: MGR, has: ["28M|28,000,000|2800万|28000000|28.0M"] }]),
  ),
  asUser(
    "manager",
    conv("en", ["how much has the team won this year", { acc: MGR, has: ["2.7M|2,700,000|270万|2700000"] }]),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      ["ETMS overdue amt", { acc: [ETMS], has: ["320k|320,000|32万|0.32M|320000"] }],
      ["since when", { acc: [ETMS], has: ["Aug 31|08-31|8月31|31 Aug"] }],
    ),
  ),
  asUser("rep2", conv("en", ["Saryarka coal status", { acc: [], has: [NF], not: ["Yerlan Bekov"] }])),
  asUser("rep3", conv("en", ["Ertis - who's the tech director", { acc: [EMS], has: ["Askar Zhunusov"] }])),
  asUser("rep3", conv("en", ["Altan Gobi deals?", { acc: [], has: [NF], not: ["Batbayar Ganbold"] }])),
  asUser("rep3", conv("en", ["Tahe power 1.1M - due when", { acc: [TH], has: ["Dec 10|12-10|12月10|10 Dec"] }])),
]);
