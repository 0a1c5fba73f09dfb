// English conversations over the fortieth book (evals/books/wudang), typed the way account managers type in a hurry.
// Written blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the
// book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  BMCS,
  CFG,
  CFR,
  CFS,
  CH,
  DB,
  EZH,
  EZP,
  HJ,
  JZ,
  KYJ,
  KYW,
  MD,
  RJ,
  RY,
  SFF,
  SPL,
  SX,
  WJ,
  XDJ,
  ZY,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find|no access";
/** Every account rep1 owns. */
const R1 = [CFG, CFR, CFS, KYW, KYJ, EZP, EZH, RJ, RY, WJ, XDJ, DB, SFF, BMCS, JZ, ZY];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, SX, HJ, CH, MD];

export const WUDANG_EN = named("wudang-en", [
  // Overseas accounts, abbreviations, chained follow-ups.
  conv(
    "en",
    ["siagon fresh freezer line deal, how big and what stage", { acc: [SFF], has: ["2,100,000|2.1M|210万|2100000"] }],
    ["whos competing", { acc: [SFF], has: ["Frostline"] }],
    ["what's frostline putting on the table", { acc: [SFF], has: ["5-year|five-year|5 year|five year|service"] }],
    ["and that unpaid service bill of theirs - how much", { acc: [SFF], has: ["450,000|450k|450K|45万|0.45M|450000"] }],
  ),
  conv(
    "en",
    ["BMCS - final say is whose", { tool: "power_map", acc: [BMCS], has: ["Somchai"] }],
    ["and his ops manager?", { acc: [BMCS], has: ["Pimchanok"] }],
    ["what did she ask for last time", { acc: [BMCS], has: ["demo|Thai"] }],
    [
      "pls note I rang Pimchanok today and emailed her the thai-language demo recording",
      { tool: "log_interaction", card: "confirm", acc: [BMCS], has: ["Pimchanok"] },
    ],
  ),
  conv(
    "en",
    ["when did I last talk to Somchai", { acc: [BMCS], has: ["Nov 12|11-12|11月12|12 Nov|November 12"] }],
    ["and Nguyen Van Minh?", { acc: [SFF], has: ["Nov 10|11-10|11月10|10 Nov|November 10"] }],
  ),
  conv(
    "en",
    ["which of mine are outside china", { acc: [SFF, BMCS], has: ["Saigon|SFF", "Bangkok|BMCS"] }],
    ["any of those two behind on payment", { acc: [SFF], has: ["Saigon|SFF", "450,000|450k|450K|45万|0.45M|450000"] }],
  ),
  conv(
    "en",
    [
      "was at the saigon plant yesterday with Tran Thi Lan going over the freezer line layout, put that in",
      { tool: "log_interaction", card: "confirm", acc: [SFF], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
    ],
    [
      "push that deal's close date to Feb 15",
      { tool: "update_opportunity", card: "confirm", acc: [SFF], has: ["Feb 15|02-15|2月15|15 Feb|February 15"] },
    ],
    [
      "and remind me Nov 30 to chase Le Hoang Nam on the invoice",
      { tool: "add_action", card: "confirm", acc: [SFF], has: ["Nov 30|11-30|11月30|30 Nov|November 30"] },
    ],
  ),
  conv("en", [
    "bump bangkock metro monitoring deal to 920k",
    { tool: "update_opportunity", card: "confirm", acc: [BMCS], has: ["920,000|920k|920K|92万|0.92M|920000"] },
  ]),

  // Near-duplicates, people, reporting lines.
  conv(
    "en",
    ["kangyaun pharma logistics status", { acc: [KYW], has: ["1,450,000|1.45M|145万|1450000"] }],
    ["who's the GSP person there", { acc: [KYW], has: ["李娟|Li Juan"] }],
    ["and her boss?", { acc: [KYW], has: ["邓建华|Deng Jianhua"] }],
    ["no I meant the jiangxi one - who decides there", { acc: [KYJ], has: ["熊志刚|Xiong Zhigang"] }],
  ),
  conv(
    "en",
    ["chufeng frozen foods - who replaced huang zhiming", { acc: [CFS], has: ["郭鹏|Guo Peng"] }],
    ["whats his background", { acc: [CFS], has: ["雪峰|Xuefeng"] }],
    ["his direct boss?", { acc: [CFS], has: ["杜文斌|Du Wenbin"] }],
    ["and HIS boss?", { acc: [CFG], has: ["陈宏远|Chen Hongyuan"] }],
  ),
  conv(
    "en",
    ["Zhang at ezhou hospital - phone?", { acc: [EZH], has: ["0711-555-0119"] }],
    ["and the Zhang at renji", { acc: [RJ], has: ["027-555-0121"] }],
    [
      "which of the two hospitals has the bigger deal",
      { acc: [EZH, RJ], has: ["鄂州|Ezhou", "900,000|900k|900K|90万|0.9M|900000"] },
    ],
  ),
  conv(
    "en",
    ["ruyi foods - who can get me to the chairman", { tool: "power_map", acc: [RY], has: ["刘春燕|Liu Chunyan"] }],
    [
      "whats the chairman's name again and when did we last meet him",
      { acc: [RY], has: ["马国栋|Ma Guodong", "Oct 27|10-27|10月27|27 Oct|October 27"] },
    ],
    [
      "log a visit w/ Liu yesterday, she confirmed the 80 unit spec again",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [RY],
        has: ["刘春燕|Liu Chunyan", "Nov 21|11-21|11月21|21 Nov|November 21"],
      },
    ],
  ),
  conv(
    "en",
    ["wanjia supermarkets, who's our champion", { acc: [WJ], has: ["宋佳|Song Jia"] }],
    ["what did she say last time", { acc: [WJ], has: ["-25|冷冻|freezer|freezing"] }],
    ["move that deal to proposal", { tool: "update_opportunity", card: "confirm", acc: [WJ] }],
  ),

  // Money.
  conv(
    "en",
    ["who's late paying me, sort by amount", { acc: R1, has: ["楚丰|Chufeng", "1,200,000|1.2M|120万|1200000"] }],
    ["total?", { acc: R1, has: ["2,810,000|2.81M|281万|2810000"] }],
    ["the 2nd one - what's holding it up", { acc: [RY], has: ["财务|finance|year-end|year end|年底"] }],
    ["and the overseas one?", { acc: [SFF], has: ["parent|母公司|approval|审批"] }],
  ),
  conv(
    "en",
    [
      "jingzhou cold chain - anything owed",
      { acc: [JZ], has: ["150,000|150k|150K|15万|0.15M|150000", "Dec 25|12-25|12月25|25 Dec|December 25"] },
    ],
    [
      "what did they buy from us this year",
      { acc: [JZ], has: ["1,500,000|1.5M|150万|1500000|1,350,000|1.35M|135万|1350000"] },
    ],
  ),

  // Stale accounts, forecast, competitors, lost deals.
  conv(
    "en",
    [
      "any customers gone quiet on me? like months no contact",
      { tool: "stale_accounts", acc: R1, has: ["德宝|Debao"] },
    ],
    ["when was the last visit and who with", { acc: [DB], has: ["May 12|05-12|5月12|12 May", "易建国|Yi Jianguo"] }],
    [
      "remind me Dec 2 to call him",
      { tool: "add_action", card: "confirm", acc: [DB], has: ["Dec 2|12-02|12月2|2 Dec|December 2"] },
    ],
  ),
  conv("en", ["debao foods score looks bad, whats dragging it down", { tool: "explain_score", acc: [DB] }]),
  conv(
    "en",
    ["Q4 pipeline - what lands by dec 31", { tool: "forecast", acc: R1, has: ["康元|Kangyuan", "如意|Ruyi"] }],
    ["which closes first", { acc: [KYW], has: ["Dec 15|12-15|12月15|15 Dec|December 15"] }],
    ["and the biggest one?", { acc: [CFR], has: ["2,800,000|2.8M|280万|2800000"] }],
  ),
  conv(
    "en",
    [
      "deals xuefeng is in",
      { tool: "competitor_deals", acc: [CFG, CFR, CFS, EZP, XDJ], has: ["楚丰|Chufeng", "鄂州|Ezhou"] },
    ],
    [
      "same for bingchuan",
      { tool: "competitor_deals", acc: [RY, WJ, ZY], has: ["如意|Ruyi", "万家|Wanjia", "中原|Zhongyuan"] },
    ],
    ["and frostline?", { acc: [SFF, BMCS], has: ["Saigon|SFF", "Bangkok|BMCS"] }],
  ),
  conv(
    "en",
    ["2026 losses - which deals went to competitors", { acc: R1, has: ["鲜到家|Xiandaojia", "江西康元|Kangyuan"] }],
    ["who beat us on the pharmacy one and by how much", { acc: [KYJ], has: ["恒温云|Hengwen", "20%"] }],
  ),
  conv(
    "en",
    [
      "henan customers of mine?",
      { tool: "find_accounts", acc: [RY, WJ, ZY], has: ["如意|Ruyi", "万家|Wanjia", "中原|Zhongyuan"] },
    ],
    ["which one has the biggest open deal", { acc: [RY], has: ["2,400,000|2.4M|240万|2400000"] }],
    ["the supermarket one - whats their deal", { acc: [WJ], has: ["1,900,000|1.9M|190万|1900000"] }],
  ),
  conv("en", ["kangyuan logistics vs renji hospital side by side", { tool: "compare_accounts", acc: [KYW, RJ] }]),

  // Tenders.
  conv(
    "en",
    ["new bid notices touching my customers?", { tool: "tender_matches", acc: R1, has: ["鄂州|Ezhou"] }],
    ["when do bids close on the cold store one", { acc: [EZP], has: ["Dec 10|12-10|12月10|10 Dec|December 10"] }],
    ["ceiling price?", { acc: [EZP], has: ["4,080,000|4.08M|408万|4080000"] }],
    ["and our deal there, how big", { acc: [EZP], has: ["4,200,000|4.2M|420万|4200000"] }],
  ),
  conv(
    "en",
    [
      "did ezhou central hospital publish a purchase plan for next yr",
      { acc: [EZH], has: ["900,000|900k|900K|90万|0.9M|900000"] },
    ],
    ["buying when", { acc: [EZH], has: ["January|Jan|1月|2027-01"] }],
    [
      "remind me Dec 1 to visit Zhang there",
      { tool: "add_action", card: "confirm", acc: [EZH], has: ["Dec 1|12-01|12月1|1 Dec|December 1"] },
    ],
  ),

  // My week, plans, single writes.
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["pull up the chufeng group account plan", { tool: "show_plan", acc: [CFG] }]),
  conv("en", [
    "need to ring Zeng at chufeng meat tomorrow about the price cut, set a reminder",
    {
      tool: "add_action",
      card: "confirm",
      acc: [CFR],
      has: ["曾庆华|Zeng Qinghua", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", ["mark the renji validation docs to-do as done", { tool: ["update_action", "list_actions"], acc: [RJ] }]),

  // Not in the book, another team's account, out of scope.
  conv("en", ["when did we last speak to Thai Union Frozen", { acc: [], has: [NF] }]),
  conv("en", ["yichang three gorges cold chain, how's it going", { acc: [], has: [NF], not: ["向东", "Xiang Dong"] }]),
  conv("en", ["SPL bangkok - deal update?", { acc: [], has: [NF], not: ["Anan", "Kanya"] }]),
  conv("en", ["whats the weather in wuhan tmrw", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv(
      "en",
      [
        "open deals over 2M across the team",
        { acc: MGR, has: ["楚丰|Chufeng", "鄂州|Ezhou", "Saigon|SFF", "如意|Ruyi"] },
      ],
      ["which of those close this year", { acc: [CFR, RY], has: ["楚丰肉类|Chufeng Meat", "如意|Ruyi"] }],
      ["and who's competing on those two", { acc: [CFR, RY], has: ["雪峰|Xuefeng", "冰川|Bingchuan"] }],
    ),
  ),
  asUser(
    "manager",
    conv("en", ["how is qin simin's siam pharma deal doing", { acc: [], has: [NF], not: ["Anan", "Kanya"] }]),
  ),
  asUser(
    "rep2",
    conv(
      "en",
      [
        "hanjiang pharma - what did nie hong say last time",
        { acc: [HJ], has: ["GSP|revalidation|re-validation|再验证"] },
      ],
      ["and cihu hospital - did the monitoring system pass acceptance", { acc: [CH], has: ["验收|accept|pass"] }],
    ),
  ),
  asUser(
    "rep2",
    conv("en", ["anything new at renji hospital", { acc: [], has: [NF], not: ["张丽萍", "Zhang Liping"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["at siam pharma the quality lady - name? and what is she after", { acc: [SPL], has: ["Kanya", "validation"] }],
      [
        "spoke to her on the phone today and emailed the validation protocol, record it",
        { tool: "log_interaction", card: "confirm", acc: [SPL] },
      ],
      ["and whats the deal size there", { acc: [SPL], has: ["1,200,000|1.2M|120万|1200000"] }],
    ),
  ),
  asUser(
    "rep3",
    conv("en", [
      "what's happening with saigon fresh foods",
      { acc: [], has: [NF], not: ["Nguyen Van Minh", "Tran Thi Lan"] },
    ]),
  ),
]);
