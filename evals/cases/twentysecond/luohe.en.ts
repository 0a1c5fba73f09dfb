// English conversations over the twenty-second book (evals/books/luohe), typed the way account managers type on a
// phone. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see
// the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BMT, CJ, CSW, DYCD, HRJM, HRSK, JNK, JZCL, LJ, MIG, SS, TF, TH, YJ, ZYFD } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";
/** Every account rep1 owns. */
const R1 = [
  HRSK,
  HRJM,
  ZYFD,
  JZCL,
  DYCD,
  YJ,
  "台州海川数控设备有限公司",
  SS,
  JNK,
  TH,
  CJ,
  "洛阳丰穗农业机械有限公司",
  CSW,
  TF,
  LJ,
  "洛阳龙门重工机械有限公司",
];

export const LUOHE_EN = named("luohe-en", [
  conv("en", ["huarui - whats up", { card: "choices", acc: [HRSK, HRJM] }]),
  conv(
    "en",
    ["CSW status", { acc: [CSW], has: ["1,600,000|1.6M|160万|1600000"] }],
    ["what does priya want", { acc: [CSW], has: ["5%"] }],
  ),
  conv("en", ["who decides at chennai spindle", { tool: "power_map", acc: [CSW], has: ["Rajesh Iyer"] }]),
  conv(
    "en",
    ["overdue list biggest first", { acc: R1, has: ["太行|Taihang", "920,000|0.92M|92万|920000|920k"] }],
    ["total?", { acc: R1, has: ["2,520,000|2.52M|252万|2520000"] }],
  ),
  conv("en", ["accounts i havent touched in a while", { tool: "stale_accounts", acc: R1, has: ["丰穗|Fengsui"] }]),
  conv("en", [
    "zhongyuan wind group overview",
    { tool: "group_overview", acc: [ZYFD, JZCL, DYCD], has: ["焦作|Jiaozuo", "德阳|Deyang"] },
  ]),
  conv(
    "en",
    ["any open tenders for me", { tool: "tender_matches", acc: R1, has: ["中原风电|Zhongyuan"] }],
    ["when does it close", { acc: [ZYFD], has: ["Dec 9|9 Dec|12-09|12月9|December 9|2026-12-09"] }],
  ),
  conv("en", ["what does the zhongyuan wind tender require", { acc: [ZYFD], has: ["ISO"] }]),
  conv("en", ["compare changjiang steel and jinniu", { tool: "compare_accounts", acc: [CJ, JNK] }]),
  conv("en", ["why is tianfu rail scored so low", { tool: "explain_score", acc: [TF] }]),
  conv("en", ["deals closing this qtr", { tool: "forecast", acc: R1 }]),
  conv("en", [
    "where are we up against hengli",
    {
      tool: "competitor_deals",
      acc: [HRJM, YJ, JNK],
      has: ["华锐精密|Huarui Precision", "甬江|Yongjiang", "金牛|Jinniu"],
    },
  ]),
  conv("en", [
    "log a call w Priya today - she'll send nordlager's lead time in writing",
    { tool: "log_interaction", card: "confirm", acc: [CSW] },
  ]),
  conv("en", [
    "remind me tmrw to send Rajesh the sample schedule",
    { tool: "add_action", card: "confirm", acc: [CSW], has: ["Nov 23|11-23|2026-11-23|11月23"] },
  ]),
  conv("en", [
    "changjiang rolling mill deal - change amount to 2.6M",
    { tool: "update_opportunity", card: "confirm", acc: [CJ], has: ["2,600,000|2.6M|260万|2600000"] },
  ]),
  conv("en", ["songshan axlebox monitoring deal -> won", { tool: "update_opportunity", card: "confirm", acc: [SS] }]),
  conv("en", ["my week?", { tool: "my_week" }]),
  conv("en", ["liu zonggong's number", { card: "choices", acc: [HRSK, YJ] }]),
  conv("en", ["Taihang - when are they paying", { acc: [TH], has: ["920,000|0.92M|92万|920000|920k"] }]),
  conv("en", ["write an account plan for Jiaozuo Gearbox", { tool: "generate_plan", acc: [JZCL] }]),
  conv("en", ["show me the plan for zhongyuan wind", { tool: "show_plan", acc: [ZYFD] }]),
  conv(
    "en",
    ["rail depots in my book", { acc: [SS, TF], has: ["嵩山|Songshan", "天府|Tianfu"] }],
    ["which one owes us", { acc: [SS], has: ["540,000|0.54M|54万|540000|540k"] }],
  ),
  conv("en", ["tianfu procurement intention - budget?", { acc: [TF], has: ["1,200,000|1.2M|120万|1200000"] }]),
  conv("en", [
    "liangjiang cnc invoice isnt due yet right?",
    { acc: [LJ], has: ["150,000|0.15M|15万|150000|150k", "Dec 15|12-15|12月15"] },
  ]),
  conv("en", ["Bursa Machine Tools - any news", { acc: [], has: [NF], not: ["Mehmet"] }]),
  conv("en", ["Pune Gear Systems last contact?", { acc: [], has: [NF] }]),
  conv("en", ["whats the weather in luoyang tmrw", { acc: [] }]),
  asUser(
    "rep2",
    conv(
      "en",
      ["Bursa - why haven't they paid", { acc: [BMT], has: ["bank|currency"] }],
      ["whats nordlager offering them", { acc: [BMT], has: ["installation"] }],
    ),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["MIG overdue?", { acc: [MIG], has: ["900,000|0.9M|90万|900000|900k"] }],
      ["why", { acc: [MIG], has: ["audit"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["monterrey gearworks who decides", { tool: "power_map", acc: [MIG], has: ["Carlos Mendoza"] }]),
  ),
  asUser("manager", conv("en", ["Monterrey Gearworks status", { acc: [], has: [NF], not: ["Carlos"] }])),
]);
