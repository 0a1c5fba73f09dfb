// English conversations over the forty-seventh book (evals/books/wutai), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
// The voice is memory: what a customer said or did months back, narrowed by month or by person.
import { asUser, conv, named } from "../conversation-types";
import {
  ACP,
  BS,
  BTJD,
  CLC,
  GL,
  GY,
  PY,
  QK,
  QQBZ,
  QQCY,
  QQJT,
  RF,
  SNS,
  TYJD,
  UBPH,
  WC,
  WF,
  XQ,
  YANHU,
  YUNHE,
  ZHY,
} from "./names";

/** An honest "not found" (or no access) in English. */
const NF =
  "not find|couldn't find|could not find|not found|no account|don't see|can't find|no access|don't have access|not visible";
/** Every account rep1 owns. */
const R1 = [QQJT, QQBZ, QQCY, TYJD, BTJD, PY, GY, QK, RF, ZHY, GL, CLC, WF, ACP, YANHU, YUNHE, XQ];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, SNS, BS, WC];

export const WUTAI_EN = named("wutai-en", [
  // The overseas account, by its abbreviation and its English name.
  conv(
    "en",
    ["ACP - what were they complaining about back in march", { acc: [ACP], has: ["make-ready|two days|technician"] }],
    ["who said that", { acc: [ACP], has: ["Aigerim"] }],
    [
      "log a call with her today - she confirmed the feb board date and wants a russian manual",
      { tool: "log_interaction", card: "confirm", acc: [ACP], has: ["Aigerim"] },
    ],
  ),
  conv(
    "en",
    [
      "almaty carton: when was the last order and how much",
      { acc: [ACP], has: ["May 15|05-15|5月15|15 May|May 15", "95,000|95k|9.5万|95000"] },
    ],
    ["still unpaid? what did olga say about it", { acc: [ACP], has: ["certificate|conversion"] }],
    [
      "remind me Dec 2 to send Daniyar the revised folder-gluer quote",
      { tool: "add_action", card: "confirm", acc: [ACP], has: ["Dec 2|12-02|12月2|2 Dec|December 2"] },
    ],
  ),

  // Counting visits by month, narrowing by person.
  conv(
    "en",
    ["how many times did we visit yunhe carton last month", { acc: [YUNHE], has: ["two|twice|2 visit|2 time"] }],
    ["what did Liu say then", { acc: [YUNHE], has: ["warranty|maintenance|100,000|100k|10万|维保"] }],
    [
      "ok bump that deal to 1.02M",
      { tool: "update_opportunity", card: "confirm", acc: [YUNHE], has: ["1,020,000|1.02M|102万|1020000"] },
    ],
  ),
  conv(
    "en",
    [
      "Qingquan Packaging - whats going on with the die cutter invoice",
      { acc: [QQBZ], has: ["1,150,000|1.15M|115万|1150000"] },
    ],
    ["what did their finance person tell us in august", { acc: [QQBZ], has: ["冯雅琴|Feng Yaqin", "Sep|9月"] }],
  ),
  conv(
    "en",
    [
      "when did we close the die cutter deal at zhenghe and for how much",
      { acc: [ZHY], has: ["Mar 31|03-31|3月31|31 Mar|March 31", "1,250,000|1.25M|125万|1250000"] },
    ],
    ["what did Han Dong say about a service contract", { acc: [ZHY], has: ["budget|预算|next year|明年"] }],
  ),
  conv(
    "en",
    [
      "what did Qingquan Group's procurement director tell us back in april",
      { acc: [QQJT], has: ["任晓红|Ren Xiaohong", "March|Mar|3月"] },
    ],
    ["and her latest update?", { acc: [QQJT], has: ["润通|Runtong"] }],
  ),

  // Tenders.
  conv(
    "en",
    [
      "qingquan color printing tender - budget, ceiling and deposit?",
      {
        acc: [QQCY],
        has: ["3,900,000|3.9M|390万|3900000", "3,850,000|3.85M|385万|3850000", "70,000|70k|7万|70000"],
      },
    ],
    ["when do bids close", { acc: [QQCY], has: ["Dec 11|12-11|12月11|11 Dec|December 11"] }],
    ["what did Xue ask for when we met him in sept", { acc: [QQCY], has: ["48"] }],
  ),
  conv(
    "en",
    [
      "who won the gulian press tender and at what price",
      { acc: [GL], has: ["华印|Huayin", "3,280,000|3.28M|328万|3280000"] },
    ],
    ["is that why gulian's score dropped? explain the score", { tool: "explain_score", acc: [GL] }],
  ),

  // Deals, lists, competitors.
  conv(
    "en",
    [
      "anything set to close in december?",
      { tool: ["forecast", "find_deals"], acc: R1, has: ["秦康|Qinkang", "运河|Yunhe"] },
    ],
    ["which one is the biggest", { acc: R1, has: ["3,900,000|3.9M|390万|3900000"] }],
  ),
  conv("en", [
    "who have I not been to since spring",
    { tool: "stale_accounts", acc: R1, has: ["五峰|Wufeng|忻州|Xinzhou"] },
  ]),
  conv(
    "en",
    ["Baotou Jinding - why did we lose the die cutter", { acc: [BTJD], has: ["科印|Keyin"] }],
    ["anything from them since", { acc: [BTJD], has: ["folder|gluer|糊盒"] }],
  ),
  conv(
    "en",
    ["jinding - anything new?", { card: "choices", acc: [TYJD, BTJD] }],
    [
      "the baotou one - when did they last order",
      { acc: [BTJD], has: ["Aug 12|08-12|8月12|12 Aug|August 12", "860,000|860k|86万|0.86M"] },
    ],
  ),
  conv(
    "en",
    ["list my accounts in pingyao", { acc: [PY, GY], has: ["平遥古城|Pingyao Printing", "冠云|Guanyun"] }],
    [
      "the printing one - when's their loan coming thru and how big is the press deal",
      { acc: [PY], has: ["January|Jan|1月", "2,600,000|2.6M|260万|2600000"] },
    ],
  ),
  conv(
    "en",
    [
      "Zhang at Qinkang - what did he say about Helvapack's price back in sept",
      { acc: [QK], has: ["3,100,000|3.1M|310万|3100000"] },
    ],
    ["and lead times?", { acc: [QK], has: ["8 months|8个月|eight months|4 months|4个月|four months"] }],
  ),
  conv(
    "en",
    ["who handles purchasing at Ruifeng now that Ma left", { acc: [RF], has: ["白雪梅|Bai Xuemei"] }],
    ["is she close to a compettitor", { acc: [RF], has: ["科印|Keyin"] }],
    [
      "Keyin - where else are they bidding against us",
      { tool: "competitor_deals", acc: [QQBZ, RF, ACP, BTJD], has: ["Almaty|ACP|阿拉木图"] },
    ],
  ),
  conv("en", [
    "Guanyun - what was their complaint back in spring",
    { acc: [GY], has: ["manual|labor|labour|手工|人工|600,000|600k|60万"] },
  ]),
  conv(
    "en",
    [
      "what did chilechuan buy from us last year",
      { acc: [CLC], has: ["folder|gluer|糊盒", "880,000|880k|88万|0.88M"] },
    ],
    [
      "visited them 11/20, saw Batu - new plant purchase in May confirmed. log it",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [CLC],
        has: ["巴图|Batu", "Nov 20|11-20|11月20|20 Nov|November 20"],
      },
    ],
  ),
  conv(
    "en",
    [
      "yanhu: how much do they owe and since when",
      { acc: [YANHU], has: ["1,120,000|1.12M|112万|1120000", "Oct 25|10-25|10月25|25 Oct|October 25"] },
    ],
    [
      "ok remind me tmrw to call Yang Xiao about it",
      { tool: "add_action", card: "confirm", acc: [YANHU], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
    ],
  ),

  // Not in the book, another team's account, out of scope.
  conv(
    "en",
    ["any open deals w/ Datong Yungang Packaging?", { acc: [], has: [NF] }],
    ["ok what about UBPH", { acc: [], has: [NF], not: ["Bat-Erdene"] }],
    ["never mind. write me a haiku about folder gluers", { acc: [] }],
  ),

  // The manager, rep2 and rep3.
  asUser(
    "rep3",
    conv(
      "en",
      [
        "UBPH - how big is the press deal and who are we up against",
        { acc: [UBPH], has: ["3,700,000|3.7M|370万|3700000", "润通|Runtong"] },
      ],
      ["what timing did Bat-Erdene ask for", { acc: [UBPH], has: ["textbook"] }],
      ["and almaty carton, how are they doing", { acc: [], has: [NF], not: ["Aigerim"] }],
    ),
  ),
  asUser(
    "manager",
    conv("en", [
      "which deals did the team lose this year",
      { acc: MGR, has: ["包头金鼎|Baotou Jinding|Jinding Paper", "古莲|Gulian"] },
    ]),
  ),
  asUser("rep2", conv("en", ["bashang - what kept breaking last time we visited", { acc: [BS], has: ["belt|皮带"] }])),
]);
