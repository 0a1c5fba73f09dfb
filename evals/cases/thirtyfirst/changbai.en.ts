// English conversations over the thirty-first book (evals/books/changbai), typed the way an export-heavy team types
// (a Chinese speaker's English). Written blind: every expectation is hand-read from the book's CSV files (today is
// 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BC, BL, DJA, GM, HBS, HC, HSP, HST, HY, JC, JHH, JL, KR, LCR, LSS, LTG, MJ, RH, SCP, USW, XY } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no record";
/** Every account rep1 (Xu Jing) owns. */
const R1 = [LTG, LCR, LSS, HSP, HST, BL, RH, GM, KR, BC, JC, JHH, HY, USW, SCP, HBS];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, JL, XY, HC, DJA];

export const CHANGBAI_EN = named("changbai-en", [
  // Overseas accounts, abbreviations, misspelt names, follow-ups that switch account.
  conv(
    "en",
    ["pls help check USW, what deal we have with this customer", { acc: [USW], has: ["2,100,000|2.1M|210万|2100000"] }],
    ["they still owe us money?", { acc: [USW], has: ["780,000|780k|78万|0.78M|780000"] }],
  ),
  conv(
    "en",
    [
      "Saryaka chemical PSA project, when it close",
      { acc: [SCP], has: ["Feb 15|2027-02-15|02-15|15 Feb|February 15|2月15"] },
    ],
    ["budget confirmed or not", { acc: [SCP], has: ["3M|3,000,000|300万|3000000|3.0M"] }],
  ),
  conv(
    "en",
    ["korean customer what we have", { acc: [HBS], has: ["Hanbit"] }],
    ["and the russian one?", { acc: [USW], has: ["Ussuri|USW"] }],
  ),
  conv("en", [
    "pls help check LTCR psa deal, sun zong still want discount? which stage now, competitor who",
    { acc: [LCR], has: ["negotiation|谈判", "Kaltmann"] },
  ]),

  // People.
  conv(
    "en",
    ["who is real decision maker in Hanbit", { tool: "power_map", acc: [HBS], has: ["Park Ji-hoon|Park Jihoon"] }],
    ["kim soojin report to who", { acc: [HBS], has: ["Park Ji-hoon|Park Jihoon"] }],
  ),
  conv("en", [
    "sergei from ussuri, when we last meet him",
    { acc: [USW], has: ["Nov 12|11-12|11月12|12 Nov|November 12"] },
  ]),
  conv("en", ["zhang gong in cold rolling, phone pls", { acc: [LCR], has: ["0432-555-0202"] }]),
  conv("en", [
    "guangming semi new purchasing guy, who can introduce us to him",
    { tool: "power_map", acc: [GM], has: ["孟凡|Meng Fan"] },
  ]),
  conv("en", ["Bolian chemcial, han zong decide but who is against us", { acc: [BL], has: ["苏敏|Su Min"] }]),
  conv("en", [
    "when mr shen promised the 380k? still not paid",
    { acc: [GM], has: ["Oct 30|10-30|10月30|30 Oct|October 30"] },
  ]),

  // Money, forecast, quota, lists.
  conv(
    "en",
    ["my forecast this quarter vs quota", { tool: ["forecast", "attainment"], acc: R1 }],
    ["how about attainment this year", { tool: "attainment" }],
  ),
  conv("en", [
    "lost deal this year, lost to who",
    { acc: R1, has: ["华盛|Huasheng Auto Trim", "宏远|Hongyuan", "华普|Huapu", "冰城|Bingcheng"] },
  ]),
  conv("en", [
    "deals above 3.5M close before end feb",
    {
      acc: R1,
      has: ["龙钢集团|龙潭钢铁集团|Longtan Steel Group", "北辰|Beichen", "光明|Guangming", "冷轧|Cold Rolling|LTCR"],
    },
  ]),
  conv("en", [
    "Kaltmann is in which of my deals",
    { tool: "competitor_deals", acc: [LCR, BC, USW], has: ["冷轧|Cold Rolling|LTCR", "北辰|Beichen", "Ussuri|USW"] },
  ]),
  conv("en", ["which customer need attention this week", { tool: ["my_week", "at_risk_accounts"] }]),
  conv("en", ["jiangcheng chemical last time we visit?", { acc: [JC], has: ["May 12|05-12|5月12|12 May"] }]),
  conv("en", ["how is longtan special steel argon usage, up or down", { acc: [LSS], has: ["380"] }]),

  // Scores, comparison, tenders, plans.
  conv("en", ["Beichen special steel why score only this tier", { tool: "explain_score", acc: [BC] }]),
  conv("en", ["compare hanbit and guangming for me", { tool: "compare_accounts", acc: [HBS, GM] }]),
  conv(
    "en",
    ["any tender for my customers recently", { tool: "tender_matches", acc: R1, has: ["龙潭|龙钢|Longtan"] }],
    ["whats the ceiling price", { acc: [LTG], has: ["6,000,000|6M|600万|6000000|6.0M"] }],
  ),
  conv("en", [
    "how about Hongyuan, Mr Li gave the liquid nitrogen to who, what price",
    { acc: [HY], has: ["冰城|Bingcheng", "648,000|648k|64.8万|0.648M|648000"] },
  ]),
  conv("en", ["show me account plan of Hanbit", { tool: "show_plan", acc: [HBS] }]),
  conv(
    "en",
    ["pls draft plan for Saryarka chemical", { tool: "generate_plan", acc: [SCP] }],
    ["ok save it", { tool: "save_plan", card: "confirm", acc: [SCP] }],
  ),

  // Writes.
  conv("en", [
    "log call with Irina today, she say Kaltmann argon price valid till Dec 31",
    { tool: "log_interaction", card: "confirm", acc: [USW], has: ["Irina"] },
  ]),
  conv("en", [
    "yesterday met nurlan in karaganda talk about PSA layout, pls log",
    { tool: "log_interaction", card: "confirm", acc: [SCP], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "remind me 11/30 send SEMI certificate to kim soojin",
    { tool: "add_action", card: "confirm", acc: [HBS], has: ["Nov 30|11-30|11月30|30 Nov|November 30"] },
  ]),
  conv("en", [
    "tomorrow call mr park of hanbit about NF3 price",
    { tool: "add_action", card: "confirm", acc: [HBS], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "USW argon deal pls change amount to 2.3M",
    { tool: "update_opportunity", card: "confirm", acc: [USW], has: ["2,300,000|2.3M|230万|2300000"] },
  ]),
  conv("en", ["move hanbit nf3 deal to negotiation", { tool: "update_opportunity", card: "confirm", acc: [HBS] }]),
  conv("en", [
    "the todo send PSA drawing to nurlan already done, pls close it",
    { tool: ["update_action", "list_actions"], acc: [SCP] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Almaty Fertilizer Plant last contact?", { acc: [], has: [NF] }]),
  conv("en", ["Daejin auto how much they owe us", { acc: [], has: [NF], not: ["Jung Hae-won"] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("en", ["team forecast for Q4", { tool: "forecast", acc: MGR }])),
  asUser("manager", conv("en", ["portfolio KPIs for my team pls", { tool: "portfolio_kpis", acc: MGR }])),
  asUser(
    "manager",
    conv("en", ["show me Xu Jing's accounts with open deals", { acc: R1, has: ["北辰|Beichen", "Hanbit"] }]),
  ),
  asUser(
    "rep2",
    conv("en", ["Daejin order 750k when due", { acc: [DJA], has: ["Dec 12|12-12|12月12|12 Dec|December 12"] }]),
  ),
  asUser(
    "rep3",
    conv("en", ["Mengjing silicon argon deal how much", { acc: [MJ], has: ["2,800,000|2.8M|280万|2800000"] }]),
  ),
  asUser("rep3", conv("en", ["Hanbit status", { acc: [], has: [NF], not: ["Park Ji-hoon", "Kim Soo-jin"] }])),
]);
