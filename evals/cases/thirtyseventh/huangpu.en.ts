// English conversations over the thirty-seventh book (evals/books/huangpu), typed by non-native speakers of several
// backgrounds (Indian-English, Singaporean, American slang). Written blind: every expectation is hand-read from the
// book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  FMJ,
  GT,
  HLB,
  HLC,
  HLG,
  HPS,
  HTD,
  HTJ,
  HY,
  JDT,
  JH,
  JL,
  KAS,
  LHA,
  LX,
  MD,
  MFF,
  MJ,
  PC,
  SGW,
  SHL,
  SX,
  TY,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no record";
/** Every account rep1 (Deepa Nair) owns. */
const R1 = [HLG, HLB, HLC, HTJ, HTD, JDT, SX, KAS, LHA, MFF, LX, GT, JL, PC, SHL, MJ];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, HY, TY, HPS, JH];

export const HUANGPU_EN = named("huangpu-en", [
  // Accounts, deals, status.
  conv("en", [
    "kindly share the status of Hualian Youxuan group HR SaaS deal",
    { acc: [HLG], has: ["3,600,000|3.6M|360万|3600000"] },
  ]),
  conv("en", ["hengtai lmk whats going on there", { card: "choices", acc: [HTJ, HTD] }]),
  conv("en", [
    "What is the status of Hualian convenience terminal deal, can close by Dec or not",
    { acc: [HLB], has: ["1,860,000|1.86M|186万|1860000", "Dec 15|12-15|12月15|15 Dec|December 15"] },
  ]),
  conv("en", ["Jiading Tongyun flex staffing deal - who r we up against", { acc: [JDT], has: ["才源|Caiyuan"] }]),
  conv("en", [
    "Kesler payroll deal budget n when does HQ sign off",
    { acc: [KAS], has: ["2,400,000|2.4M|240万|2400000", "Feb|February|2月|2027-02"] },
  ]),
  conv(
    "en",
    ["pipeline for 华联便利 pls", { acc: [HLB], has: ["1,860,000|1.86M|186万|1860000"] }],
    [
      "and the zhejiang supermarket one, how much business so far",
      { acc: [HLC], has: ["750,000|750k|75万|0.75M|750000"] },
    ],
  ),
  conv(
    "en",
    ["SHL whats the status ah", { acc: [SHL], has: ["1,650,000|1.65M|165万|1650000"] }],
    ["how much they owe us", { acc: [SHL], has: ["450,000|450k|45万|0.45M|450000"] }],
  ),
  conv("en", ["what did Ravi say in the last meeting", { acc: [SHL], has: ["January|Jan|1月"] }]),
  conv("en", [
    "Meridien Fresh owes how much and when was it due",
    {
      acc: [MFF],
      has: ["340,000|340k|34万|0.34M|340000", "Oct 31|10-31|10月31|31 Oct|October 31"],
    },
  ]),

  // People.
  conv(
    "en",
    ["who is the decision maker at Kessler Shanghai", { tool: "power_map", acc: [KAS], has: ["Thomas Becker"] }],
    ["and michael zhang - is he with us or with paylinx", { acc: [KAS], has: ["Paylinx"] }],
  ),
  conv("en", ["Kesler HR director left right? who replaced her", { acc: [KAS], has: ["Michael Zhang"] }]),
  conv("en", ["who does Li Na report to at KAS", { acc: [KAS], has: ["Michael Zhang"] }]),
  conv("en", ["Tan Mei Ling phone no. pls", { acc: [SHL], has: ["6555-1502|6555 1502|65551502"] }]),
  conv("en", ["last time anyone spoke w/ Rachel Lim?", { acc: [MFF], has: ["Nov 3|11-03|11月3|3 Nov|November 3"] }]),
  conv(
    "en",
    ["gangtong power map", { tool: "power_map", acc: [GT], has: ["谢振宇|Xie Zhenyu", "朱丽|Zhu Li"] }],
    ["xie zong is close to which competitor", { acc: [GT], has: ["薪云|XinCloud|Xinyun"] }],
  ),
  conv("en", [
    "who can intro us to jiang guohua at hualian group",
    { acc: [HLG, HLB, HLC], has: ["叶晓琳|Ye Xiaolin|邓志强|Deng Zhiqiang"] },
  ]),
  conv("en", ["Lixin Footwear last visit when?", { acc: [LX], has: ["May 12|05-12|5月12|12 May"] }]),

  // Money, stale, forecast, lists.
  conv(
    "en",
    [
      "overdue payments pls, largest first",
      { acc: R1, has: ["华联便利|Hualian Convenience", "1,120,000|1.12M|112万|1120000"] },
    ],
    ["which one is overdue the longest", { acc: R1, has: ["Straits|SHL|海峡"] }],
  ),
  conv("en", [
    "which of my accounts i havent touched in ages",
    { tool: "stale_accounts", acc: R1, has: ["立信|Lixin"] },
  ]),
  conv("en", [
    "whats closing this qtr? FYI need it for the Monday call",
    {
      tool: "forecast",
      acc: R1,
      has: ["港通|Gangtong", "嘉定|Jiading"],
    },
  ]),
  conv("en", [
    "deals lost this year n to whom",
    {
      acc: R1,
      has: ["恒泰电子|Hengtai Electronics|无锡恒泰", "金陵|Jinling", "智勤|ZhiQin|Zhiqin", "薪云|XinCloud|Xinyun"],
    },
  ]),
  conv("en", [
    "list my guangdong accounts",
    { tool: "find_accounts", acc: R1, has: ["立信|Lixin", "鹏程|Pengcheng", "美捷|Meijie", "Meridian|MFF"] },
  ]),
  conv(
    "en",
    [
      "logistics accounts i own?",
      { acc: R1, has: ["通运|Jiading Tongyun", "顺心|Shunxin", "港通|Gangtong", "Straits|SHL"] },
    ],
    [
      "which of them has the biggest open deal",
      { acc: [GT, JDT, SX, SHL], has: ["港通|Gangtong", "2,100,000|2.1M|210万|2100000"] },
    ],
  ),
  conv("en", ["compare Jiading Tongyun vs Gangtong", { tool: "compare_accounts", acc: [JDT, GT] }]),
  conv("en", [
    "which deals is Paylinx in",
    { tool: "competitor_deals", acc: [KAS, SHL], has: ["Kessler|KAS", "Straits|SHL"] },
  ]),
  conv("en", ["why Lindquist China score so low?", { tool: "explain_score", acc: [LHA] }]),

  // Tenders.
  conv("en", ["any tender notices for my accts?", { tool: "tender_matches", acc: R1, has: ["华联|Hualian"] }]),
  conv("en", [
    "Hualian group tender - bid deadline and ceiling price?",
    { acc: [HLG], has: ["Dec 10|12-10|12月10|10 Dec|December 10", "3,480,000|3.48M|348万|3480000"] },
  ]),
  conv("en", [
    "who won the jinling dept store HR system bid",
    { acc: [JL], has: ["薪云|XinCloud|Xinyun", "1,080,000|1.08M|108万|1080000"] },
  ]),
  conv("en", [
    "pengcheng convenience - any procurement intention published?",
    { acc: [PC], has: ["980,000|980k|98万|0.98M|980000"] },
  ]),

  // My week, plans.
  conv("en", ["my week pls, what should i do first", { tool: "my_week" }]),
  conv("en", ["show the account plan for Gangtong", { tool: "show_plan", acc: [GT] }]),
  conv("en", ["can draft one account plan for SHL or not", { tool: "generate_plan", acc: [SHL] }]),

  // Writes: logs, reminders, deal updates, to-dos done.
  conv("en", [
    "log call w/ Joseph Koh today, he sent over the MY headcount file",
    { tool: "log_interaction", card: "confirm", acc: [SHL], has: ["Joseph Koh"] },
  ]),
  conv("en", [
    "met Michael Zhang yday at the Jiading plant, did the payroll demo side by side vs Paylinx. pls log",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [KAS],
      has: ["Michael Zhang", "Nov 21|11-21|11月21|21 Nov|November 21"],
    },
  ]),
  conv("en", [
    "had a visit at shunxin 11/20 with wu guodong, pilot scope agreed for the hangzhou hub. log it",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [SX],
      has: ["吴国栋|Wu Guodong", "Nov 20|11-20|11月20|20 Nov|November 20"],
    },
  ]),
  conv("en", [
    "do the needful - log that Tan Mei Ling called on 11/19, PO corrected, invoice to be paid in Dec",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [SHL],
      has: ["Tan Mei Ling", "Nov 19|11-19|11月19|19 Nov|November 19"],
    },
  ]),
  conv("en", [
    "remind me on Nov 26 to send Chen Xue the european references",
    { tool: "add_action", card: "confirm", acc: [LHA], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "pls add a todo tomorrow: call Huang Weiming abt the 340k",
    { tool: "add_action", card: "confirm", acc: [MFF], has: ["Nov 23|11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "set reminder 12/1 visit 港通 w/ Ma Jun to see their excel settlement mess",
    { tool: "add_action", card: "confirm", acc: [GT], has: ["Dec 1|12-01|12月1|1 Dec|December 1"] },
  ]),
  conv("en", [
    "kindly update SHL payroll deal to negotiation stage",
    { tool: "update_opportunity", card: "confirm", acc: [SHL], has: ["negotiation|谈判"] },
  ]),
  conv("en", [
    "push the close date of kessler payroll deal to Mar 31 asap",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [KAS],
      has: ["Mar 31|03-31|3月31|31 Mar|March 31"],
    },
  ]),
  conv("en", [
    "meijie payroll deal amt pls change to 680k",
    { tool: "update_opportunity", card: "confirm", acc: [MJ], has: ["680,000|680k|68万|0.68M|680000"] },
  ]),
  conv("en", [
    "mark done the todo for sending Gu Min the data security doc",
    { tool: ["update_action", "list_actions"], acc: [HTJ] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("en", ["how is Saigon Garment Works doing", { acc: [], has: [NF], not: ["Nguyen Van Minh"] }]),
  conv("en", ["any update on Vantrix Electronics Suzhou", { acc: [], has: [NF] }]),
  conv("en", ["whats the weather in singapore tmrw lah", { acc: [] }]),
  conv("en", ["write me a linkedin post abt our payroll product lol", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", [
      "team pipeline closing before year end?",
      { tool: "forecast", acc: MGR, has: ["沪运|Huyun", "港通|Gangtong"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", ["is Marcus's Harlow invoice still unpaid", { acc: [HPS], has: ["250,000|250k|25万|0.25M|250000"] }]),
  ),
  asUser("manager", conv("en", ["show me Lin Xiaowen's Fumanjia account", { acc: [], has: [NF] }])),
  asUser(
    "rep2",
    conv("en", [
      "Harlow Pharma - when did David Clarke say they'll pay",
      { acc: [HPS], has: ["Q4|fourth quarter|四季度"] },
    ]),
  ),
  asUser("rep2", conv("en", ["Gangtong deal status pls", { acc: [], has: [NF] }])),
  asUser(
    "rep3",
    conv("en", ["SGW terminal deal vs ZhiQin where are we", { acc: [SGW], has: ["1,300,000|1.3M|130万|1300000"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["fumanjia receivable due when", { acc: [FMJ], has: ["Nov 30|11-30|11月30|30 Nov|November 30"] }],
      ["and meida?", { acc: [MD], has: ["900,000|900k|90万|0.9M|900000"] }],
    ),
  ),
  asUser("rep3", conv("en", ["kessler shanghai overview", { acc: [], has: [NF] }])),
]);
