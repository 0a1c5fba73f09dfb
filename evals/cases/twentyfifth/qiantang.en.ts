// English conversations over the twenty-fifth book (evals/books/qiantang), typed the way account managers type: a rep
// who writes English with Chinese names and places in pinyin, a manager comparing reps. Written blind: every
// expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BL, BMWS, CH, FCJ, GJ, HCW, HS, HZ, JB, JNP, JTN, KQG, KQS, LJ, QG, QY, SS, XD, XH, XX, YJ } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no match";
/** Every account rep1 (Lu Jianing) owns. */
const R1 = [HZ, JB, QG, KQS, KQG, QY, XH, FCJ, XX, BL, YJ, CH, XD, HCW, JNP, GJ];
/** Every account the manager sees: rep1's and rep2's. */
const TEAM1 = [...R1, BMWS, LJ, HS, SS];

export const QIANTANG_EN = named("qiantang-en", [
  conv(
    "en",
    ["hows Hanoi Clean Water doing", { acc: [HCW], has: ["6,500,000|6.5M|650万|6500000"] }],
    ["who's pushing Eauvive there", { acc: [HCW], has: ["Tran Thi Lan"] }],
  ),
  conv("en", [
    "HCW owes us money right? how much n since when",
    { acc: [HCW], has: ["900,000|900k|0.9M|90万|900000", "Jun 30|06-30|6月30|June 30|145|Mar 20|03-20"] },
  ]),
  conv(
    "en",
    ["who calls the shots at Hangzhou Water Group", { tool: "power_map", acc: [HZ], has: ["赵国华|Zhao Guohua"] }],
    ["and the two plant managers - who do they report to", { acc: [HZ, JB, QG], has: ["赵国华|Zhao Guohua"] }],
  ),
  conv("en", ["Keqiao - what's up there lately", { card: "choices", acc: [KQS, KQG] }]),
  conv("en", [
    "Jiubao plant UF expansion, how big and when does it close",
    { acc: [JB], has: ["4,200,000|4.2M|420万|4200000", "Dec 18|12-18|12月18"] },
  ]),
  conv(
    "en",
    ["Fuchunjiang paper - who replaced Xu Weidong", { acc: [FCJ], has: ["蒋文斌|Jiang Wenbin"] }],
    ["is he on our side or biqing's", { acc: [FCJ], has: ["碧清|Biqing"] }],
  ),
  conv("en", ["overdue invoices pls, biggest first", { acc: R1, has: ["七格|Qige", "1,600,000|1.6M|160万|1600000"] }]),
  conv("en", ["which accounts have i been neglecting", { tool: "stale_accounts", acc: R1, has: ["锡东|Xidong"] }]),
  conv("en", [
    "any open tenders on my accounts?",
    { tool: "tender_matches", acc: R1, has: ["赣江|Ganjiang|南昌|Nanchang"] },
  ]),
  conv("en", ["Nanchang Ganjiang tender - when do bids close", { acc: [GJ], has: ["Dec 14|12-14|12月14"] }]),
  conv("en", ["who won the Yongjiang chem park wastewater job", { acc: [YJ], has: ["Eauvive|欧维"] }]),
  conv("en", ["compare Chenghu Water vs Qingyuan", { tool: "compare_accounts", acc: [CH, QY] }]),
  conv("en", [
    "which deals are we fighting Eauvive on",
    { tool: "competitor_deals", acc: [HCW, KQS, YJ], has: ["Hanoi|HCW|河内", "柯桥|Keqiao"] },
  ]),
  conv("en", ["forecast for this quarter?", { tool: "forecast", acc: R1 }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", [
    "who's Liu Qian at Jiangnan Pharma, when did i last talk to her",
    { acc: [JNP], has: ["EHS", "Nov 16|11-16|11月16"] },
  ]),
  conv("en", ["why is Xixi Hospital scored so low", { tool: "explain_score", acc: [XX] }]),
  conv("en", ["draft an account plan for Hanoi Clean Water", { tool: "generate_plan", acc: [HCW] }]),
  conv("en", [
    "log a call w/ Tran Thi Lan today - she'll send Eauvive's O&M terms",
    { tool: "log_interaction", card: "confirm", acc: [HCW] },
  ]),
  conv("en", [
    "met Meng Xiaowen at Hangzhou Water Group on Nov 20, she wants a SCADA demo for the board",
    { tool: "log_interaction", card: "confirm", acc: [HZ], has: ["Nov 20|11-20|11月20"] },
  ]),
  conv(
    "en",
    [
      "remind me tomorrow to call Nguyen Van Thanh about the phase 1 contract",
      { tool: "add_action", card: "confirm", acc: [HCW], has: ["Nov 23|11-23|2026-11-23|11月23"] },
    ],
    [
      "actually make it Dec 2",
      { tool: "add_action", card: "confirm", acc: [HCW], has: ["Dec 2|12-02|2026-12-02|12月2"] },
    ],
  ),
  conv("en", [
    "push the Keqiao Water Group membrane deal to negotiation",
    { tool: "update_opportunity", card: "confirm", acc: [KQS] },
  ]),
  conv("en", [
    "qingyuan sludge deal - bump it to 1.35M",
    { tool: "update_opportunity", card: "confirm", acc: [QY], has: ["1,350,000|1.35M|135万|1350000"] },
  ]),
  conv("en", ["Bangkok Metro Water status?", { acc: [], has: [NF] }]),
  conv("en", ["Jakarta Tirta - any news from Budi?", { acc: [], has: [NF], not: ["5,200,000", "5.2M"] }]),
  conv("en", ["Saigon Water Supply Corp - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["write me a haiku about sludge", { acc: [] }]),
  asUser(
    "manager",
    conv("en", ["who on my team has the most overdue money", { acc: TEAM1, has: ["陆佳宁|Lu Jianing"] }]),
  ),
  asUser(
    "manager",
    conv("en", [
      "compare Lu Jianing's and Fang Zhiyuan's open pipeline",
      { acc: TEAM1, has: ["陆佳宁|Lu Jianing", "方志远|Fang Zhiyuan"] },
    ]),
  ),
  asUser("manager", conv("en", ["how is the team tracking vs target", { tool: ["attainment", "portfolio_kpis"] }])),
  asUser("rep2", conv("en", ["Bangkok Metro Water - why haven't they paid", { acc: [BMWS], has: ["board"] }])),
  asUser("rep3", conv("en", ["JTN - what's Eauvive up to there", { acc: [JTN], has: ["Eauvive"] }])),
]);
