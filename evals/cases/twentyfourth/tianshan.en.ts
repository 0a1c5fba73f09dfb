// English conversations over the twenty-fourth book (evals/books/tianshan), typed the way account managers type.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the
// book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  ASA,
  BAF,
  BJ,
  HQC,
  HQF,
  HT,
  HTB,
  JS,
  LT,
  LZ,
  MNB,
  MNS,
  QL,
  SL,
  SS,
  T10,
  T142,
  T143,
  T144,
  TCV,
  TH,
  TM,
  XW,
  XY,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";
/** Every account rep1 owns. */
const R1 = [T143, T144, T10, TM, HTB, MNS, HQC, HQF, XW, HT, BJ, MNB, SS, LZ, TCV, SL];
/** Every account the manager sees: rep1's and rep2's. */
const M = [...R1, T142, LT, BAF, TH];

export const TIANSHAN_EN = named("tianshan-en", [
  conv("en", ["hows cotton valley doing", { acc: [TCV], has: ["Cotton Valley|TCV"] }]),
  conv(
    "en",
    ["TCV - who decides there and who do i go thru", { tool: "power_map", acc: [TCV], has: ["Bakhtiyor"] }],
    ["and Nodira reports to?", { acc: [TCV], has: ["Bakhtiyor|Yusupov"] }],
  ),
  conv("en", [
    "how much does TCV owe us n since when",
    { acc: [TCV], has: ["380,000|380k|38万|380000|0.38M", "Jul 15|July 15|07-15|7月15"] },
  ]),
  conv("en", [
    "log a call with Nodira today, she wants the pilot bill of materials by Dec 5",
    { tool: "log_interaction", card: "confirm", acc: [TCV] },
  ]),
  conv("en", [
    "remind me tomorrow to send Bakhtiyor the warranty comparison vs Negevflow",
    { tool: "add_action", card: "confirm", acc: [TCV], has: ["Nov 23|11-23|2026-11-23|11月23"] },
  ]),
  conv("en", [
    "bump the cotton valley drip pilot to negotiation",
    { tool: "update_opportunity", card: "confirm", acc: [TCV] },
  ]),
  conv("en", ["hongqi - status?", { card: "choices", acc: [HQC, HQF] }]),
  conv(
    "en",
    [
      "what about the orchards one, the apple fertigation deal - size n close date",
      {
        acc: [HQF],
        has: ["900,000|900k|90万|900000|0.9M", "Feb 28|02-28|2月28"],
      },
    ],
    ["whos competing on it", { acc: [HQF], has: ["Negevflow"] }],
  ),
  conv("en", ["overdue list pls biggest first", { acc: R1, has: ["呼图壁|Hutubi", "1,200,000|1.2M|120万|1200000"] }]),
  conv("en", ["any tenders matching my accounts", { tool: "tender_matches", acc: R1, has: ["玛纳斯|Manas"] }]),
  conv("en", [
    "manas county water saving tender - when does it close and what quals do they want",
    { acc: [MNB], has: ["Dec 8|12-08|12月8|December 8", "三级|Class III|class 3|Grade III|third"] },
  ]),
  conv("en", ["Beijiang ag uni procurement intention - budget?", { acc: [BJ], has: ["1,300,000|1.3M|130万|1300000"] }]),
  conv("en", [
    "tianmu group overview w/ the pastures",
    { tool: "group_overview", acc: [TM, HTB, MNS], has: ["呼图壁|Hutubi", "玛纳斯|Manas"] },
  ]),
  conv(
    "en",
    ["Tianmu Dairy risks?", { acc: [TM], has: ["李振华|Li Zhenhua|热合曼|Rehman"] }],
    ["the new tech VP - which vendor does he lean to", { acc: [TM], has: ["牧联|Mulian"] }],
  ),
  conv("en", ["compare 143 regiment and regiment 10", { tool: "compare_accounts", acc: [T143, T10] }]),
  conv("en", [
    "Negevflow deals in my book",
    { tool: "competitor_deals", acc: R1, has: ["Cotton Valley|TCV|塔什干", "红旗果业|Hongqi Orchards"] },
  ]),
  conv("en", ["what should i focus on this week", { tool: "my_week" }]),
  conv("en", ["draft an account plan for Hetao Tomato", { tool: "generate_plan", acc: [HT] }]),
  conv("en", ["show me the plan for xiwang seeds", { tool: "show_plan", acc: [XW] }]),
  conv("en", ["list my accounts in inner mongolia", { acc: R1, has: ["河套|Hetao"] }]),
  conv("en", ["why is silk road agri scored so low", { tool: "explain_score", acc: [SL] }]),
  conv("en", [
    "Zhang Li at the manas ag bureau - title n phone",
    { acc: [MNB], has: ["农技推广科科长|Agricultural Extension", "0994-555-1202"] },
  ]),
  conv("en", [
    "mark the xiwang greenhouse deal won at 1.6M",
    { tool: "update_opportunity", card: "confirm", acc: [XW] },
  ]),
  conv("en", ["Bishkek Alatoo Farms - anything overdue?", { acc: [], has: [NF], not: ["Aigerim", "Azamat"] }]),
  conv("en", ["Almaty Steppe Agro status", { acc: [], has: [NF], not: ["Yerlan"] }]),
  conv("en", ["Samarkand Fruit Co - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["weather in urumqi tmrw?", { acc: [] }]),
  asUser("rep2", conv("en", ["alatoo farms - why havent they paid", { acc: [BAF], has: ["som|conversion"] }])),
  asUser("rep2", conv("en", ["142 regiment who signs off", { acc: [T142], has: ["钱永强|Qian Yongqiang"] }])),
  asUser("rep3", conv("en", ["steppe agro - what does Yerlan want before deciding", { acc: [ASA], has: ["pilot"] }])),
  asUser(
    "rep3",
    conv("en", [
      "my overdue receivables",
      { acc: [ASA, QL, JS, XY], has: ["祁连|Qilian", "700,000|700k|70万|700000|0.7M"] },
    ]),
  ),
  asUser("manager", conv("en", ["team stale accounts", { tool: "stale_accounts", acc: M, has: ["凉州|Liangzhou"] }])),
  asUser(
    "manager",
    conv("en", [
      "how's the team doing on overdue - total?",
      { acc: M, has: ["3,140,000|3.14M|314万|3140000"], not: ["祁连", "Qilian"] },
    ]),
  ),
]);
