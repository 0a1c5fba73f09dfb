// English conversations over the forty-fourth book (evals/books/huashan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AATC, BRS, CC, DLS, FJ, FS, FW, HG, HZ, JQ, LQ, MY, NAI, QCJT, QDS, QJ, WB, XHD, XLC, XLJ, YS } from "./names";

/** An honest "not found" in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|can't find|no such account|not in your";
/** Every account rep1 (苗雨桐) owns. */
const R1 = [QCJT, DLS, QDS, XLC, XLJ, MY, FJ, XHD, QJ, FW, CC, YS, HG, WB, BRS, JQ];
/** Every account the manager (贺文博) sees: rep1's and rep2's. */
const MGR = [...R1, NAI, LQ, HZ, FS];

export const HUASHAN_EN = named("huashan-en", [
  // Accounts, short names, pinyin.
  conv("en", [
    "Qinchaun group - where's the framework deal at",
    { acc: [QCJT], has: ["5,600,000|5.6M|560万|5600000"] },
  ]),
  conv("en", ["xiling - anything new?", { card: "choices", acc: [XLC, XLJ] }]),
  conv(
    "en",
    ["BRS - quick update?", { acc: [BRS], has: ["2,600,000|2.6M|260万|2600000"] }],
    ["and their unpaid amount?", { acc: [BRS], has: ["450,000|450k|45万|0.45M|450000"] }],
    ["whats holding the payment up", { acc: [BRS], has: ["foreign exchange|FX|外汇"] }],
  ),

  // People and the power map.
  conv(
    "en",
    ["who's the decision maker at QPI", { tool: "power_map", acc: [DLS], has: ["杜宏|Du Hong"] }],
    ["and wang jianjun reports to?", { acc: [DLS], has: ["杜宏|Du Hong"] }],
  ),
  conv(
    "en",
    ["who at Fenwei proving ground is pushing Kestrel", { acc: [FW], has: ["丁雪|Ding Xue"] }],
    ["and who's on our side there", { acc: [FW], has: ["江涛|Jiang Tao|陶永胜|Tao Yongsheng"] }],
  ),
  conv("en", [
    "when did i last talk to 何静 at mianyang",
    { acc: [MY], has: ["Nov 18|11-18|11月18|18 Nov|November 18"] },
  ]),

  // Money and risks.
  conv(
    "en",
    ["who owes us money, sort by amount", { acc: R1, has: ["动力|QPI|Propulsion", "1,800,000|1.8M|180万|1800000"] }],
    ["sum?", { acc: R1, has: ["2,680,000|2.68M|268万|2680000"] }],
  ),

  // Deals, forecast, lists.
  conv("en", ["Q4 forecast pls", { tool: "forecast", acc: R1, has: ["燕山|Yanshan|YEEI", "动力|QPI|Propulsion"] }]),
  conv(
    "en",
    [
      "open deals over 3M?",
      {
        acc: R1,
        has: [
          "秦川航天科技|Qinchuan Aerospace|集采|集中采购|framework",
          "动力|QPI|Propulsion",
          "燕山|Yanshan|YEEI",
          "西岭|Xiling",
        ],
      },
    ],
    ["which of those closes first", { acc: [DLS, YS, XLC, QCJT], has: ["动力|QPI|Propulsion"] }],
  ),
  conv("en", [
    "what did we lose in 2026 and to whom",
    { acc: R1, has: ["西岭机车|西岭检修|Xiling Locomotive", "华轨|Huagui", "Kestrel", "天衡|Tianheng"] },
  ]),
  conv("en", [
    "where are we up against Kestrel",
    { tool: "competitor_deals", acc: [XLC, XLJ, FW, BRS], has: ["西岭|Xiling", "沣渭|Fengwei", "Bosphorus|BRS"] },
  ]),
  conv("en", [
    "my accounts in Sichuan?",
    { tool: "find_accounts", acc: R1, has: ["西岭|Xiling", "绵阳|Mianyang", "涪江|Fujiang"] },
  ]),
  conv("en", [
    "any accounts ive gone quiet on for months",
    { tool: "stale_accounts", acc: R1, has: ["长城|Changcheng|Tianshui"] },
  ]),
  conv("en", ["whats dragging down Huagui Rail Testing's score", { tool: "explain_score", acc: [HG] }]),
  conv("en", ["compare QPI with 强度所", { tool: "compare_accounts", acc: [DLS, QDS] }]),
  conv("en", ["group view of Qinchuan Aerospace pls", { tool: "group_overview", acc: [QCJT, DLS, QDS] }]),

  // Tenders.
  conv(
    "en",
    [
      "anything posted on the procurement sites for my customers",
      { tool: "tender_matches", acc: R1, has: ["燕山|Yanshan|YEEI"] },
    ],
    ["whats the price cap on that one", { acc: [YS], has: ["3,720,000|3.72M|372万|3720000"] }],
  ),
  conv("en", [
    "who won the Huagui calibration contract",
    { acc: [HG], has: ["天衡|Tianheng", "398,000|398k|39.8万|398000"] },
  ]),
  conv("en", [
    "saw NWHU posted a purchase plan for next yr - how big",
    { acc: [XHD], has: ["750,000|750k|75万|0.75M|750000"] },
  ]),

  // My week, plans.
  conv("en", ["what should i prioritise the next few days", { tool: "my_week" }]),

  // Writes.
  conv("en", [
    "just got off the phone with Mehmet Yilmas at BRS, he wants a revised price by Dec 5",
    { tool: "log_interaction", card: "confirm", acc: [BRS], has: ["Mehmet Yilmaz"] },
  ]),
  conv("en", [
    "log a visit to Fengwei Proving Ground on 11/20, met Jiang Tao, went through the channel list",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [FW],
      has: ["江涛|Jiang Tao", "Nov 20|11-20|11月20|20 Nov|November 20"],
    },
  ]),
  conv("en", [
    "had a call w/ liang chen at xiling rail yesterday about the rig foundation drawings",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [XLC],
      has: ["梁晨|Liang Chen", "Nov 21|11-21|11月21|21 Nov|November 21"],
    },
  ]),
  conv("en", [
    "remind me to call Can Ozturk tomorrow about the 450k",
    { tool: "add_action", card: "confirm", acc: [BRS], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "set a to-do: visit Yanshan institute on Dec 3 to prep the bid",
    { tool: "add_action", card: "confirm", acc: [YS], has: ["Dec 3|12-03|12月3|3 Dec|December 3"] },
  ]),
  conv("en", [
    "bump the Qinchuan framework deal to proposal",
    { tool: "update_opportunity", card: "confirm", acc: [QCJT] },
  ]),
  conv("en", [
    "Bosporus rig deal is now 2.45M",
    { tool: "update_opportunity", card: "confirm", acc: [BRS], has: ["2,450,000|2.45M|245万|2450000"] },
  ]),
  conv("en", [
    "the to-do to send 沈玥 the chamber specs is done, tick it off",
    { tool: ["update_action", "list_actions"], acc: [XHD] },
  ]),
  conv("en", [
    "Qianjin wants a calibration framework - what size did 郭总工 mention",
    { acc: [QJ], has: ["260,000|260k|26万|0.26M|260000"] },
  ]),

  // Another team's account, out of scope.
  conv("en", ["how's Nile Aerospace doing", { acc: [], has: [NF], not: ["Ahmed Hassan", "Mona Farouk"] }]),
  conv("en", ["can you write me a toast for the team dinner", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("en", ["which rep has the most overdue money", { acc: MGR, has: ["苗雨桐|Miao Yutong"] }])),
  asUser("manager", conv("en", ["how is AATC going", { acc: [], has: [NF], not: ["Emre Kaya"] }])),
  asUser(
    "rep2",
    conv("en", [
      "NAI chamber deal - where are we and who's competing",
      { acc: [NAI], has: ["2,300,000|2.3M|230万|2300000", "渝测|Yuce"] },
    ]),
  ),
  asUser(
    "rep3",
    conv("en", ["AATC deal size and competitor?", { acc: [AATC], has: ["3,200,000|3.2M|320万|3200000", "Kestrel"] }]),
  ),
  asUser("rep3", conv("en", ["what about Bosphorus Rail", { acc: [], has: [NF], not: ["Mehmet Yilmaz"] }])),
]);
