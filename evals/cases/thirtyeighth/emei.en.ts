// English conversations over the thirty-eighth book (evals/books/emei), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  FJH,
  JHH,
  JLH,
  JYS,
  LJB,
  LJH,
  MGR,
  PPUT,
  QCP,
  QCU,
  QJP,
  R1,
  SJH,
  SRAP,
  TFB,
  TFM,
  TTG,
  VCM,
  YBP,
  ZCS,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no match";

export const EMEI_EN = named("emei-en", [
  // Deals, with follow-ups that lean on the turn before.
  conv(
    "en",
    ["tianfu metro deal - where are we", { acc: [TFM], has: ["4,200,000|4.2M|420万|4200000"] }],
    ["whos the competitor there", { acc: [TFM], has: ["华睿|Huarui"] }],
    ["and when do they have to decide", { acc: [TFM], has: ["Dec 20|12-20|12月20|20 Dec|December 20"] }],
  ),
  conv(
    "en",
    ["VCM - whats still outstanding from them", { acc: [VCM], has: ["480,000|480k|48万|0.48M|480000"] }],
    ["whats holding the payment up", { acc: [VCM], has: ["USD|transfer|外汇"] }],
    ["whos their finance person again", { acc: [VCM], has: ["Noy Inthavong"] }],
  ),
  conv(
    "en",
    ["qingcheng - whats the latest", { card: "choices", acc: [QCU, QCP] }],
    ["the polytechnic. who got their gate job", { acc: [QCP], has: ["华睿|Huarui"] }],
  ),
  conv(
    "en",
    [
      "where are we up against Sentinel Vision",
      { tool: "competitor_deals", acc: [VCM, PPUT], has: ["Vientiane|VCM|万象", "Phnom Penh|PPUT|金边"] },
    ],
    ["which one is bigger", { acc: [VCM], has: ["1,250,000|1.25M|125万|1250000"] }],
  ),
  conv(
    "en",
    [
      "what did we lose in 2026",
      { acc: R1, has: ["青城职|Qingcheng Polytechnic|Qingcheng Vocational", "筑城|Zhucheng"] },
    ],
    ["and the guiyang one - who won it", { acc: [ZCS], has: ["蜀安|Shuan|Shu'an"] }],
  ),
  conv("en", [
    "open deals over 1M closing by end of feb",
    { acc: R1, has: ["两江公交|Liangjiang Bus", "Vientiane|VCM|万象", "青城大学|Qingcheng University|QCU"] },
  ]),

  // People.
  conv(
    "en",
    ["who makes the call at PPUT", { tool: "power_map", acc: [PPUT], has: ["Sokha Chan"] }],
    ["and who reports to him", { acc: [PPUT], has: ["Dara Keo"] }],
    ["when did we last see Dara", { acc: [PPUT], has: ["Nov 15|11-15|11月15|15 Nov|November 15"] }],
  ),
  conv(
    "en",
    ["phone for the IT head at liangjiang hospital", { acc: [LJH], has: ["023-555-0802"] }],
    ["same for the other hospital", { acc: [FJH], has: ["0816-555-1002"] }],
  ),
  conv("en", [
    "qujing psb, who signs off on the platform deal",
    { tool: "power_map", acc: [QJP], has: ["段志明|Duan Zhiming"] },
  ]),
  conv(
    "en",
    ["whos the GM at tianfu bus", { acc: [TFB], has: ["赵德明|Zhao Deming"] }],
    ["no, the metro one", { acc: [TFM], has: ["李长青|Li Changqing"] }],
    ["and their boss?", { acc: [TTG, TFM], has: ["王建川|Wang Jianchuan"] }],
  ),
  conv("en", ["what did Liu Yonghong say last time", { acc: [QCU], has: ["2,600,000|2.6M|260万|2600000"] }]),

  // Money, stale accounts.
  conv(
    "en",
    [
      "who owes us money right now, largest first",
      { tool: "receivables", acc: R1, has: ["地铁|Tianfu Metro|TFM", "2,100,000|2.1M|210万|2100000"] },
    ],
    ["just the overseas ones", { acc: [VCM, PPUT], has: ["480,000|480k|48万|0.48M|480000"] }],
  ),
  conv("en", ["fujiang hospital - when do we get the 840k", { acc: [FJH], has: ["December|Dec|12月"] }]),

  // Tenders.
  conv(
    "en",
    ["got any bid notices touching my accounts", { tool: "tender_matches", acc: R1, has: ["青城|Qingcheng"] }],
    ["whats the ceiling price on the university one", { acc: [QCU], has: ["2,520,000|2.52M|252万|2520000"] }],
    ["and bids are due when", { acc: [QCU], has: ["Dec 11|12-11|12月11|11 Dec|December 11"] }],
  ),
  conv(
    "en",
    ["liangjiang bus put out a purchase intention? budget?", { acc: [LJB], has: ["1,900,000|1.9M|190万|1900000"] }],
    ["how many depots", { acc: [LJB], has: ["12"] }],
  ),

  // Lists, comparisons, scores, plans, my week.
  conv("en", [
    "accounts in yunnan or guizhou",
    { tool: "find_accounts", acc: [QJP, ZCS], has: ["曲靖|Qujing", "筑城|Zhucheng"] },
  ]),
  conv("en", ["compare yibin psb and qujing psb", { tool: "compare_accounts", acc: [YBP, QJP] }]),
  conv("en", ["jiangyang school score looks bad, why", { tool: "explain_score", acc: [JYS] }]),
  conv("en", ["pull up tianfu transport group's account plan", { tool: "show_plan", acc: [TTG] }]),

  // Writes.
  conv("en", [
    "just got off the phone with Khamla at VCM, sentinel cut their price again",
    { tool: "log_interaction", card: "confirm", acc: [VCM], has: ["Khamla"] },
  ]),
  conv("en", [
    "visited dara keo at the depots yesterday, log it pls",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [PPUT],
      has: ["Dara Keo", "Nov 21|11-21|11月21|21 Nov|November 21"],
    },
  ]),
  conv("en", [
    "remind me to send Somchai the revised quote on Nov 27",
    { tool: "add_action", card: "confirm", acc: [VCM], has: ["Nov 27|11-27|11月27|27 Nov|November 27"] },
  ]),
  conv("en", [
    "tomorrow call zhang lei at tianfu metro about the commercial terms",
    { tool: "add_action", card: "confirm", acc: [TFM], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "push the qujing psb close date to jan 20",
    { tool: "update_opportunity", card: "confirm", acc: [QJP], has: ["Jan 20|01-20|1月20|20 Jan|January 20"] },
  ]),
  conv("en", [
    "PPUT deal moved to proposal, amount now 1.05M",
    { tool: "update_opportunity", card: "confirm", acc: [PPUT], has: ["1,050,000|1.05M|105万|1050000"] },
  ]),
  conv("en", [
    "the to-do about the sanjianghui itemised quote is done, tick it off",
    { tool: ["update_action", "list_actions"], acc: [SJH] },
  ]),

  // Not in the book, another rep's accounts, out of scope.
  conv("en", ["Nanchong PSB - any updates", { acc: [], has: [NF], not: ["康永", "Kang Yong"] }]),
  conv("en", ["whats going on at Siem Reap Angkor Plaza", { acc: [], has: [NF], not: ["Vannak"] }]),
  conv("en", ["write me a haiku about cameras", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "overdue across the team?",
      { tool: "receivables", acc: MGR, has: ["蜀南|Shunan", "3,940,000|3.94M|394万|3940000"] },
    ]),
  ),
  asUser("manager", conv("en", ["jinlihui mall - whos the GM", { acc: [JLH], has: ["陶晶|Tao Jing"] }])),
  asUser(
    "rep2",
    conv("en", ["jinghu hospital last contact?", { acc: [JHH], has: ["Sep 18|09-18|9月18|18 Sep|September 18"] }]),
  ),
  asUser(
    "rep2",
    conv("en", ["tianfu metro - whos their security head", { acc: [], has: [NF], not: ["张磊", "Zhang Lei"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["siem reap angkor plaza deal - who are we up against", { acc: [SRAP], has: ["Sentinel"] }],
      ["and how big is it", { acc: [SRAP], has: ["700,000|700k|70万|0.7M|700000"] }],
    ),
  ),
  asUser("rep3", conv("en", ["VCM overdue?", { acc: [], has: [NF], not: ["Somchai", "480"] }])),
]);
