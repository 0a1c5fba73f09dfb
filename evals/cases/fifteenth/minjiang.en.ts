// English conversations over the fifteenth book (evals/books/minjiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AX, DH, DS, HC, HSA, HSL, HSS, HY, JJ, JL, KLH, LD, MD, MFH, MW, MWK, NA, SSE, YXG, YXQ, YXX } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";
/** Every account rep1 owns. */
const R1 = [YXG, YXX, YXQ, HSS, HSL, MW, MWK, AX, LD, MD, DS, MFH, SSE, NA, HY, JJ];
/** Every account the manager sees: rep1's and rep2's. */
const M = [...R1, HC, KLH, JL, HSA];

export const MINJIANG_EN = named("minjiang-en", [
  conv(
    "en",
    ["who's the decision maker at MFH", { tool: "power_map", acc: [MFH], has: ["Ramon"] }],
    ["and Maria, where does she stand", { acc: [MFH], has: ["Nordfrost"] }],
  ),
  conv("en", [
    "how much does manila fresh harbor owe us n since when",
    { acc: [MFH], has: ["550,000|550k|55万|0.55M|550000", "Jun 15|06-15|6月15|June 15"] },
  ]),
  conv("en", [
    "SSE blast freezer deal - size and close date?",
    { acc: [SSE], has: ["1,900,000|1.9M|190万|1900000", "Feb 15|02-15|2月15|February 15"] },
  ]),
  conv(
    "en",
    ["whos the engineer at saigon seafood again", { acc: [SSE], has: ["Tran Thi Lan"] }],
    ["when did we last talk to her", { acc: [SSE], has: ["Nov 16|11-16|11月16|November 16"] }],
  ),
  conv("en", ["haishun - whats the latest", { card: "choices", acc: [HSS, HSL] }]),
  conv("en", ["Haishun Seafood: any risks?", { acc: [HSS], has: ["雪域|Xueyu", "150,000|150k|15万|0.15M|150000"] }]),
  conv("en", [
    "Yongxian group overview pls",
    { tool: "group_overview", acc: [YXG, YXX, YXQ], has: ["厦门|Xiamen", "泉州|Quanzhou"] },
  ]),
  conv(
    "en",
    ["who replaced Zhang Weimin at Yongxian", { acc: [YXG], has: ["刘建新|Liu Jianxin"] }],
    ["does he lean to a competitor?", { acc: [YXG], has: ["凌川|Lingchuan"] }],
  ),
  conv("en", ["overdue receivables, total pls", { acc: R1, has: ["1,988,000|1.99M|198.8万|1988000|1.988M"] }]),
  conv("en", ["anything owed thats not due yet?", { acc: R1, has: ["Saigon|西贡", "120,000|120k|12万|0.12M"] }]),
  conv("en", ["which accounts have gone cold on me", { tool: "stale_accounts", acc: R1, has: ["东山|Dongshan"] }]),
  conv("en", ["open tenders for my accounts?", { tool: "tender_matches", acc: R1, has: ["马尾|Mawei"] }]),
  conv("en", [
    "Mawei cold chain park tender - when does it close and whats the budget",
    { acc: [MW], has: ["Dec 10|12-10|12月10|December 10", "5,600,000|5.6M|560万|5600000"] },
  ]),
  conv("en", ["who won the Jinjiang school meals temp monitoring job", { acc: [JJ], has: ["海峡冷机|Haixia"] }]),
  conv("en", ["compare Mindu Pharma and Hongyun Pharma", { tool: "compare_accounts", acc: [MD, HY] }]),
  conv("en", [
    "deals where Nordfrost is in the mix",
    { tool: "competitor_deals", acc: R1, has: ["闽都|Mindu", "Fresh Harbor|Manila"] },
  ]),
  conv("en", ["q4 forecast?", { tool: "forecast", acc: R1 }]),
  conv("en", ["what should i focus on this week", { tool: "my_week" }]),
  conv("en", [
    "Lin at Ludao kitchen - full name and phone?",
    { acc: [LD], has: ["林美华|Lin Meihua", "0592-555-0902"] },
  ]),
  conv("en", [
    "log a call w/ Maria Santos today - she'll send over Nordfrost's warranty terms",
    { tool: "log_interaction", card: "confirm", acc: [MFH] },
  ]),
  conv("en", [
    "remind me tomorrow to call Nguyen Van Minh about the Q1 budget",
    { tool: "add_action", card: "confirm", acc: [SSE], has: ["Nov 23|11-23|2026-11-23|11月23"] },
  ]),
  conv("en", [
    "set a task for Dec 3 to send Ramon the revised cold room quote",
    { tool: "add_action", card: "confirm", acc: [MFH], has: ["Dec 3|12-03|12-3|12月3|December 3"] },
  ]),
  conv("en", [
    "bump the fresh harbor expansion to 2.8M",
    { tool: "update_opportunity", card: "confirm", acc: [MFH], has: ["2,800,000|2.8M|280万|2800000"] },
  ]),
  conv("en", ["write an account plan for Saigon Seafood", { tool: "generate_plan", acc: [SSE] }]),
  conv("en", ["Bangkok Cold Storage Co - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["KL Halal Foods status?", { acc: [], has: [NF], not: ["Ahmad Rahman"] }]),
  conv("en", ["Dahao Seafood, who's the boss there", { acc: [], has: [NF], not: ["马达成"] }]),
  conv("en", ["write a haiku about frozen fish", { acc: [] }]),
  asUser(
    "rep2",
    conv("en", ["KLHF - why is the cold room payment held up", { acc: [KLH], has: ["halal|audit|certification"] }]),
  ),
  asUser(
    "rep3",
    conv("en", [
      "dahao seafood - how much overdue and who's the competitor",
      { acc: [DH], has: ["650,000|650k|65万|0.65M|650000", "雪域|Xueyu"] },
    ]),
  ),
  asUser("manager", conv("en", ["team deals closing this quarter, biggest first", { acc: M, has: ["永鲜|Yongxian"] }])),
  asUser(
    "manager",
    conv("en", [
      "Saigon Seafood - who owns it and whats open there",
      { acc: [SSE], has: ["黄丽萍|Huang Liping", "1,900,000|1.9M|190万|1900000"] },
    ]),
  ),
]);
