// English conversations over the fortysecond book (evals/books/lushan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  AT,
  BCY,
  CQ,
  FH,
  HD,
  JJ,
  KR,
  KVCR,
  LD,
  LL,
  MJ,
  MKY,
  MKZ,
  NC,
  NSF,
  PBP,
  SMI,
  WN,
  XC,
  YD,
  YK,
  ZG,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|isn't in your|not in your";
/** Every account rep1 owns. */
const R1 = [FH, NC, JJ, MKZ, MKY, BCY, YD, CQ, HD, MJ, WN, XC, LL, PBP, KR, AT];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, SMI, YK, ZG, LD];

export const LUSHAN_EN = named("lushan-en", [
  // People at the Malaysian account.
  conv(
    "en",
    ["who makes the final call at Penang BioPharma", { tool: "power_map", acc: [PBP], has: ["Tan Wei Ming"] }],
    ["and priya nari, who does she report to", { acc: [PBP], has: ["Tan Wei Ming"] }],
  ),
  conv("en", [
    "how often have we talked to Priya Nair this month compared with october",
    { acc: [PBP], has: ["once|one|1", "twice|two|2"] },
  ]),
  conv("en", ["anyone inside penang who'd speak up for us to Tan?", { acc: [PBP], has: ["Lim Siew Ling"] }]),
  conv(
    "en",
    [
      "penang vial deal, how big and when's it closing",
      { acc: [PBP], has: ["3,100,000|3.1M|310万|3100000", "Dec 28|12-28|December 28|28 Dec"] },
    ],
    ["anything Tan asked for", { acc: [PBP], has: ["two years|2 years|lock"] }],
  ),

  // A departed contact and her successor, same surname and title, pinyin names.
  conv(
    "en",
    [
      "is wu jianguo still the procurement guy at Minkang Pharmaceutical",
      { acc: [MKZ], has: ["郑晓燕|Zheng Xiaoyan"] },
    ],
    ["ok give me her mobile", { acc: [MKZ], has: ["0591-555-0403"] }],
    ["is she friendlier with us or with Jinghua", { acc: [MKZ], has: ["晶华|Jinghua"] }],
  ),
  conv("en", ["Director Chen in pharmacy - when did we last see her", { card: "choices", acc: [HD, MJ] }]),
  conv("en", ["Hongdu hospital - who signs off on purchases", { acc: [HD], has: ["张卫民|Zhang Weimin"] }]),
  conv("en", ["changqing bio: is du ming on our side?", { acc: [CQ], has: ["neutral|中立", "沃赛|Wosai"] }]),
  conv("en", ["who can get me a meeting with He Jing at Changqing", { acc: [CQ], has: ["罗雪|Luo Xue"] }]),
  conv("en", ["Jiang Hai's phone number?", { acc: [KR], has: ["0551-555-1502"] }]),
  conv(
    "en",
    ["last time we met song desheng?", { acc: [BCY], has: ["Nov 14|11-14|November 14|14 Nov"] }],
    ["what about their deal", { acc: [BCY], has: ["720,000|720k|72万|0.72M|720000"] }],
  ),
  conv(
    "en",
    ["xingchen's quality director, what did he tell us last time", { acc: [XC], has: ["complaint|投诉"] }],
    ["who's his boss", { acc: [XC], has: ["叶振宇|Ye Zhenyu"] }],
  ),
  conv("en", ["Liu Fusheng at Luling - supporter or not?", { acc: [LL], has: ["supporter|支持"] }]),

  // Accounts: near-duplicates, a group, lists and a pick.
  conv("en", ["Minkang - any news?", { card: "choices", acc: [MKZ, MKY] }]),
  conv("en", ["compare Fuhe Nanchang with Fuhe Jiujiang", { tool: "compare_accounts", acc: [NC, JJ] }]),
  conv("en", [
    "Fuhe group roll-up with its plants",
    { tool: "group_overview", acc: [FH, NC, JJ], has: ["南昌|Nanchang", "九江|Jiujiang"] },
  ]),
  conv(
    "en",
    [
      "my Fujian accounts",
      { tool: "find_accounts", acc: [MKZ, MKY, MJ, AT], has: ["闽康|Minkang", "闽江|Minjiang", "安泰|Antai"] },
    ],
    ["the hospital one, who heads pharmacy there", { acc: [MJ], has: ["陈美玲|Chen Meiling"] }],
  ),
  conv("en", ["stale accounts?", { tool: "stale_accounts", acc: R1, has: ["皖南|Wannan"] }]),

  // Money and deals.
  conv(
    "en",
    ["which accounts owe us money past due", { acc: R1, has: ["Penang|PBP|槟城", "640,000|640k|64万|0.64M|640000"] }],
    ["sum?", { acc: R1, has: ["3,450,000|3.45M|345万|3450000"] }],
  ),
  conv("en", [
    "deals where we're up against Verrex",
    { tool: "competitor_deals", acc: [NC, MJ, PBP], has: ["Penang|PBP|槟城", "南昌|Nanchang"] },
  ]),

  // Tenders.
  conv(
    "en",
    ["tenders out there for anyone i cover?", { tool: "tender_matches", acc: R1, has: ["抚河|Fuhe"] }],
    [
      "bid deadline and ceiling?",
      { acc: [FH], has: ["Dec 14|12-14|December 14|14 Dec", "4,100,000|4.1M|410万|4100000"] },
    ],
  ),
  conv("en", [
    "who won minkang medicine's lab consumables deal, at what price",
    { acc: [MKY], has: ["沃赛|Wosai", "342,000|342k|34.2万|0.342M|342000"] },
  ]),

  // Writes.
  conv("en", [
    "log a call with Lim Siew Ling today - QA signed off the vial samples",
    { tool: "log_interaction", card: "confirm", acc: [PBP], has: ["Lim Siew Ling"] },
  ]),
  conv("en", [
    "remind me to ring Priya Nair on Nov 26 about the invoice",
    { tool: "add_action", card: "confirm", acc: [PBP], has: ["Nov 26|11-26|November 26|26 Nov"] },
  ]),
  conv("en", [
    "saw Du Ming yesterday at changqing, we agreed on the pipette tip comparison test, pls log",
    { tool: "log_interaction", card: "confirm", acc: [CQ], has: ["杜明|Du Ming", "Nov 21|11-21|November 21|21 Nov"] },
  ]),
  conv("en", [
    "todo: visit xie yongping at kerui 11.30",
    { tool: "add_action", card: "confirm", acc: [KR], has: ["Nov 30|11-30|November 30|30 Nov"] },
  ]),
  conv("en", [
    "hongdu hospital deal is in negotiation now, change the stage",
    { tool: "update_opportunity", card: "confirm", acc: [HD] },
  ]),
  conv("en", [
    "penang deal is 2.95M now, update it",
    { tool: "update_opportunity", card: "confirm", acc: [PBP], has: ["2,950,000|2.95M|295万|2950000"] },
  ]),
  conv("en", [
    "called jin tao's boss this morning about next year's blister film tender, log it",
    { tool: "log_interaction", card: "confirm", acc: [XC], has: ["叶振宇|Ye Zhenyu"] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("en", ["Jiaxing Meida Pharma - who's the buyer there", { acc: [], has: [NF] }]),
  conv("en", ["Nusantara Farma update?", { acc: [], has: [NF], not: ["Agus"] }]),
  conv("en", ["what's the ringgit to yuan rate today", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "what's the team's pipeline closing in December",
      { acc: MGR, has: ["Penang|PBP", "百草源|Baicaoyuan"] },
    ]),
  ),
  asUser("manager", conv("en", ["KVCR - how are we doing", { acc: [], has: [NF], not: ["Nurul"] }])),
  asUser(
    "rep2",
    conv(
      "en",
      ["Sinar Medika: who's Dewi Lestari's boss", { acc: [SMI], has: ["Budi Santoso"] }],
      ["and why is their 420k late", { acc: [SMI], has: ["import duty|duty"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", ["NSF - who decides and who are we fighting", { acc: [NSF], has: ["Agus Wijaya", "Verrex"] }]),
  ),
  asUser("rep3", conv("en", ["KVCR lab director email", { acc: [KVCR], has: ["nurul.aisyah@kvcr.example.com"] }])),
  asUser("rep3", conv("en", ["Penang BioPharma - what's new", { acc: [], has: [NF], not: ["Tan Wei Ming"] }])),
]);
