// English conversations over the twenty-third book (evals/books/baiyun), written the way an English-speaking regional
// manager writes: full sentences. Written blind: every expectation is hand-read from the book's CSV files (today is
// 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  GJ,
  GLH,
  HB,
  HP,
  HYX,
  HYZ,
  JY,
  KH,
  KHC,
  KHN,
  KN,
  LF1,
  LF2,
  LJ,
  MX,
  NY,
  PPRC,
  SK,
  VLMC,
  ZG,
  ZJFY,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";
/** Every account rep1 owns. */
const R1 = [NY, LF1, LF2, KH, KHC, KHN, ZJFY, MX, SK, HYZ, HYX, HP, GJ, ZG, PPRC, LJ];
/** Every account the manager sees: rep1's and rep2's. */
const MGR = [...R1, KN, VLMC, HB, JY];

export const BAIYUN_EN = named("baiyun-en", [
  conv(
    "en",
    [
      "Could you give me a quick update on Phnom Penh Royal Care? I'd like to know where the supply contract stands.",
      { acc: [PPRC], has: ["1,300,000|1.3M|130万|1300000"] },
    ],
    ["What is Halvorsen offering them that we aren't?", { acc: [PPRC], has: ["consignment"] }],
  ),
  conv(
    "en",
    [
      "Who makes the final decision at PPRC, and who else is involved?",
      { tool: "power_map", acc: [PPRC], has: ["Sokha Chan"] },
    ],
    ["And who does Dara Pich report to?", { acc: [PPRC], has: ["Sokha"] }],
  ),
  conv("en", ["I need the status of the Lingnan affiliated hospital, please.", { card: "choices", acc: [LF1, LF2] }]),
  conv("en", [
    "Please list all the overdue invoices in my book, largest first.",
    { acc: R1, has: ["南粤|Nanyue", "1,200,000|1.2M|120万|1200000"] },
  ]),
  conv("en", [
    "Which of my accounts haven't been contacted for a long time?",
    { tool: "stale_accounts", acc: R1, has: ["章贡|Zhanggong"] },
  ]),
  conv("en", [
    "Give me an overview of the Kanghe group and its hospitals.",
    { tool: "group_overview", acc: [KH, KHC, KHN], has: ["禅城|Chancheng", "南海|Nanhai"] },
  ]),
  conv("en", [
    "Are there any open tenders relevant to my accounts at the moment?",
    { tool: "tender_matches", acc: R1, has: ["南粤|Nanyue"] },
  ]),
  conv("en", [
    "Who won the operating-room SPD project at Hengyang Central Hospital, and for how much?",
    { acc: [HYZ], has: ["瑞链|Ruilian", "1,860,000|1.86M|186万|1860000"] },
  ]),
  conv("en", [
    "Please compare the First and Second Affiliated Hospitals of Lingnan Medical University.",
    { tool: "compare_accounts", acc: [LF1, LF2] },
  ]),
  conv(
    "en",
    [
      "What are the main risks at Nanyue Provincial Hospital right now?",
      { acc: [NY], has: ["1,200,000|1.2M|120万|1200000"] },
    ],
    ["Who replaced Liu Jianguo after he left?", { acc: [NY], has: ["何志明|He Zhiming"] }],
  ),
  conv("en", [
    "When is the NPH SPD deal expected to close, and how large is it?",
    { acc: [NY], has: ["3,800,000|3.8M|380万|3800000", "Dec 18|12-18|12月18|18 Dec|December 18"] },
  ]),
  conv("en", [
    "How much does Ganjiang Pharma owe us, and since when has it been due?",
    { acc: [GJ], has: ["650,000|0.65M|65万|650000|650k", "Aug 1|08-01|8月1|1 Aug|August 1"] },
  ]),
  conv("en", [
    "Please log a call with Dara Pich today: she confirmed she will wait for our revised price until December 5.",
    { tool: "log_interaction", card: "confirm", acc: [PPRC], has: ["Dara Pich"] },
  ]),
  conv("en", [
    "Remind me tomorrow to call Sokha Chan about the contract signing.",
    { tool: "add_action", card: "confirm", acc: [PPRC], has: ["Nov 23|11-23|2026-11-23|11月23|23 Nov|November 23"] },
  ]),
  conv("en", [
    "Please move the Royal Care supply deal to won.",
    { tool: "update_opportunity", card: "confirm", acc: [PPRC] },
  ]),
  conv("en", [
    "Please update the Heping catheter deal amount to 600,000.",
    { tool: "update_opportunity", card: "confirm", acc: [HP], has: ["600,000|60万|600000|0.6M|600k"] },
  ]),
  conv("en", [
    "I visited Li Chunlan at the Meixian alliance on November 20 to walk through the second-level warehouse proposal; please record it.",
    { tool: "log_interaction", card: "confirm", acc: [MX], has: ["李春兰|Li Chunlan"] },
  ]),
  conv("en", ["What should I focus on this week?", { tool: "my_week" }]),
  conv("en", ["Please draft an account plan for the Meixian health alliance.", { tool: "generate_plan", acc: [MX] }]),
  conv("en", [
    "What does the Nanyue SPD tender require from bidders, and when is the deadline?",
    { acc: [NY], has: ["Dec 9|12-09|12月9|2026-12-09|9 Dec|December 9"] },
  ]),
  conv(
    "en",
    [
      "Who is the operating-room head nurse at Hengyang Central, and how does she feel about us?",
      { acc: [HYZ], has: ["王晓燕|Wang Xiaoyan", "support"] },
    ],
    ["When did we last speak with her?", { acc: [HYZ], has: ["Nov 17|11-17|11月17|17 Nov|November 17"] }],
  ),
  conv("en", [
    "Which of my accounts are in Guangxi or Jiangxi?",
    { tool: "find_accounts", acc: [GJ, ZG, LJ], has: ["柳江|Liujiang", "赣江|Ganjiang", "章贡|Zhanggong"] },
  ]),
  conv("en", ["What does the forecast for this quarter look like across my deals?", { tool: "forecast", acc: R1 }]),
  conv("en", [
    "Which deals are we fighting Kangmai Medical on?",
    {
      tool: "competitor_deals",
      acc: R1,
      has: ["附一|First Affiliated|LFAH|附属第一", "赣江|Ganjiang", "湛江|Zhanjiang"],
    },
  ]),
  conv("en", ["Could you tell me about Vientiane Lanxang Medical Centre?", { acc: [], has: [NF], not: ["Khamphone"] }]),
  conv("en", ["Is there anything new at Yangon Golden Lotus Hospital?", { acc: [], has: [NF], not: ["Aung Min Thu"] }]),
  conv("en", ["What's the latest with Singapore Harbourfront Hospital?", { acc: [], has: [NF] }]),
  conv("en", ["Could you write a short poem about hospital logistics?", { acc: [] }]),
  asUser(
    "manager",
    conv("en", [
      "Could you list Huang Junfeng's accounts with their open deals?",
      { acc: [KN, VLMC, HB, JY], has: ["Lanxang", "海滨|Haibin"] },
    ]),
  ),
  asUser("manager", conv("en", ["How is the team doing against target this year?", { tool: "attainment" }])),
  asUser(
    "manager",
    conv("en", ["Which accounts in the team are most at risk right now?", { tool: "at_risk_accounts", acc: MGR }]),
  ),
  asUser("manager", conv("en", ["Tell me about the Golden Lotus hospital in Yangon.", { acc: [], has: [NF] }])),
  asUser(
    "rep2",
    conv("en", [
      "What's happening with the Lanxang SPD pilot?",
      { acc: [VLMC], has: ["900,000|0.9M|90万|900000|900k", "Halvorsen"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["Why hasn't Golden Lotus paid the logistics invoice yet?", { acc: [GLH], has: ["exchange"] }],
      ["How much is it exactly?", { acc: [GLH], has: ["560,000|560k|56万|560000|0.56M"] }],
    ),
  ),
]);
