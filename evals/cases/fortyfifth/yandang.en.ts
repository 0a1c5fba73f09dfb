// English conversations over the forty-fifth book (evals/books/yandang), typed the way the overseas-sales rep and the
// manager type. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW).
import { asUser, conv, named } from "../conversation-types";
import {
  ADPC,
  ASIC,
  GCEC,
  HC,
  HF,
  JB,
  JSW,
  MZW,
  OJ,
  PJ,
  QJ,
  SN,
  XG,
  XWC,
  XWR,
  YJF,
  YJG,
  YJL,
  YQR,
  YQS,
  ZP,
} from "./names";

/** An honest "not found" in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no such account";
/** Every account rep1 owns. */
const R1 = [YJG, YJL, YJF, OJ, YQS, YQR, XWC, XWR, QJ, JSW, HC, MZW, SN, ASIC, GCEC, HF];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, JB, XG, PJ, ZP];

export const YANDANG_EN = named("yandang-en", [
  // The Middle-East EPC accounts.
  conv(
    "en",
    ["al safwa - where r we on the jubail package", { acc: [ASIC], has: ["3,400,000|3.4M|340万|3400000"] }],
    ["when's the bid due?", { acc: [ASIC], has: ["Jan|1月|01-31|2027-01"] }],
  ),
  conv(
    "en",
    ["who calls the shots at ASIC", { tool: "power_map", acc: [ASIC], has: ["Khalid"] }],
    ["suresh reports to whom?", { acc: [ASIC], has: ["Khalid"] }],
  ),
  conv("en", [
    "how much is gulf crest owing and when's it due",
    {
      acc: [GCEC],
      has: ["330,000|330k|33万|0.33M|330000", "Dec 31|12-31|12月31|31 Dec|December 31"],
    },
  ]),
  conv("en", [
    "list my middle east accounts",
    { tool: "find_accounts", acc: [ASIC, GCEC], has: ["Al Safwa|ASIC", "Gulf Crest|GCEC"] },
  ]),
  conv("en", [
    "GCEC ruwais - how much did valtorre drop their price",
    { acc: [GCEC], has: ["8%|8 percent|8 per cent|8 %"] },
  ]),
  conv("en", ["compare ASIC vs GCEC side by side", { tool: "compare_accounts", acc: [ASIC, GCEC] }]),
  conv("en", ["put together an account plan for gulf crest", { tool: "generate_plan", acc: [GCEC] }]),

  // Money, pipeline, stale accounts, competitors.
  conv(
    "en",
    [
      "show overdue invoices, biggest first",
      { acc: R1, has: ["甬江炼化|Yongjiang Refining", "1,200,000|1.2M|120万|1200000"] },
    ],
    ["total?", { acc: R1, has: ["3,160,000|3.16M|316万|3160000"] }],
  ),
  conv("en", ["any accounts i havent touched in ages", { tool: "stale_accounts", acc: R1, has: ["金山湾|Jinshan"] }]),
  conv("en", [
    "what's closing before year end",
    { tool: "forecast", acc: R1, has: ["Gulf Crest|GCEC", "恒川|Hengchuan"] },
  ]),
  conv("en", [
    "where are we up against valtore",
    {
      tool: "competitor_deals",
      acc: [YJL, ASIC, GCEC],
      has: ["炼化|Yongjiang Refining", "Al Safwa|ASIC", "Gulf Crest|GCEC"],
    },
  ]),
  conv("en", ["lost deals this year + who beat us", { acc: R1, has: ["申江|Shenjiang", "瓯龙|Oulong"] }]),
  conv("en", ["how is jinshan bay chemical's score worked out", { tool: "explain_score", acc: [JSW] }]),
  conv("en", ["what's on my plate this week", { tool: "my_week" }]),

  // Tenders.
  conv("en", ["any tenders for my accts?", { tool: "tender_matches", acc: R1, has: ["瓯江|Oujiang"] }]),
  conv("en", [
    "oujiang water gate valve tender - budget and closing date",
    { acc: [OJ], has: ["2,600,000|2.6M|260万|2600000", "Dec 10|12-10|12月10|10 Dec|December 10"] },
  ]),
  conv("en", [
    "who won the xuwei power boiler feedwater valve job, at what price",
    { acc: [XWR], has: ["申江|Shenjiang", "1,680,000|1.68M|168万|1680000"] },
  ]),
  conv("en", [
    "songnan power procurement intention - when and how much",
    { acc: [SN], has: ["1,500,000|1.5M|150万|1500000", "Mar|3月|2027-03"] },
  ]),

  // Names, people.
  conv("en", ["xuwei - what's new", { card: "choices", acc: [XWC, XWR] }]),
  conv("en", ["hengchuan engineering - who took over from ma jun", { acc: [HC], has: ["冯磊|Feng Lei"] }]),
  conv("en", [
    "meizhou bay: who did we last speak to and when",
    { acc: [MZW], has: ["林雅|Lin Ya", "Nov 6|11-06|11月6|6 Nov|November 6"] },
  ]),
  conv("en", ["power map for yongjiang group pls", { tool: "power_map", acc: [YJG], has: ["沈国栋|Shen Guodong"] }]),

  // Writes.
  conv("en", [
    "log a call with Suresh today, sent revised quote incl API 6D certs",
    { tool: "log_interaction", card: "confirm", acc: [ASIC], has: ["Suresh"] },
  ]),
  conv("en", [
    "met ahmed al hamadi yesterday in abu dhabi, he's fine with our price - log it",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [GCEC],
      has: ["Ahmed", "Nov 21|11-21|11月21|21 Nov|November 21"],
    },
  ]),
  conv("en", [
    "remind me nov 26 to chase faisal about the 450k invoice",
    { tool: "add_action", card: "confirm", acc: [ASIC], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "tomorrow - send priya the updated datasheets. add a to-do",
    { tool: "add_action", card: "confirm", acc: [GCEC], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "cut the gulf crest deal to 2.65M",
    { tool: "update_opportunity", card: "confirm", acc: [GCEC], has: ["2,650,000|2.65M|265万|2650000"] },
  ]),
  conv("en", [
    "visited mr lin at oujiang water 11/19 about warranty terms, pls log",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [OJ],
      has: ["林建国|Lin Jianguo", "Nov 19|11-19|11月19|19 Nov|November 19"],
    },
  ]),
  conv("en", [
    "the to-do to send khalid our reference list - done, mark it",
    { tool: ["update_action", "list_actions"], acc: [ASIC] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Red Sea Pipeline Contractors - when did we last talk to them", { acc: [], has: [NF] }]),
  conv("en", ["arabian delta ras tanura package status", { acc: [], has: [NF], not: ["Tariq", "Vikram"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "overdue by rep pls",
      { acc: MGR, has: ["3,160,000|3.16M|316万|3160000", "700,000|700k|70万|0.7M|700000"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "compare lu xiaoyan and shao zhiyong on deals won this year",
      { acc: MGR, has: ["2,500,000|2.5M|250万|2500000", "700,000|700k|70万|0.7M|700000"] },
    ]),
  ),
  asUser(
    "rep2",
    conv("en", [
      "jiangbei water pump station gate valves - close date?",
      { acc: [JB], has: ["Dec 18|12-18|12月18|18 Dec|December 18"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["ADPC - where do we stand against valtorre", { acc: [ADPC], has: ["3,900,000|3.9M|390万|3900000"] }],
      ["and the 600k invoice, any news", { acc: [ADPC], has: ["Dec|December|12月"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", [
      "log a call w vikram shah today - he confirmed the piping spec freeze",
      { tool: "log_interaction", card: "confirm", acc: [ADPC], has: ["Vikram"] },
    ]),
  ),
  asUser("rep3", conv("en", ["gulf crest status?", { acc: [], has: [NF], not: ["Priya", "Ahmed Al Hammadi"] }])),
]);
