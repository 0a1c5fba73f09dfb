// English conversations over the eighteenth book (evals/books/taihu), typed the way account managers type. Written blind:
// every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BME, CDD, DF, FC, GC, HSR, HT, HT1, HT3, LH, R1, TEAM1, WS, XG, YYG, YYZ, ZH, ZSG, ZSX } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|isn't in|not in your";

export const TAIHU_EN = named("taihu-en", [
  conv("en", ["hows busan marine doing", { acc: [BME], has: ["Busan"] }]),
  conv(
    "en",
    ["who's the decision maker at BME", { tool: "power_map", acc: [BME], has: ["Kim Min-jun"] }],
    ["and park ji-woo, who does she report to", { acc: [BME], has: ["Kim"] }],
  ),
  conv("en", ["HSR whats the latest", { acc: [HSR], has: ["Tran Thi Lan|Nguyen Van Hung"] }]),
  conv("en", [
    "haiphong deal size + close date?",
    { acc: [HSR], has: ["800,000|800k|80万|0.8M|800000", "Mar 15|03-15|3月15|March 15"] },
  ]),
  conv("en", ["Nantong Ocean whats up", { card: "choices", acc: [YYZ, YYG] }]),
  conv("en", [
    "overdue receivables pls biggest first",
    { acc: R1, has: ["华通一局|Huatong First|华通桥梁第一", "1,500,000|1.5M|150万|1500000"] },
  ]),
  conv("en", ["any accounts i've been neglecting", { tool: "stale_accounts", acc: R1, has: ["振海|Zhenhai"] }]),
  conv("en", [
    "Huatong group overview w/ subsidiaries",
    { tool: "group_overview", acc: [HT, HT1, HT3], has: ["一局|First|第一工程局", "三局|Third|第三工程局"] },
  ]),
  conv("en", ["any open tenders for my accounts", { tool: "tender_matches", acc: R1, has: ["华通|Huatong"] }]),
  conv(
    "en",
    ["the Huatong bridge tender - when do bids close", { acc: [HT], has: ["Dec 8|12-08|12月8|December 8|12月08"] }],
    ["what does it require from bidders", { acc: [HT], has: ["C5"] }],
  ),
  conv("en", [
    "who won the yantai sea bridge coating job at the third bureau",
    { acc: [HT3], has: ["甬江|Yongjiang"] },
  ]),
  conv("en", ["compare Fengchi vs Zhenhai Wind", { tool: "compare_accounts", acc: [FC, ZH] }]),
  conv(
    "en",
    ["Fengchi Towers risks?", { acc: [FC], has: ["380,000|380k|38万|0.38M|380000"] }],
    ["who replaced Zhou Liming", { acc: [FC], has: ["钱卫东|Qian Weidong"] }],
  ),
  conv("en", [
    "zhoushan ship repair framework deal - amount n close date",
    { acc: [ZSX], has: ["1,800,000|1.8M|180万|1800000", "Dec 10|12-10|12月10|December 10"] },
  ]),
  conv("en", ["quarter forecast?", { tool: "forecast", acc: R1 }]),
  conv("en", ["deals closing this qtr", { acc: R1, has: ["Busan", "万顺|Wanshun"] }]),
  conv("en", ["Wang zhuren at Xingang - phone?", { acc: [XG], has: ["0523-555-1302"] }]),
  conv("en", ["list my steel structure accounts", { acc: [YYG, DF, GC], has: ["东方|Dongfang", "港城|Gangcheng"] }]),
  conv("en", ["why is Xingang scored so low", { tool: "explain_score", acc: [XG] }]),
  conv("en", [
    "log a call w/ Park Ji-woo today, she'll send over the Fjordmarin rebate terms",
    { tool: "log_interaction", card: "confirm", acc: [BME] },
  ]),
  conv("en", [
    "remind me tmrw to send Tran Thi Lan the antifouling data sheets",
    { tool: "add_action", card: "confirm", acc: [HSR], has: ["Nov 23|11-23|2026-11-23|11月23|November 23"] },
  ]),
  conv("en", [
    "set a follow up on Dec 3 - visit Wanshun about the trial spray",
    { tool: "add_action", card: "confirm", acc: [WS], has: ["Dec 3|12-03|12月3|December 3"] },
  ]),
  conv("en", ["move the busan hull coating deal to won", { tool: "update_opportunity", card: "confirm", acc: [BME] }]),
  conv("en", ["my week?", { tool: "my_week" }]),
  conv("en", ["write an account plan for Zhoushan Port Group", { tool: "generate_plan", acc: [ZSG] }]),
  conv("en", ["show me BME's plan", { tool: "show_plan", acc: [BME] }]),
  conv("en", ["Chittagong Dock status?", { acc: [], has: [NF], not: ["Rahim Chowdhury"] }]),
  conv("en", ["Ocean Star Shipyard Singapore - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["whats the weather in wuxi tmrw", { acc: [] }]),
  asUser("manager", conv("en", ["team overdue total?", { acc: TEAM1, has: ["3,600,000|3.6M|360万|3600000"] }])),
  asUser(
    "rep2",
    conv("en", ["chittagong dock - why havent they paid", { acc: [CDD], has: ["letter of credit|L/C|LC"] }]),
  ),
  asUser("rep3", conv("en", ["liaohai LNG deal - who are we up against", { acc: [LH], has: ["Fjordmarin"] }])),
]);
