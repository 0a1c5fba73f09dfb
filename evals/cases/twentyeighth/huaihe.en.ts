// English conversations over the twenty-eighth book (evals/books/huaihe), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { AWSC, CQ, CTP, DG, DJ, GCW, HK, HSC, HSY, JS, LCWC, LY, QY, SQ, STI, SY, WT, XC, XW, YZ, ZP } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 (Tao Siyuan) owns. */
const R1 = [QY, WT, CTP, HSC, HSY, YZ, JS, CQ, HK, DJ, XW, SY, SQ, XC, LCWC, LY];
/** Every account the manager (Fang Guodong) sees: rep1's and rep2's. */
const MGR = [...R1, AWSC, ZP, GCW, DG];

export const HUAIHE_EN = named("huaihe-en", [
  conv("en", [
    "Qingyuan Water Group - where are we on the monitoring platform",
    { acc: [QY], has: ["4,200,000|4.2M|420万|4200000"] },
  ]),

  // People threads: who decides, whom they report to, pronouns across turns.
  conv(
    "en",
    ["who decides at Xuwei", { tool: "power_map", acc: [XW], has: ["孙振海|Sun Zhenhai"] }],
    ["and tang ke, whos she close to", { acc: [XW], has: ["Aquavia"] }],
    ["whos her boss", { acc: [XW], has: ["孙振海|Sun Zhenhai"] }],
    ["and his boss?", { acc: [XW], has: ["高健|Gao Jian"] }],
  ),
  conv(
    "en",
    [
      "Wangtang plant - who's the plant manager and what does he think of us",
      { acc: [WT], has: ["王建华|Wang Jianhua", "support|支持"] },
    ],
    ["who does he report to", { acc: [WT, QY], has: ["周启明|Zhou Qiming"] }],
    [
      "ok and who could get me a meeting with that guy",
      { acc: [QY, WT, CTP], has: ["沈雅琴|Shen Yaqin|王建华|Wang Jianhua|黄志勇|Huang Zhiyong"] },
    ],
  ),
  conv(
    "en",
    ["Yingzhou water - anyone there close to Zhongyuan?", { acc: [YZ], has: ["罗晓燕|Luo Xiaoyan"] }],
    ["and her boss, does he back us", { acc: [YZ], has: ["郑德明|Zheng Deming"] }],
    ["when did we last see him", { acc: [YZ], has: ["Nov 5|11-05|11月5|5 Nov|November 5"] }],
  ),
  conv("en", ["mr wang the plant manager - phone?", { card: "choices", acc: [WT, DJ] }]),
  conv("en", ["Tariq Mahmod's email?", { acc: [LCWC], has: ["t.mahmood@lahore-cleanwater.example.com"] }]),
  conv("en", [
    "huakang pharma - who's our contact and when did we last talk",
    { acc: [HK], has: ["姚振|Yao Zhen", "11-04|Nov 4|11月4|4 Nov|November 4"] },
  ]),

  // An overseas account with its abbreviation, money, short names.
  conv(
    "en",
    ["LCWC status?", { acc: [LCWC], has: ["2,300,000|2.3M|230万|2300000"] }],
    ["how much do they owe us", { acc: [LCWC], has: ["460,000|460k|46万|0.46M|460000"] }],
    ["who's holding it up", { acc: [LCWC], has: ["Usman"] }],
  ),
  conv("en", ["huaishang - whats new", { card: "choices", acc: [HSC, HSY] }]),
  conv(
    "en",
    ["overdue invoices pls, biggest first", { acc: R1, has: ["望塘|Wangtang", "1,400,000|1.4M|140万|1400000"] }],
    ["whats the total", { acc: R1, has: ["3,060,000|3.06M|306万|3060000"] }],
  ),

  // Lists, filters, deals.
  conv("en", ["which accounts have i neglected lately", { tool: "stale_accounts", acc: R1, has: ["宿豫|Suyu"] }]),
  conv("en", [
    "which deals is Aquavia in",
    { tool: "competitor_deals", acc: [WT, XW, LCWC], has: ["望塘|Wangtang", "徐圩|Xuwei", "Lahore|LCWC"] },
  ]),
  conv("en", ["deals we lost this yr?", { acc: R1, has: ["淮上|Huaishang", "睢阳|Suiyang"] }]),
  conv("en", [
    "deals closing before end of jan over 1M",
    {
      acc: R1,
      has: ["望塘|Wangtang", "淮上|Huaishang", "颍州|Yingzhou", "徐圩|Xuwei", "Lahore|LCWC"],
    },
  ]),
  conv("en", [
    "show me my industrial park wastewater accounts",
    {
      tool: "find_accounts",
      acc: [HSY, XW, XC],
      has: ["淮上工业园|Huaishang Industrial", "徐圩|Xuwei", "薛城|Xuecheng"],
    },
  ]),
  conv("en", [
    "which of my accounts are in henan or shandong",
    { tool: "find_accounts", acc: [SQ, XC], has: ["睢阳|Suiyang", "薛城|Xuecheng"] },
  ]),
  conv("en", ["why is Suiyang Water scored so low", { tool: "explain_score", acc: [SQ] }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),

  // Tenders.
  conv("en", ["any tenders out for my accounts?", { tool: "tender_matches", acc: R1, has: ["清源|Qingyuan"] }]),
  conv("en", [
    "what do bidders need for the Qingyuan monitoring tender and when does it close",
    { acc: [QY], has: ["Dec 16|12-16|12月16|16 Dec|December 16"] },
  ]),
  conv("en", [
    "who won the huaishang industrial park sludge dewatering job",
    { acc: [HSY], has: ["中原|Zhongyuan", "1,090,000|1.09M|109万|1090000"] },
  ]),
  conv("en", ["Xuecheng park - any procurement intention out?", { acc: [XC], has: ["1,700,000|1.7M|170万|1700000"] }]),

  // Writes.
  conv("en", [
    "log a call w/ Usman today, he says FX approval should clear mid dec",
    { tool: "log_interaction", card: "confirm", acc: [LCWC], has: ["Usman"] },
  ]),
  conv("en", [
    "met Tariq yesterday in lahore, walked him thru the aeration proposal. log it",
    { tool: "log_interaction", card: "confirm", acc: [LCWC], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "remind me Nov 25 to send Ayesha the diffuser lifecycle cost comparison vs Aquavia",
    { tool: "add_action", card: "confirm", acc: [LCWC], has: ["Nov 25|11-25|11月25|25 Nov|November 25"] },
  ]),
  conv("en", [
    "tomorrow: call Mr Zheng at Yingzhou re the dewatering contract",
    {
      tool: "add_action",
      card: "confirm",
      acc: [YZ],
      has: ["郑德明|Zheng Deming", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "bump the xuwei membrane deal to 5.3M",
    { tool: "update_opportunity", card: "confirm", acc: [XW], has: ["5,300,000|5.3M|530万|5300000"] },
  ]),
  conv("en", [
    "visited xuzhou dongjiao plant 11/18 w/ Wang, talked about renewing O&M for 2027 - pls log",
    { tool: "log_interaction", card: "confirm", acc: [DJ], has: ["王立群|Wang Liqun"] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Cairo East wastewater plant - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["Alexandria Wastewater status", { acc: [], has: [NF], not: ["Ahmed Farouk", "Mona Hassan"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["Alexandria - why haven't they paid", { acc: [AWSC], has: ["420,000|420k|42万|0.42M|420000"] }]),
  ),
  asUser("manager", conv("en", ["which of the team's accounts are at risk", { tool: "at_risk_accounts", acc: MGR }])),
  asUser("rep2", conv("en", ["AWSC membrane deal - is Aquavia still in it", { acc: [AWSC], has: ["Aquavia"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["Surabaya Tirta - who's the tech person and where does she stand", { acc: [STI], has: ["Dewi Lestari"] }],
      [
        "log a call with her today, sent over the pilot test data",
        { tool: "log_interaction", card: "confirm", acc: [STI] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["LCWC status", { acc: [], has: [NF], not: ["Tariq Mahmood", "Ayesha Khan"] }])),
]);
