// English conversations over the thirty-sixth book (evals/books/hengshan), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { JCF, JCL, KVMC, LCQ, LSY, PBE, QBZ, SHGH, XDD, XDJ, XGC, XXJ, XYC, XYJ, YGT, YJD, YMZ, YYJ } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|no record";
/** Every account rep1 owns. */
const R1 = [XXJ, XGC, XYC, JCL, JCF, XDJ, XDD, YYJ, YMZ, YGT, YJD, LCQ, XYJ, LSY, QBZ, SHGH];

export const HENGSHAN_EN = named("hengshan-en", [
  // Several filters and a sort in one go, then follow-ups on the list.
  conv(
    "en",
    [
      "deals closing before 12/31 over 1M sorted by amount",
      {
        acc: R1,
        has: ["SHGH|Straits Harbour", "Sunshine|阳光", "Jiangcheng Medical|江城医附一|江城医科|附一"],
      },
    ],
    ["the second one's contacts", { acc: [YGT], has: ["吴志勇|Wu Zhiyong", "潘婷|Pan Ting", "石建|Shi Jian"] }],
  ),
  conv(
    "en",
    [
      "open deals under 1M, biggest first",
      { acc: R1, has: ["Xiaoxiang Campus|潇湘高校|高校餐饮", "Lushan|麓山", "Yongjiang|邕江"] },
    ],
    ["just the ones in Guangxi", { acc: [YJD, LCQ], has: ["Yongjiang|邕江", "Longcheng|龙城"] }],
    ["which is bigger", { acc: [YJD], has: ["720,000|720k|72万|0.72M|720000"] }],
  ),
  conv("en", ["top 3 accounts by score", { acc: R1 }]),
  conv(
    "en",
    [
      "proposal stage deals closing in jan, order by close date",
      { acc: R1, has: ["Longcheng|龙城", "Jiangcheng University|JUT|江城理工", "Lushan|麓山"] },
    ],
    ["the first one - who decides there", { acc: [LCQ], has: ["覃志强|Qin Zhiqiang"] }],
  ),
  conv("en", [
    "total open pipeline at universities?",
    { acc: [JCL, YJD, QBZ], has: ["4,920,000|4.92M|492万|4920000"] },
  ]),
  conv("en", [
    "is sunshine's deal bigger than xiaoxiang campus dining's?",
    {
      acc: [YGT, XGC],
      has: ["1,500,000|1.5M|150万|1500000", "960,000|960k|96万|0.96M|960000"],
    },
  ]),

  // Near-duplicates, abbreviations, misspelt names.
  conv("en", ["xiangdian - whats going on there", { card: "choices", acc: [XDJ, XDD] }]),
  conv("en", ["jiangcheng, any news this week?", { card: "choices", acc: [JCL, JCF] }]),
  conv(
    "en",
    ["Straits Harbor - who handles procurement and what is KWA offering", { acc: [SHGH], has: ["Melissa Ong", "8%"] }],
    ["when did we last meet Rachael Tan", { acc: [SHGH], has: ["Nov 10|11-10|11月10|10 Nov|November 10"] }],
    ["and Kumar's number?", { acc: [SHGH], has: ["6555-1602"] }],
  ),
  conv(
    "en",
    ["who's the boss at xiaoxiang group", { tool: "power_map", acc: [XXJ], has: ["周正阳|Zhou Zhengyang"] }],
    ["and who does Dai Weiping report to", { acc: [XYC, XXJ], has: ["周正阳|Zhou Zhengyang"] }],
  ),

  // Money, stale accounts, competitors, tenders, forecast.
  conv(
    "en",
    [
      "who's late paying us? largest amount on top",
      { acc: R1, has: ["Xiangyang|襄阳", "650,000|650k|65万|0.65M|650000"] },
    ],
    ["how much in total", { acc: R1, has: ["1,860,000|1.86M|186万|1860000"] }],
  ),
  conv("en", [
    "anything falling due in december?",
    { acc: [JCL, YGT], has: ["380,000|380k|38万|0.38M|380000", "90,000|90k|9万|0.09M|90000"] },
  ]),
  conv("en", ["accounts i haven't touched in months?", { tool: "stale_accounts", acc: R1, has: ["Qianbei|黔北"] }]),
  conv("en", [
    "where is KitchenWorks competing with us",
    { tool: "competitor_deals", acc: [SHGH], has: ["SHGH|Straits Harbour"] },
  ]),
  conv("en", [
    "2026 losses - which deals and which competitor took them",
    { acc: [XDD, YJD], has: ["Meichu|美厨", "Yueshan|粤膳"] },
  ]),
  conv("en", [
    "yueshan - which of my deals are they in",
    {
      tool: "competitor_deals",
      acc: [JCL, XDJ, YJD],
      has: ["Jiangcheng|JUT|江城理工", "Xiangdian Locomotive|湘电机车"],
    },
  ]),
  conv(
    "en",
    ["tender notices matching my customers?", { tool: "tender_matches", acc: R1, has: ["Jiangcheng|JUT|江城理工"] }],
    ["what's the price ceiling on that one", { acc: [JCL], has: ["4,100,000|4.1M|410万|4100000"] }],
  ),
  conv("en", [
    "who won the yongjiang univ canteen kitchen bid and at what price",
    { acc: [YJD], has: ["Yueshan|粤膳", "2,980,000|2.98M|298万|2980000"] },
  ]),
  conv("en", [
    "yueyang govt offices published a purchase plan? how much budget",
    { acc: [YYJ], has: ["560,000|560k|56万|0.56M|560000"] },
  ]),
  conv("en", ["Q4 forecast number pls", { tool: "forecast", acc: R1 }]),
  conv("en", ["compare Xiangdian Locomotive and Xiangdian Motor", { tool: "compare_accounts", acc: [XDJ, XDD] }]),
  conv("en", ["whats on my plate this week", { tool: "my_week" }]),
  conv("en", ["pull up SHGH's current plan", { tool: "show_plan", acc: [SHGH] }]),

  // Writes.
  conv("en", [
    "log a call with Melisa Ong today - their finance migration is done, invoice to be paid mid Dec",
    { tool: "log_interaction", card: "confirm", acc: [SHGH], has: ["Melissa"] },
  ]),
  conv("en", [
    "saw Kumar yesterday, ran the combi oven demo for his team. pls log",
    { tool: "log_interaction", card: "confirm", acc: [SHGH], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "remind me Nov 27 to send Rachel the revised central kitchen quote",
    { tool: "add_action", card: "confirm", acc: [SHGH], has: ["Nov 27|11-27|11月27|27 Nov|November 27"] },
  ]),
  conv("en", [
    "tmrw call pan ting at sunshine re guizhou supplier list",
    {
      tool: "add_action",
      card: "confirm",
      acc: [YGT],
      has: ["潘婷|Pan Ting", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "push the SHGH kitchen deal close date to Jan 15",
    { tool: "update_opportunity", card: "confirm", acc: [SHGH], has: ["Jan 15|01-15|1月15|15 Jan|January 15"] },
  ]),
  conv("en", [
    "bump lushan hospital nutrition deal to 920k",
    { tool: "update_opportunity", card: "confirm", acc: [LSY], has: ["920,000|920k|92万|0.92M|920000"] },
  ]),
  conv("en", [
    "finished the todo to send JUT our kitchen reference list - mark it done",
    { tool: ["update_action", "list_actions"], acc: [JCL] },
  ]),

  // Not in the book, another team's account.
  conv("en", ["Raffles Canteen Group - when did we last talk", { acc: [], has: [NF] }]),
  conv("en", ["Lion City Catering status?", { acc: [], has: [NF], not: ["Jason Lee"] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["PBE canteen system deal - where is it", { acc: [PBE], has: ["450,000|450k|45万|0.45M|450000"] }]),
  ),
  asUser(
    "rep2",
    conv("en", ["penang bay - is kitchenworks still in the running", { acc: [PBE], has: ["KitchenWorks|KWA"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["KVMC how much is overdue", { acc: [KVMC], has: ["900,000|900k|90万|0.9M|900000"] }],
      [
        "log a call with Siti today, she says it'll be paid in january",
        { tool: "log_interaction", card: "confirm", acc: [KVMC] },
      ],
    ),
  ),
  asUser("rep3", conv("en", ["Straits Harbour General - status", { acc: [], has: [NF], not: ["Rachel Tan"] }])),
]);
