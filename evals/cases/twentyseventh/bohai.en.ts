// English conversations over the twenty-seventh book (evals/books/bohai), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CKS, CMT, DJ, GC, HH, JAGT, JD, JH, KGT, LG, LS, NJ, PCS, QW, SHG, XH, YH, ZF } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 owns. */
const R1 = [JH, DJ, NJ, CKS, CMT, HH, GC, XH, YH, JD, SHG, QW, ZF, LS, KGT, LG];

export const BOHAI_EN = named("bohai-en", [
  conv("en", [
    "Jinhai Port Group - where are we on the TOS upgrade",
    { acc: [JH], has: ["4,800,000|4.8M|480万|4800000"] },
  ]),
  conv(
    "en",
    ["who decides at QUT", { tool: "power_map", acc: [QW], has: ["林振华|Lin Zhenhua"] }],
    ["and tang yao, whos she close to", { acc: [QW], has: ["Nordkran"] }],
  ),
  conv(
    "en",
    ["KGT status?", { acc: [KGT], has: ["Karachi"] }],
    ["how much do they owe us", { acc: [KGT], has: ["520,000|520k|52万|0.52M|520000"] }],
  ),
  conv("en", ["caofeidian - whats new", { card: "choices", acc: [CKS, CMT] }]),
  conv("en", ["Caofeidian ore terminal risks?", { acc: [CKS], has: ["周立军|Zhou Lijun"] }]),
  conv(
    "en",
    ["overdue invoices pls, biggest first", { acc: R1, has: ["东疆|Dongjiang", "1,600,000|1.6M|160万|1600000"] }],
    ["whats the total", { acc: R1, has: ["3,420,000|3.42M|342万|3420000"] }],
  ),
  conv("en", [
    "which accounts have i neglected lately",
    { tool: "stale_accounts", acc: R1, has: ["山海关|Shanhaiguan"] },
  ]),
  conv("en", ["forecast for this qtr", { tool: "forecast", acc: R1, has: ["前湾|Qianwan|QUT"] }]),
  conv("en", ["any tenders out for my accounts?", { tool: "tender_matches", acc: R1, has: ["津海|Jinhai"] }]),
  conv("en", [
    "what do bidders need for the Jinhai TOS tender and when does it close",
    { acc: [JH], has: ["Dec 15|12-15|12月15|15 Dec|December 15"] },
  ]),
  conv("en", [
    "who won the caofeidian coal stacker-reclaimer job",
    { acc: [CMT], has: ["津沽|Jingu", "1,380,000|1.38M|138万|1380000"] },
  ]),
  conv("en", ["Lanshan port - any procurement intention out?", { acc: [LS], has: ["1,800,000|1.8M|180万|1800000"] }]),
  conv("en", ["compare Huanghua Port and Gangcheng logistics park", { tool: "compare_accounts", acc: [HH, GC] }]),
  conv("en", [
    "which deals is Nordkran in",
    { tool: "competitor_deals", acc: [DJ, QW, KGT], has: ["东疆|Dongjiang", "前湾|Qianwan|QUT", "Karachi|KGT"] },
  ]),
  conv("en", ["deals we lost this yr?", { acc: R1, has: ["曹妃甸|Caofeidian", "芝罘湾|Zhifu"] }]),
  conv("en", [
    "list my hebei accounts",
    { tool: "find_accounts", acc: R1, has: ["黄骅|Huanghua", "山海关|Shanhaiguan"] },
  ]),
  conv("en", ["why is Zhifu Bay scored so low", { tool: "explain_score", acc: [ZF] }]),
  conv("en", ["whats my week look like", { tool: "my_week" }]),
  conv("en", ["show me the plan for Dongjiang terminal", { tool: "show_plan", acc: [DJ] }]),
  conv("en", ["draft an account plan for KGT", { tool: "generate_plan", acc: [KGT] }]),
  conv("en", [
    "yuanhang shipping - who's our guy there and when did we last talk",
    { acc: [YH], has: ["钱卫国|Qian Weiguo", "11-04|Nov 4|11月4"] },
  ]),

  // Writes.
  conv("en", [
    "log a call w/ Bilal Ahmed today, he says FX approval should clear mid dec",
    { tool: "log_interaction", card: "confirm", acc: [KGT], has: ["Bilal"] },
  ]),
  conv("en", [
    "met Imran yesterday in karachi, walked him thru the STS retrofit proposal. log it",
    { tool: "log_interaction", card: "confirm", acc: [KGT], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "remind me Nov 25 to send Farah the spare parts comparison vs Nordkran",
    { tool: "add_action", card: "confirm", acc: [KGT], has: ["Nov 25|11-25|11月25|25 Nov|November 25"] },
  ]),
  conv("en", [
    "tomorrow: call Mr Tian at Huanghua re the yard crane contract",
    {
      tool: "add_action",
      card: "confirm",
      acc: [HH],
      has: ["田立新|Tian Lixin", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "bump the QUT ECS deal to 5.0M",
    { tool: "update_opportunity", card: "confirm", acc: [QW], has: ["5,000,000|5.0M|500万|5000000|5M"] },
  ]),
  conv("en", ["move the karachi retrofit to negotiation", { tool: "update_opportunity", card: "confirm", acc: [KGT] }]),
  conv("en", [
    "visited jidong steel wharf 11/18 w/ Zheng, talked about the 2nd phase - pls log",
    { tool: "log_interaction", card: "confirm", acc: [JD], has: ["郑海波|Zheng Haibo"] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Port of Rotterdam Euromax terminal - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["Piraeus Container status", { acc: [], has: [NF], not: ["Nikos Papadakis", "Eleni Georgiou"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["Piraeus - why haven't they paid", { acc: [PCS], has: ["380,000|380k|38万|0.38M|380000"] }]),
  ),
  asUser("rep2", conv("en", ["PCS rtg deal - is Nordkran still in it", { acc: [PCS], has: ["Nordkran"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["Jebel Ali - who's the tech guy and where does he stand", { acc: [JAGT], has: ["Rajesh Menon"] }],
      [
        "log a call with him today, sent over the TOS interface spec",
        { tool: "log_interaction", card: "confirm", acc: [JAGT] },
      ],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["Karachi Gateway status", { acc: [], has: [NF], not: ["Imran Qureshi", "Farah Siddiqui"] }]),
  ),
]);
