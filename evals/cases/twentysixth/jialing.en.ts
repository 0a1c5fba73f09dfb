// English conversations over the twenty-sixth book (evals/books/jialing), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CDM, CQT, DC, FJ, GYB, GYM, GZU, MYM, NS, PPCH, QY, QYCQ, QYGA, R1, R2, RX, TF, VDX, YNT, YZ } from "./names";

/** An honest "not found" in English. */
const NF = "not find|couldn't find|could not find|not found|no account|don't see|can't find|cannot find";

export const JIALING_EN = named("jialing-en", [
  conv("en", ["VDX status", { acc: [VDX], has: ["1,800,000|1.8M|180万|1800000"] }]),
  conv(
    "en",
    ["vdx - who decides", { tool: "power_map", acc: [VDX], has: ["Somchai"] }],
    ["and Khamla, whose side is she on", { acc: [VDX], has: ["Coldstream"] }],
    ["ok what about the yangon one, deal size?", { acc: [YNT], has: ["1,100,000|1.1M|110万|1100000"] }],
  ),
  conv("en", ["total overdue, mine", { acc: R1, has: ["3,990,000|3.99M|399万|3990000"] }]),
  conv("en", ["anything not due yet", { acc: R1, has: ["Chongqing|重庆", "560,000|560k|56万|560000|0.56M"] }]),
  conv("en", ["stale accts?", { tool: "stale_accounts", acc: R1, has: ["蓉信|Rongxin"] }]),
  conv("en", ["tenders for me", { tool: "tender_matches", acc: R1, has: ["大数据|Big Data"] }]),
  conv("en", [
    "guiyang big data tender - deadline + budget",
    { acc: [GYB], has: ["Dec 8|12-08|12月8|8 Dec", "4,500,000|4.5M|450万|4500000"] },
  ]),
  conv("en", ["who won guizhou unicom ups", { acc: [GZU], has: ["Qianfeng|黔峰"] }]),
  conv("en", [
    "Fujiang uni - procurement intention out?",
    { acc: [FJ], has: ["2,800,000|2.8M|280万|2800000", "Feb|2月|2027-02"] },
  ]),
  conv(
    "en",
    [
      "Qianyun group overview",
      { tool: "group_overview", acc: [QY, QYGA, QYCQ], has: ["Gui'an|贵安", "Chongqing|重庆"] },
    ],
    ["why did we lose the chongqing campus", { acc: [QYCQ], has: ["Chuanheng|川恒"] }],
  ),
  conv(
    "en",
    ["chengdu mobile risks", { acc: [CDM], has: ["张国栋|Zhang Guodong"] }],
    ["who replaced him", { acc: [CDM], has: ["李强|Li Qiang"] }],
  ),
  conv("en", ["coldstream deals", { tool: "competitor_deals", acc: [TF, QY, VDX], has: ["VDX|Vientiane"] }]),
  conv("en", ["q4 forecast", { tool: "forecast", acc: R1 }]),
  conv("en", ["my week", { tool: "my_week" }]),
  conv("en", [
    "log a call w/ Thida today, she'll send the battery runtime spec back",
    { tool: "log_interaction", card: "confirm", acc: [YNT] },
  ]),
  conv("en", [
    "remind me tmrw to send Khamla the revised offer",
    { tool: "add_action", card: "confirm", acc: [VDX], has: ["Nov 23|11-23|2026-11-23|11月23|23 Nov"] },
  ]),
  conv("en", [
    "vdx deal -> 1.65M",
    { tool: "update_opportunity", card: "confirm", acc: [VDX], has: ["1,650,000|1.65M|165万|1650000"] },
  ]),
  conv("en", [
    "met Somchai on Nov 20, log it. talked warranty terms",
    { tool: "log_interaction", card: "confirm", acc: [VDX], has: ["Nov 20|11-20|2026-11-20|20 Nov"] },
  ]),
  conv("en", ["plan for Chengdu Mobile pls", { tool: "generate_plan", acc: [CDM] }]),
  conv("en", ["mianyang mobile payment status", { acc: [MYM], has: ["1,300,000|1.3M|130万|1300000"] }]),
  conv("en", ["sichuan mobile?", { card: "choices", acc: [CDM, MYM] }]),
  conv("en", ["Director Wang phone no", { card: "choices", acc: [YZ, TF] }]),
  conv("en", ["nanshan hospital - whos the decision maker", { acc: [NS], has: ["胡建国|Hu Jianguo"] }]),
  conv("en", ["Rongxin - when did we last talk", { acc: [RX], has: ["May 8|05-08|5月8|2026-05-08|8 May"] }]),
  conv("en", ["why is guizhou unicom scored low", { tool: "explain_score", acc: [GZU] }]),
  conv(
    "en",
    ["chongqing telecom liquid cooling pilot, stage?", { acc: [CQT], has: ["solution|方案"] }],
    ["and the chengdu one?", { acc: [CDM], has: ["negotiation|谈判"] }],
  ),
  conv("en", ["Vientiane Data Centre Co - last visit?", { acc: [], has: [NF] }]),
  conv("en", ["phnom penh cloud hub - overdue?", { acc: [], has: [NF], not: ["Sokha"] }]),
  conv("en", ["write a haiku about chillers", { acc: [] }]),
  asUser("rep2", conv("en", ["PPCH - why no payment yet", { acc: [PPCH], has: ["transfer"] }])),
  asUser(
    "manager",
    conv(
      "en",
      ["team pipeline this quarter", { tool: "forecast", acc: [...R1, ...R2] }],
      [
        "which of Ran Junfeng's deals close before new year",
        { acc: [GYM, PPCH], has: ["贵阳移动|Guiyang Mobile|贵阳分公司"] },
      ],
    ),
  ),
  asUser("manager", conv("en", ["anything going on at Yunnan Telecom?", { acc: [], has: [NF], not: ["段志刚"] }])),
  asUser(
    "rep3",
    conv("en", ["Dianchi Data Port - anything overdue", { acc: [DC], has: ["1,500,000|1.5M|150万|1500000"] }]),
  ),
]);
