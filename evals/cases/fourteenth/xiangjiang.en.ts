// English conversations over the fourteenth book (evals/books/xiangjiang), typed the way account managers type. Every
// expectation is hand-read from the book's CSV files (today is Sunday 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BB, FRL, FRT, HP, LC, MG, NRH, NY, QG, SHG, SM, TY } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";

export const XIANGJIANG_EN = named("xiangjiang-en", [
  conv("en", ["hows furong lab doing", { acc: [FRL], has: ["Furong|芙蓉"] }]),
  conv("en", ["Furong - whats the latest", { card: "choices", acc: [FRL, FRT] }]),
  conv(
    "en",
    ["who's the decision maker at meghna", { acc: [MG], has: ["Rahim"] }],
    ["and their procurement manager?", { acc: [MG], has: ["Farida"] }],
    ["which competitor is she leaning to", { acc: [MG], has: ["Meridian"] }],
  ),
  conv("en", ["song hong hospital overdue invoice??", { acc: [SHG], has: ["640,000|640000|640k|0.64M|64万"] }]),
  conv(
    "en",
    ["SHGH who runs the lab there", { acc: [SHG], has: ["Tran Thi Lan"] }],
    ["when did i last talk to her", { acc: [SHG], has: ["Nov 13|13 Nov|11-13|November 13|13 November"] }],
  ),
  conv("en", ["heping hospital tender deadline?", { acc: [HP], has: ["Dec 14|14 Dec|12-14|December 14|14 December"] }]),
  conv("en", ["Dr Liu at Heping, is she on our side", { acc: [HP], has: ["Liu Fang|刘芳"] }]),
  conv("en", ["who left Longcheng lab and who replaced them", { acc: [LC], has: ["Huang Tao|黄涛", "Liang Yu|梁宇"] }]),
  conv("en", ["deals closing before end of dec", { has: ["Longcheng|龙城", "Nanyue|南岳", "Meghna"] }]),
  conv("en", ["what did kangmai take from us", { tool: "competitor_deals", has: ["Yuanjiangwan|沅江湾"] }]),
  conv("en", ["compare longcheng vs nanyue", { tool: "compare_accounts", acc: [LC, NY] }]),
  conv("en", ["why is TPM Lab's score like that", { tool: "explain_score", acc: [TY] }]),
  conv("en", ["Bobei med community rollup pls", { tool: "group_overview", acc: [BB, QG, SM] }]),
  conv("en", ["draft an account plan for Song Hong", { tool: "generate_plan", acc: [SHG] }]),
  conv("en", [
    "log: called Rahim today, he said the upgrade goes to their board on Dec 15",
    { tool: "log_interaction", card: "confirm", acc: [MG] },
  ]),
  conv("en", [
    "remind me tomorrow to send Meghna the revised quote",
    { tool: "add_action", card: "confirm", acc: [MG] },
  ]),
  conv("en", [
    "mark the meghna deal lost, went to Meridian",
    { tool: "update_opportunity", card: "confirm", acc: [MG], has: ["Meridian"] },
  ]),
  conv("en", ["Nairobi Riverside Hospital status", { acc: [], has: [NF] }]),
  conv("en", ["Blue Lake Diagnostics in Changsha, anything?", { acc: [], has: [NF] }]),
  conv("en", ["book me a flight to Dhaka on Dec 3", { tool: "none", acc: [] }]),
  asUser(
    "manager",
    conv("en", [
      "which of the team's accounts have overdue payments",
      { has: ["安源|Anyuan", "和平|Heping"], not: ["湘中", "Xiangzhong"] },
    ]),
  ),
  asUser("rep3", conv("en", ["NRH - what did Grace ask for", { acc: [NRH], has: ["analy"] }])),
]);
