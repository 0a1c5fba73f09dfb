// English conversations over the thirty-fifth book (evals/books/helan): a Yinchuan solar O&M vendor's sales manager
// and field reps. Written blind: every expectation is hand-read from the book's CSV files (today is Sunday 2026-11-22,
// TEST_NOW); see the book's README for the figures.
import { asUser, conv, named } from "../conversation-types";
import {
  ALS,
  CDM,
  DH,
  DX,
  ESS,
  GH,
  GHG,
  GHN,
  HN,
  HSP,
  LD,
  ND,
  NSHC,
  QY,
  RSSP,
  SSYG,
  TGL,
  TYS,
  YC,
  ZW,
  ZYNX,
} from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no access|not in your";
/** Every account rep1 (Jia Jianjun) owns. */
const R1 = [ZYNX, HSP, YC, GHG, GHN, TGL, ZW, SSYG, DH, CDM, RSSP, ND, ALS, LD, HN, ESS];
/** Every account rep2 (Su Xiaowen) owns. */
const R2 = [TYS, QY, DX, GH];
/** Every account the manager (Ma Huiqin) sees. */
const MGR = [...R1, ...R2];

export const HELAN_EN = named("helan-en", [
  // The manager.
  asUser(
    "manager",
    conv(
      "en",
      [
        "pipeline by quarter pls",
        {
          acc: MGR,
          has: ["10,890,000|10.89M|1089万|10890000", "16,350,000|16.35M|1635万|16350000"],
        },
      ],
      ["and Q2 next yr?", { acc: [CDM], has: ["750,000|750k|0.75M|75万|750000", "柴达木|Qaidam"] }],
    ),
  ),
  asUser(
    "manager",
    conv("en", [
      "team forecast weighted vs unweighted",
      { tool: "forecast", acc: MGR, has: ["27,990,000|27.99M|2799万|27990000|10,890,000|10.89M|1089万|10890000"] },
    ]),
  ),
  asUser("manager", conv("en", ["who owns Red Sea Sun Power", { acc: [RSSP], has: ["贾建军|Jia Jianjun"] }])),
  asUser(
    "manager",
    conv(
      "en",
      ["show me Su Xiaowen's accounts and her open deals", { acc: R2, has: ["太阳山|Taiyangshan", "共和|Gonghe"] }],
      [
        "which of those closes first",
        { acc: [TYS], has: ["太阳山|Taiyangshan", "Nov 29|11-29|11月29|29 Nov|November 29"] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["biggest deals closing this month", { acc: MGR, has: ["腾格里|Tengger", "2,400,000|2.4M|240万|2400000"] }],
      ["total of those?", { acc: [TGL, GHG, TYS, SSYG], has: ["5,730,000|5.73M|573万|5730000"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      ["lost deals in 2026 and who beat us", { acc: MGR, has: ["天跟|Tiangen", "昊日|Haori", "西能|Xineng"] }],
      ["the largest of those", { acc: [GHN], has: ["2,100,000|2.1M|210万|2100000", "天跟|Tiangen"] }],
    ),
  ),
  asUser(
    "manager",
    conv("en", ["won revenue this year, split by rep", { acc: MGR, has: ["贾建军|Jia Jianjun", "苏晓雯|Su Xiaowen"] }]),
  ),
  asUser("manager", conv("en", ["attainment vs target for my team", { tool: "attainment", acc: MGR }])),
  asUser(
    "manager",
    conv(
      "en",
      ["how much is sitting in negotiation rn", { acc: MGR, has: ["8,500,000|8.5M|850万|8500000"] }],
      ["only Xiaowen's", { acc: [TYS], has: ["1,300,000|1.3M|130万|1300000"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "en",
      [
        "team's past-due money, sorted high to low",
        { tool: "receivables", acc: MGR, has: ["4,050,000|4.05M|405万|4050000", "红寺堡|Hongsibu"] },
      ],
      [
        "and whats falling due before year end",
        { acc: MGR, has: ["腾格里|Tengger", "ESS|Emirates Sand", "丹霞|Danxia"] },
      ],
    ),
  ),
  asUser("manager", conv("en", ["Najd Solar status?", { acc: [], has: [NF], not: ["Abdullah", "Sanjay"] }])),
  asUser(
    "manager",
    conv(
      "en",
      ["proposal-stage deals sorted by amount", { acc: MGR, has: ["RSSP|Red Sea", "3,800,000|3.8M|380万|3800000"] }],
      [
        "top three",
        { acc: [RSSP, GHG, GH], has: ["RSSP|Red Sea", "国恒甘肃|国恒电力甘肃|Guoheng Gansu", "共和|Gonghe"] },
      ],
    ),
  ),
  asUser(
    "manager",
    conv("en", [
      "where are we up against Tiangen",
      {
        tool: "competitor_deals",
        acc: [HSP, TYS, GHN, YC],
        has: ["红寺堡|Hongsibu", "太阳山|Taiyangshan"],
        not: ["中源青海", "Zhongyuan Qinghai"],
      },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "what did we lose to Xineng this year",
      { acc: [QY], has: ["清源|Qingyuan", "800,000|800k|0.8M|80万|800000"] },
    ]),
  ),
  asUser(
    "manager",
    conv("en", [
      "how many open deals does Jia Jianjun have, total value?",
      { acc: R1, has: ["25,740,000|25.74M|2574万|25740000"] },
    ]),
  ),

  // rep1: overseas accounts and abbreviations, people.
  conv(
    "en",
    ["RSSP tabuk O&M bid - status?", { acc: [RSSP], has: ["3,800,000|3.8M|380万|3800000"] }],
    ["and their unpaid invoices?", { acc: [RSSP], has: ["450,000|450k|45万|0.45M|450000"] }],
  ),
  conv(
    "en",
    ["ESS - who has the final say", { tool: "power_map", acc: [ESS], has: ["Khalid"] }],
    ["and ahmad, whos he close to", { acc: [ESS], has: ["SolarServ"] }],
  ),
  conv("en", ["guoheng - anything new", { card: "choices", acc: [GHG, GHN] }]),

  // rep1: tenders, forecast, money, lists.
  conv("en", [
    "who got the guoheng inner mongolia tracker O&M job and at what price",
    { acc: [GHN], has: ["天跟|Tiangen", "1,980,000|1.98M|198万|1980000"] },
  ]),
  conv("en", [
    "did Qaidam post a 采购意向 or anything for next yr",
    { acc: [CDM], has: ["750,000|750k|0.75M|75万|750000"] },
  ]),
  conv(
    "en",
    ["my forecast this qtr", { tool: "forecast", acc: R1, has: ["红寺堡|Hongsibu", "腾格里|Tengger"] }],
    ["unweighted total?", { acc: R1, has: ["9,590,000|9.59M|959万|9590000"] }],
  ),
  conv("en", [
    "my late payers, largest amount on top",
    { tool: "receivables", acc: R1, has: ["红寺堡|Hongsibu", "1,500,000|1.5M|150万|1500000"] },
  ]),
  conv("en", ["which accts havent i touched in ages", { tool: "stale_accounts", acc: R1, has: ["惠农|Huinong"] }]),
  conv("en", [
    "list my gansu accounts",
    {
      tool: "find_accounts",
      acc: [GHG, DH, LD],
      has: ["国恒甘肃|国恒电力甘肃|Guoheng Gansu", "敦煌|Dunhuang", "陇电|Longdian"],
      not: ["丹霞", "Danxia", "凉州", "Liangzhou"],
    },
  ]),
  conv("en", [
    "Zhongyuan Ningxia group overview",
    { tool: "group_overview", acc: [ZYNX, HSP, YC], has: ["红寺堡|Hongsibu", "盐池|Yanchi"] },
  ]),
  conv("en", ["need a plan for Saishang Sunshine, can u generate one", { tool: "generate_plan", acc: [SSYG] }]),

  // rep1: writes.
  conv("en", [
    "spoke to Omer on the phone today - eval wraps mid jan, solarserv ~6% under us. record it",
    { tool: "log_interaction", card: "confirm", acc: [RSSP], has: ["Omar"] },
  ]),
  conv("en", [
    "had a meeting w khalid in abu dhabi yday about 2027 tracker O&M - add to timeline",
    { tool: "log_interaction", card: "confirm", acc: [ESS], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "set a reminder for Nov 26: chase Priya re inverter invoice payment",
    { tool: "add_action", card: "confirm", acc: [RSSP], has: ["Nov 26|11-26|11月26|26 Nov|November 26"] },
  ]),
  conv("en", [
    "need to ring Tian Yu at Tenger tomorrow re board approval, add a task",
    {
      tool: "add_action",
      card: "confirm",
      acc: [TGL],
      has: ["田雨|Tian Yu", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "push the Guoheng Gansu inverter overhaul close date to Dec 15",
    { tool: "update_opportunity", card: "confirm", acc: [GHG], has: ["Dec 15|12-15|12月15|15 Dec|December 15"] },
  ]),
  conv("en", [
    "tengger drone deal is 2.28M now after the 5% cut, update it",
    { tool: "update_opportunity", card: "confirm", acc: [TGL], has: ["2,280,000|2.28M|228万|2280000"] },
  ]),

  // rep1: another team's account, not in the book.
  conv("en", ["Najd Solar last touchpoint?", { acc: [], has: [NF], not: ["Abdullah", "Sanjay"] }]),

  // rep2 and rep3.
  asUser(
    "rep2",
    conv("en", ["Gonghe park drone proposal - how big is it", { acc: [GH], has: ["950,000|950k|0.95M|95万|950000"] }]),
  ),
  asUser("rep2", conv("en", ["Hongsibu station status", { acc: [], has: [NF], not: ["王建峰", "Wang Jianfeng"] }])),
  asUser(
    "rep3",
    conv(
      "en",
      ["how much does NSHC owe us", { acc: [NSHC], has: ["2,000,000|2.0M|200万|2000000|2M"] }],
      [
        "Sanjay called today, lender should sign off early Dec - please record",
        { tool: "log_interaction", card: "confirm", acc: [NSHC], has: ["Sanjay"] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["RSSP status", { acc: [], has: [NF], not: ["Omar", "Faisal"] }])),
]);
