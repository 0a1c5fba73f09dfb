// English conversations over the tenth book (evals/books/ganjiang), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW), never from a
// tool result. Development material from the start: see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AX, CPB, DT, HY, LFJ, LFR, MS, NSL, QH, RK, RP, SFD, TW, TWC, TWT } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|do not see|can't find";

export const GANJIANG_EN = named("ganjiang-en", [
  conv("en", ["hows lufeng dairy doing", { acc: [LFR], has: ["Lufeng|庐峰"] }]),
  conv("en", ["whats going on w/ lufeng", { card: "choices", acc: [LFR, LFJ] }]),
  conv(
    "en",
    ["who's the decision maker at saigon fresh", { acc: [SFD], has: ["Nguyen Van Minh"] }],
    ["and who does le quang huy report to", { acc: [SFD], has: ["Tran Thi Lan"] }],
  ),
  conv("en", ["saigon fresh overdue amount?", { acc: [SFD], has: ["410,000|410k|0.41M|41万|410000"] }]),
  conv("en", [
    "when is the lidding film deal at SFD supposed to close",
    { acc: [SFD], has: ["Dec 8|8 Dec|12-08|December 8"] },
  ]),
  conv("en", [
    "Chao Phraya power map pls",
    { tool: "power_map", acc: [CPB], has: ["Somchai Wongsakul", "Kanya Srisuk"] },
  ]),
  conv("en", ["is peter lim still at chao phraya?", { acc: [CPB], has: ["left|no longer|departed"] }]),
  conv("en", ["CPB - who are we up against on the shrink film deal", { acc: [CPB], has: ["Siam Pack"] }]),
  conv(
    "en",
    ["list my accounts in thailand and vietnam", { has: ["Chao Phraya", "Saigon"], not: ["Rattana"] }],
    ["the bangkok one - who's the decision maker", { acc: [CPB], has: ["Somchai"] }],
  ),
  conv(
    "en",
    ["who's the procurement manager at anxin", { acc: [AX], has: ["林美华|Lin Meihua"] }],
    ["is she for us or against us", { acc: [AX], has: ["oppos|against"] }],
  ),
  conv("en", [
    "show me my pharma accounts",
    { has: ["Anxin|安心", "Ruikang|瑞康"], not: ["Yuelu", "岳麓", "Rattana"] },
  ]),
  conv("en", [
    "which accounts owe us money past due",
    { has: ["Saigon", "Tengwang|滕王", "Haoyun|好运"], not: ["Yuelu", "岳麓", "Wantong", "万通"] },
  ]),
  conv("en", [
    "DTA lost deal - who won it and at what price",
    { acc: [DT], has: ["Yufeng|裕丰", "1.36M|1,360,000|1360000|136万"] },
  ]),
  conv("en", ["who at dongting could get me in front of the president", { acc: [DT], has: ["王海涛|Wang Haitao"] }]),
  conv("en", ["any open tenders for my accounts closing soon", { tool: "tender_matches", has: ["Lufeng|庐峰"] }]),
  conv("en", ["ruikang procurement intention - budget?", { acc: [RK], has: ["1.8M|1,800,000|1800000|180万"] }]),
  conv("en", [
    "deals closing before end of december",
    { has: ["Lufeng|庐峰", "Anxin|安心", "Saigon"], not: ["Xiangjiang", "湘江", "Yuelu", "岳麓"] },
  ]),
  conv("en", [
    "which deals are we fighting xinnuo on",
    { tool: "competitor_deals", has: ["Saigon", "Anxin|安心", "Lufeng|庐峰"], not: ["Xiangjiang", "湘江"] },
  ]),
  conv("en", [
    "log a call w/ Kanya Srisuk just now, she confirmed the shrink film trial for Dec 10",
    { tool: "log_interaction", card: "confirm", acc: [CPB] },
  ]),
  conv("en", [
    "remind me to visit Tran Thi Lan on Dec 3",
    { tool: "add_action", card: "confirm", acc: [SFD], has: ["Dec 3|3 Dec|12-03|December 3"] },
  ]),
  conv("en", [
    "mark the saigon fresh lidding film deal as won",
    { tool: "update_opportunity", card: "confirm", acc: [SFD] },
  ]),
  conv("en", [
    "chao phraya deal: bump amount to 1.5M",
    { tool: "update_opportunity", card: "confirm", acc: [CPB], has: ["1.5M|1,500,000|1500000|150万"] },
  ]),
  conv("en", ["compare anxin pharma and ruikang", { tool: "compare_accounts", acc: [AX, RK] }]),
  conv("en", ["why is tengwang condiments scored like that", { tool: "explain_score", acc: [TWT] }]),
  conv("en", ["tengwang group overview incl. subsidiaries", { tool: "group_overview", acc: [TW, TWT, TWC] }]),
  conv("en", ["who's GM Liu", { card: "choices", acc: [LFR, AX], not: ["刘德明", "Yuelu"] }]),
  conv("en", ["hyf who's the boss there", { acc: [HY], has: ["金晓峰|Jin Xiaofeng"] }]),
  conv("en", ["qihang home - when's their next payment due", { acc: [QH], has: ["Dec 5|5 Dec|12-05|December 5"] }]),
  conv("en", ["stale accounts?", { tool: "stale_accounts", has: ["Musen|木森"] }]),
  conv("en", ["when did i last talk to anyone at musen", { acc: [MS], has: ["Apr 8|8 Apr|04-08|April 8"] }]),
  conv("en", ["forecast for the year, what's the gap", { tool: "forecast" }]),
  conv("en", ["what's my week look like", { tool: "my_week" }]),
  conv("en", ["how's Yuelu Pharma doing", { acc: [], has: [NF] }]),
  conv("en", ["how's Golden Harvest Foods doing", { acc: [], has: [NF] }]),
  conv("en", ["write me a python script to dedupe my excel list", { tool: "none", acc: [] }]),
  asUser(
    "manager",
    conv("en", ["team overdue receivables", { has: ["Wantong|万通", "Saigon"], not: ["Yuelu", "岳麓"] }]),
  ),
  asUser("rep2", conv("en", ["nusantara segar - what's open", { acc: [NSL], has: ["800,000|800k|0.8M|80万|800000"] }])),
  asUser("rep3", conv("en", ["rattana pharma open deal amount", { acc: [RP], has: ["1.5M|1,500,000|1500000|150万"] }])),
]);
