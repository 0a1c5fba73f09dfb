// English conversations over the forty-eighth book (evals/books/jiuhua), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  CT,
  HHY,
  HXAH,
  HXJS,
  JHG,
  JHNJ,
  JHWH,
  KC,
  KH,
  KN,
  LB,
  NMC,
  OJ,
  QTB,
  QTDH,
  SHB,
  WJ,
  WZ,
  XC,
  YJ,
  ZC,
} from "./names";

/** An honest "not found" (or "not yours to see") in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no access|not in your";
/** An honest empty list in English. */
const EMPTY =
  "none|no hospital|no account|not find|couldn't find|don't have|no matching|zero|there are no|there's no|aren't any|isn't any";
/** Every account rep1 (储文静) owns. */
const R1 = [JHG, JHWH, JHNJ, WJ, QTB, QTDH, HXAH, HXJS, WZ, KH, XC, KN, CT, OJ, LB, KC];
/** Every account the manager (彭立群) sees: rep1's and rep2's. */
const MGR = [...R1, SHB, HHY, ZC, YJ];

export const JIUHUA_EN = named("jiuhua-en", [
  // The manager: filter, sort, pick, follow up.
  asUser(
    "manager",
    conv(
      "en",
      [
        "show me all our Zhejiang accounts",
        { tool: "find_accounts", acc: MGR, has: ["钱塘|Qiantang", "瓯江|Oujiang", "甬江|Yongjiang"] },
      ],
      [
        "which of them owe us money",
        { acc: [QTB, QTDH, OJ, YJ], has: ["数据港|Data Harbour", "1,650,000|1.65M|165万|1650000"] },
      ],
      ["and the ningbo one - when's theirs due", { acc: [YJ], has: ["Dec 5|12-05|12月5|5 Dec|December 5"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "deals in negotiation, biggest first",
        { tool: "find_deals", acc: MGR, has: ["Lionbay", "芜湖|Wuhu", "珠城|Zhucheng|蚌埠|Bengbu"] },
      ],
      ["the 2nd one - who signs off there", { acc: [JHWH], has: ["钟海涛|Zhong Haitao"] }],
      ["whats the competition up to on that one", { acc: [JHWH], has: ["云岚|Yunlan", "8%"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "top 3 open deals across the team pls",
        { acc: MGR, has: ["8,600,000|8.6M|860万|8600000", "Lionbay", "华信|Huaxin"] },
      ],
      [
        "biggest one - whats the next deliverable and by when",
        { acc: [JHG], has: ["Dec 10|12-10|12月10|10 Dec|December 10"] },
      ],
      [
        "who handles procurement there, and is she cozy with a competitor",
        { acc: [JHG], has: ["潘蕾|Pan Lei", "冷擎|Lengqing"] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "data centre accounts grouped by province",
        { tool: "find_accounts", acc: MGR, has: ["楚天云|Chutian", "Lionbay", "Kelana"] },
      ],
      ["just the hubei one - anything worrying there?", { acc: [CT], has: ["Arktis"] }],
      ["when did we last sit down with their GM", { acc: [CT], has: ["Nov 3|11-03|11月3|3 Nov|November 3"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["Singapore accounts?", { acc: MGR, has: ["Lionbay", "Straits Harbour|SHB"] }],
      [
        "the bank one, what's the open deal and who are we up against",
        { acc: [SHB], has: ["2,300,000|2.3M|230万|2300000", "Arktis"] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "overdue money in SG and MY only",
        { acc: [LB, KC, SHB], has: ["Kelana", "460,000|460k|46万|0.46M|460000"], not: ["Nusantara"] },
      ],
      ["why havent they paid", { acc: [KC], has: ["withholding|tax"] }],
      ["overdue since when?", { acc: [KC], has: ["Jul 20|07-20|7月20|20 Jul|July 20"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["any hospital accounts in malaysia?", { acc: MGR, has: [EMPTY], not: ["Nusantara"] }],
      ["ok - universities outside Anhui then", { acc: MGR, has: ["瓯江|Oujiang", "甬江|Yongjiang"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["deals we lost this year + who beat us", { acc: MGR, has: ["云岚|Yunlan", "冷擎|Lengqing"] }],
      ["the bigger loss - what did the winner bid", { acc: [HXJS], has: ["3,960,000|3.96M|396万|3960000"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["comapre the two Qiantang accounts side by side", { tool: "compare_accounts", acc: [QTB, QTDH] }],
      ["also hows Nusantara Medical Centre doing", { acc: [], has: [NF], not: ["Farid"] }],
    ),
  ),

  // rep1: overseas accounts by abbreviation, people, older notes, tenders, competitors.
  conv(
    "en",
    ["Lionbay - what does Priya need from us and by when", { acc: [LB], has: ["Dec 5|12-05|12月5|5 Dec|December 5"] }],
    ["and Daniel, is he on our side or leaning Arktis", { acc: [LB], has: ["Arktis"] }],
    ["did he ever complain about us before", { acc: [LB], has: ["three weeks|3 weeks|spare"] }],
  ),
  conv(
    "en",
    ["KCSB - how many CRACs are they swapping out", { acc: [KC], has: ["14"] }],
    ["anything on a 2nd site?", { acc: [KC], has: ["Johor"] }],
  ),
  conv(
    "en",
    ["zhang zhuren at wanzhong uni, what did she ask us for", { acc: [WZ], has: ["张晓红|Zhang Xiaohong"] }],
    ["what refs do they need to bid", { acc: [WZ], has: ["universit|高校"] }],
    ["budget and when do they buy", { acc: [WZ], has: ["2,900,000|2.9M|290万|2900000", "March|Mar|3月|2027-03"] }],
  ),
  conv(
    "en",
    [
      "huaxin anhui tender: bid deadline + deposit?",
      { acc: [HXAH], has: ["Dec 9|12-09|12月9|9 Dec|December 9", "80,000|80k|8万|80000"] },
    ],
    ["who on their side is backing us", { acc: [HXAH], has: ["鲍志刚|Bao Zhigang"] }],
  ),
  conv("en", [
    "the hefei hospital, data room revamp - whats the budget",
    { acc: [KH], has: ["960,000|960k|96万|0.96M|960000"] },
  ]),
  conv("en", [
    "where's yunlan competing with us right now",
    { tool: "competitor_deals", acc: [JHWH, JHNJ, HXAH, HXJS], has: ["芜湖|Wuhu", "南京|Nanjing", "华信|Huaxin"] },
  ]),
  conv("en", [
    "Wanjiang bank - who replaced Wu Guodong and when did he leave",
    { acc: [WJ], has: ["沈立|Shen Li", "Aug|08-|8月"] },
  ]),

  // rep1 writes.
  conv(
    "en",
    [
      "log a visit at Kelana yesterday, Aziz ok'd the site survey for Dec 2",
      { tool: "log_interaction", card: "confirm", acc: [KC], has: ["Aziz"] },
    ],
    [
      "also put a todo for dec 1: SAT plan draft to priya",
      { tool: "add_action", card: "confirm", acc: [LB], has: ["Dec 1|12-01|12月1|1 Dec|December 1"] },
    ],
  ),
  conv(
    "en",
    [
      "bump the Lionbay DC2 deal to 6.5M",
      { tool: "update_opportunity", card: "confirm", acc: [LB], has: ["6,500,000|6.5M|650万|6500000"] },
    ],
    [
      "and tmrw call marcus lim re the service invoice",
      { tool: "add_action", card: "confirm", acc: [LB], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
    ],
  ),
  conv(
    "en",
    ["whats on my plate this week", { tool: "my_week" }],
    ["can u put together an account plan for chutian cloud", { tool: "generate_plan", acc: [CT] }],
  ),

  // Not in the book, another rep's account, out of scope.
  conv(
    "en",
    ["status of Penang Data Park?", { acc: [], has: [NF] }],
    ["and Straits Harbour Bank's DR project?", { acc: [], has: [NF], not: ["Serene", "Jonathan"] }],
    ["fine. write me a haiku about chillers", { acc: [] }],
  ),

  // rep2 and rep3.
  asUser(
    "rep2",
    conv("en", [
      "SHB Tuas DR - who's the competition and when do they decide",
      { acc: [SHB], has: ["Arktis", "Jan|1月|01-"] },
    ]),
  ),
  asUser("rep3", conv("en", ["Nusantara - have they signed off acceptance yet", { acc: [NMC], has: ["Farid"] }])),
  asUser("rep3", conv("en", ["Lionbay Data Centres status", { acc: [], has: [NF], not: ["Priya", "Daniel"] }])),
]);
