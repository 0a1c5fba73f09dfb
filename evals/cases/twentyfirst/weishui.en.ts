// English conversations over the twenty-first book (evals/books/weishui), typed the way account managers type, some by
// non-native speakers. Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22,
// TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  DETS,
  FN,
  FYS,
  HFC,
  HFI,
  JK,
  KFL,
  LYE,
  LYF,
  NAF,
  NYF,
  NYS,
  SJF,
  SYU,
  TYT,
  XXF,
  ZCT,
  ZFD,
  ZH,
  ZTC,
  ZYM,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no access";
/** Every account rep1 owns. */
const R1 = [ZFD, ZTC, HFI, FN, NYF, XXF, ZYM, NYS, LYE, SYU, ZCT, SJF, ZH, TYT, KFL, HFC];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, FYS, DETS, LYF, JK];

export const WEISHUI_EN = named("weishui-en", [
  conv("en", ["hows zhengzhou food and drug institute doing", { acc: [ZFD], has: ["2,300,000|2.3M|230万|2300000"] }]),
  conv("en", ["the zhengzhou lab - anything new?", { card: "choices", acc: [ZFD, ZTC, ZCT] }]),
  conv(
    "en",
    ["who decide at HFII? power map pls", { tool: "power_map", acc: [HFI], has: ["高志强|Gao Zhiqiang"] }],
    ["is Liu Guohua still there? who take over", { acc: [HFI], has: ["邓晓峰|Deng Xiaofeng"] }],
  ),
  conv("en", ["Director Zhang phone number?", { card: "choices", acc: [ZFD, LYE] }]),
  conv(
    "en",
    ["overdue invoices, biggest first", { acc: R1, has: ["南阳|Nanyang", "450,000|0.45M|45万|450000|450k"] }],
    ["and the total?", { acc: R1, has: ["1,350,000|1.35M|135万|1350000"] }],
  ),
  conv("en", ["which account I not visit since long time", { tool: "stale_accounts", acc: R1, has: ["太原|Taiyuan"] }]),
  conv("en", [
    "Funiu group overview",
    { tool: "group_overview", acc: [FN, NYF, XXF], has: ["南阳|Nanyang", "新乡|Xinxiang"] },
  ]),
  conv("en", [
    "any open tender for my accounts?",
    { tool: "tender_matches", acc: R1, has: ["食品检验研究院|食检院|Henan Food"] },
  ]),
  conv("en", ["who won the Luoyang VOCs project", { acc: [LYE], has: ["华析|Huaxi"] }]),
  conv("en", ["HFII ICP-MS tender - when bids close?", { acc: [HFI], has: ["Dec 10|12-10|12月10|December 10"] }]),
  conv("en", ["compare Nanyang monitoring station vs Luoyang EMC", { tool: "compare_accounts", acc: [NYS, LYE] }]),
  conv("en", ["why Taiyuan Testing Center scored so low", { tool: "explain_score", acc: [TYT] }]),
  conv(
    "en",
    [
      "Karachi lab deal how much and when it close",
      { acc: [KFL], has: ["1,100,000|1.1M|110万|1100000", "Dec 31|12-31|12月31|December 31"] },
    ],
    ["who is pushing Veralis there", { acc: [KFL], has: ["Sana Malik"] }],
  ),
  conv("en", [
    "log a call with Sana Malik today, she will send Veralis warranty terms for compare",
    { tool: "log_interaction", card: "confirm", acc: [KFL] },
  ]),
  conv("en", [
    "remind me tomorrow to call Imran about the contract",
    { tool: "add_action", card: "confirm", acc: [KFL], has: ["Nov 23|11-23|2026-11-23|11月23|November 23"] },
  ]),
  conv("en", ["mark KFSL HPLC expansion as won", { tool: "update_opportunity", card: "confirm", acc: [KFL] }]),
  conv("en", [
    "change Nanyang station GC deal amount to 950k",
    { tool: "update_opportunity", card: "confirm", acc: [NYS], has: ["950,000|950k|95万|0.95M|950000"] },
  ]),
  conv("en", [
    "I visited Zhongyuan Flour on Nov 20, met Song Xiaomei, she want test DON and ZEN both. log it pls",
    { tool: "log_interaction", card: "confirm", acc: [ZYM], has: ["Nov 20|11-20|11月20|November 20"] },
  ]),
  conv("en", ["what I should do this week", { tool: "my_week" }]),
  conv("en", ["quarter forecast pls", { tool: "forecast", acc: R1 }]),
  conv("en", [
    "Veralis - in which of my deals they are",
    {
      tool: "competitor_deals",
      acc: R1,
      has: ["郑州市食品药品检验所|郑州食药检所|Zhengzhou Food", "郑州海关|Zhengzhou Customs", "Karachi"],
    },
  ]),
  conv("en", [
    "list my accounts in Anhui and Shanxi",
    { tool: "find_accounts", acc: [HFC, TYT], has: ["合肥|Hefei", "太原|Taiyuan"] },
  ]),
  conv("en", ["my dairy customers?", { tool: "find_accounts", acc: [FN, NYF, XXF], has: ["伏牛|Funiu"] }]),
  conv(
    "en",
    ["Zhengzhou customs still owe us money?", { acc: [ZCT], has: ["360,000|0.36M|36万|360000|360k"] }],
    ["who is Qian Wei", { acc: [ZCT], has: ["财务|finance|Finance"] }],
  ),
  conv("en", ["Bai Xue at ZCTC, what she think about us", { acc: [ZCT], has: ["Veralis"] }]),
  conv("en", ["write account plan for Songyue University", { tool: "generate_plan", acc: [SYU] }]),
  conv("en", ["Dhaka Environmental Testing status?", { acc: [], has: [NF], not: ["Rahim Chowdhury"] }]),
  conv("en", ["Nairobi agri food lab - last contact?", { acc: [], has: [NF], not: ["Grace Wanjiru"] }]),
  conv("en", ["Addis Ababa Food Lab any deals?", { acc: [], has: [NF] }]),
  conv("en", ["write me poem about spectrometer", { acc: [] }]),
  asUser("rep2", conv("en", ["DETS why they not pay yet", { acc: [DETS], has: ["LC|letter of credit|bank"] }])),
  asUser("rep3", conv("en", ["Nairobi lab - what Grace asked last time", { acc: [NAF], has: ["LC-MS|quote"] }])),
  asUser("rep3", conv("en", ["Karachi Food Lab open deals?", { acc: [], has: [NF], not: ["Imran Qureshi"] }])),
  asUser("manager", conv("en", ["team overdue total", { acc: MGR, has: ["2,050,000|2.05M|205万|2050000"] }])),
]);
