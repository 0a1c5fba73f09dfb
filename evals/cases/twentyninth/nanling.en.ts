// English conversations over the twenty-ninth book (evals/books/nanling), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { DR, DS, DZ, GT, HH, HL, HTJ, HTQ, HWS, LC, LD, MAM, MJ, MLC, MLG, MLK, RAC, SF, SPE, TX, XJ } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find";
/** Every account rep1 (Chen Siqi) owns. */
const R1 = [MLG, MLC, MLK, HTJ, HTQ, GT, DZ, DS, TX, XJ, HL, LD, DR, LC, SPE, RAC];
/** Every account the manager (Liang Zhiyuan) sees: rep1's and rep2's. */
const MGR = [...R1, SF, HH, MJ, HWS];

export const NANLING_EN = named("nanling-en", [
  conv("en", ["meilan kitchen mes phase 2 where are we", { acc: [MLC], has: ["2,600,000|2.6M|260万|2600000"] }]),
  conv(
    "en",
    ["who decides at hailan", { tool: "power_map", acc: [HL], has: ["郑宏|Zheng Hong"] }],
    ["and chen xiaoyan, whos she close to", { acc: [HL], has: ["Kestrel|凯斯特"] }],
  ),
  conv(
    "en",
    ["SPE mes deal status?", { acc: [SPE], has: ["2,000,000|2M|2.0M|200万|2000000"] }],
    ["how much do they owe us", { acc: [SPE], has: ["450,000|450k|45万|0.45M|450000"] }],
  ),
  conv(
    "en",
    [
      "overdue invoices pls, biggest first",
      { acc: R1, has: ["美澜空调|中山美澜|Meilan Air|MAC", "1,200,000|1.2M|120万|1200000"] },
    ],
    ["the 2nd one - who do i chase", { acc: [DS], has: ["许佳|Xu Jia"] }],
    ["and that last one, when was it due", { acc: [MLC], has: ["Sep 10|09-10|9月10|10 Sep|September 10"] }],
  ),
  conv("en", ["q4 forecast", { tool: "forecast", acc: R1, has: ["海蓝|Hailan"] }]),
  conv("en", ["whats my quota attainment this yr", { tool: "attainment", acc: R1 }]),
  conv("en", [
    "hailan pack line mes tender - bid bond and deadline?",
    { acc: [HL], has: ["50,000|50k|5万|50000", "Dec 8|12-08|12月8|8 Dec|December 8"] },
  ]),
  conv("en", [
    "who won the hongtai auto parts traceability job",
    { acc: [HTQ], has: ["Kestrel|凯斯特", "1,620,000|1.62M|162万|1620000"] },
  ]),
  conv("en", ["compare guitong and rayong auto", { tool: "compare_accounts", acc: [GT, RAC] }]),
  conv("en", [
    "which deals is yungong in",
    {
      tool: "competitor_deals",
      acc: [MLG, HTJ],
      has: ["美澜集团|Meilan Group|Meilan Appliance", "鸿泰精密|Hongtai Precision"],
      not: ["穗丰", "Suifeng"],
    },
  ]),
  conv("en", ["deals we lost this yr?", { acc: R1, has: ["鸿泰汽配|鸿泰汽车|Hongtai Auto", "德润|Derun"] }]),
  conv("en", [
    "list my guangxi accts",
    { tool: "find_accounts", acc: [GT, LC], has: ["桂通|Guitong", "绿城|Lvcheng"] },
  ]),
  conv("en", [
    "fujian accounts?",
    {
      tool: "find_accounts",
      acc: [HL, LD],
      has: ["海蓝|Hailan", "鹭岛|Ludao"],
      not: ["鹭江", "Lujiang", "闽江", "Minjiang"],
    },
  ]),
  conv("en", ["why is derun scored so low", { tool: "explain_score", acc: [DR] }]),
  conv("en", ["show me the acct plan for meilan kitchen", { tool: "show_plan", acc: [MLC] }]),
  conv(
    "en",
    ["draft an acct plan for RAC", { tool: "generate_plan", acc: [RAC] }],
    ["looks ok, save it", { tool: "save_plan", card: "confirm", acc: [RAC] }],
  ),
  conv("en", [
    "ludao lighting - who's our guy there and when did we last talk",
    { acc: [LD], has: ["洪志斌|Hong Zhibin", "Apr 9|04-09|4月9|9 Apr|April 9"] },
  ]),
  conv("en", ["what should i do next at guitong", { acc: [GT] }]),
  conv("en", ["deals closing in jan?", { acc: R1, has: ["鸿泰精密|Hongtai Precision", "SPE|Saigon"] }]),
  conv("en", ["deals over 3M", { acc: R1, has: ["美澜集团|Meilan Group|Meilan Appliance", "海蓝|Hailan"] }]),
  conv("en", [
    "hailan - who can get me in front of zheng hong",
    { tool: "power_map", acc: [HL], has: ["蔡永福|Cai Yongfu"] },
  ]),
  conv(
    "en",
    [
      "xiangjiang e-drive renewal - amount n close date?",
      { acc: [XJ], has: ["360,000|360k|36万|0.36M|360000", "Dec 15|12-15|12月15|15 Dec|December 15"] },
    ],
    ["and guitong's?", { acc: [GT], has: ["1,800,000|1.8M|180万|1800000", "Dec 28|12-28|12月28|28 Dec|December 28"] }],
  ),

  // Writes.
  conv("en", [
    "log a call w tran thi mai today, she says the kestrel pilot is only 1 line",
    { tool: "log_interaction", card: "confirm", acc: [SPE], has: ["Tran Thi Mai"] },
  ]),
  conv("en", [
    "met nguyen yesterday in binh duong, walked him thru the MES rollout quote. log it",
    { tool: "log_interaction", card: "confirm", acc: [SPE], has: ["Nov 21|11-21|11月21|21 Nov|November 21"] },
  ]),
  conv("en", [
    "remind me nov 25 to send pimchanok the OEE dashboard mockups",
    { tool: "add_action", card: "confirm", acc: [RAC], has: ["Nov 25|11-25|11月25|25 Nov|November 25"] },
  ]),
  conv("en", [
    "tmrw: call zhang changzhang at guitong re the stamping MES contract",
    {
      tool: "add_action",
      card: "confirm",
      acc: [GT],
      has: ["张卫民|Zhang Weimin", "Nov 23|11-23|11月23|23 Nov|November 23"],
    },
  ]),
  conv("en", [
    "bump hailan pack mes to 4.3M",
    { tool: "update_opportunity", card: "confirm", acc: [HL], has: ["4,300,000|4.3M|430万|4300000"] },
  ]),
  conv("en", [
    "push SPE close date to feb 28",
    { tool: "update_opportunity", card: "confirm", acc: [SPE], has: ["Feb 28|02-28|2月28|28 Feb|February 28"] },
  ]),
  conv("en", [
    "visited duanzhou elec 11/18 w li jiaxin, saw their paper picking lists - pls log",
    { tool: "log_interaction", card: "confirm", acc: [DZ], has: ["黎嘉欣|Li Jiaxin"] },
  ]),

  // Not in the book, another team's account, out of scope.
  conv("en", ["Hanoi Everbright Electronics - last contact?", { acc: [], has: [NF] }]),
  conv("en", ["monterrey appliance status", { acc: [], has: [NF], not: ["Carlos Ramirez"] }]),
  conv("en", ["write me a haiku about MES lol", { acc: [] }]),

  // The manager, rep2 and rep3.
  asUser(
    "manager",
    conv("en", ["team forecast for q4", { tool: "forecast", acc: MGR, has: ["海蓝|Hailan", "穗丰|Suifeng"] }]),
  ),
  asUser("manager", conv("en", ["how is chen siqi tracking vs quota", { tool: "attainment", acc: MGR }])),
  asUser(
    "rep2",
    conv("en", ["suifeng traceability deal - is yungong still in it", { acc: [SF], has: ["云工|Yungong"] }]),
  ),
  asUser(
    "rep3",
    conv(
      "en",
      ["MAM - whos the plant guy", { acc: [MAM], has: ["Carlos Ramirez"] }],
      ["log a call w him today, sent the revised MES quote", { tool: "log_interaction", card: "confirm", acc: [MAM] }],
    ),
  ),
  asUser("rep3", conv("en", ["hailan battery status", { acc: [], has: [NF], not: ["郑宏", "蔡永福", "Zheng Hong"] }])),
]);
