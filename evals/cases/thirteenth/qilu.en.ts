// English conversations over the thirteenth book (evals/books/qilu), typed the way account managers type. Written blind:
// every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AGT, CDF, DZ, FS, HR, HT, HX, JN, JSM, JSZ, LC, LL, SG, TAC, TAU, TY, TZ, YD } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 owns. */
const R1 = [JSZ, JSM, LL, DZ, LC, SG, TY, FS, TAU, YD, TZ, JN, HX, HR, TAC, HT];

export const QILU_EN = named("qilu-en", [
  conv("en", ["hows tashkent agro doing", { acc: [TAC], has: ["Tashkent"] }]),
  conv(
    "en",
    ["who calls the shots at TAC", { tool: "power_map", acc: [TAC], has: ["Rustam Karimov"] }],
    ["and who does Dilnoza report to", { acc: [TAC], has: ["Rustam|Karimov"] }],
  ),
  conv("en", ["jinsui - whats going on there", { card: "choices", acc: [JSZ, JSM] }]),
  conv("en", [
    "overdue invoices pls, biggest first",
    { acc: R1, has: ["德州|Dezhou", "1,800,000|1.8M|180万|1800000"] },
  ]),
  conv("en", ["which accounts havent I touched in ages", { tool: "stale_accounts", acc: R1, has: ["天中|Tianzhong"] }]),
  conv("en", [
    "Luliang group overview",
    { tool: "group_overview", acc: [LL, DZ, LC], has: ["德州|Dezhou", "聊城|Liaocheng"] },
  ]),
  conv("en", ["any tenders for my accounts?", { tool: "tender_matches", acc: R1, has: ["鲁粮|Luliang"] }]),
  conv("en", ["who won the Liaocheng depot warehouse job", { acc: [LC], has: ["沃田|Wotian"] }]),
  conv("en", ["compare Dezhou depot vs Yudong Grain Depot", { tool: "compare_accounts", acc: [DZ, YD] }]),
  conv("en", ["why is Hongxing State Farm scored so low", { tool: "explain_score", acc: [HX] }]),
  conv(
    "en",
    ["Shouguang Vegetable Group - any risks?", { acc: [SG], has: ["450,000|0.45M|45万|450000|450k"] }],
    ["who replaced Zhao Mingliang", { acc: [SG], has: ["孙立伟|Sun Liwei"] }],
  ),
  conv("en", [
    "SVG greenhouse deal, how big and when",
    { acc: [SG], has: ["3,500,000|3.5M|350万|3500000", "Dec 15|12-15|12月15"] },
  ]),
  conv("en", ["how much does Jinan Seed Co owe us", { acc: [JN], has: ["260,000|260k|26万|260000|0.26M"] }]),
  conv("en", [
    "log a call with Dilnoza today - she'll send over Nilegreen's warranty terms",
    { tool: "log_interaction", card: "confirm", acc: [TAC] },
  ]),
  conv("en", [
    "remind me tomorrow to call Rustam about the pilot contract",
    { tool: "add_action", card: "confirm", acc: [TAC], has: ["Nov 23|11-23|2026-11-23|11月23"] },
  ]),
  conv("en", ["mark the Tashkent drip pilot as won", { tool: "update_opportunity", card: "confirm", acc: [TAC] }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["Almaty Grain Terminal status?", { acc: [], has: [NF] }]),
  conv("en", ["Green Valley Farms Nairobi - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["write me a poem about tractors", { acc: [] }]),
  asUser("rep2", conv("en", ["Almaty grain - why haven't they paid yet", { acc: [AGT], has: ["currency"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["Cairo Delta, what's Nilegreen up to there", { acc: [CDF], has: ["Nilegreen"] }],
      ["how big is that deal", { acc: [CDF], has: ["3,000,000|3M|300万|3000000"] }],
    ),
  ),
  asUser("manager", conv("en", ["team forecast for december", { tool: "forecast" }])),
]);
