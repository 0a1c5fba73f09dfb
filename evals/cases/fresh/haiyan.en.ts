// English conversations over the fresh book (evals/books/haiyan), written by hand from its CSV files by someone who
// had not read the understanding code. Odd numbers are measured-only, even ones development (see the book's README).
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  CS,
  DY,
  GROUP,
  HB,
  HIDDEN,
  LW,
  MJP,
  NEXT,
  NY,
  notFound,
  PCIE,
  PCPG,
  QC,
  QD,
  QF,
  RC,
  SL,
  WHY_RISKY,
  YXH,
} from "./haiyan-names";

export const HAIYAN_EN: Conversation[] = named("haiyan-en", [
  // 01
  conv("en", [
    "how's pcpg doing",
    { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["鹏城电网|Pengcheng"] },
  ]),
  // 02
  conv(
    "en",
    ["who's the decision maker at youxianhui", { tool: "power_map", acc: [YXH], has: ["温志豪|Wen Zhihao"] }],
    ["and the cio?", { tool: "power_map", acc: [YXH], has: ["韩冰|Han Bing"] }],
  ),
  // 03
  conv("en", ["why is nanyue bank scored like that", { tool: "explain_score", acc: [NY], has: ["南粤|Nanyue"] }]),
  // 04
  conv("en", [
    "minjiang power - who does the CIO report to",
    { tool: "power_map", acc: [MJP], has: ["林鸿飞|Lin Hongfei"] },
  ]),
  // 05
  conv("en", [
    "show me accounts in fujian",
    { tool: "find_accounts", has: ["闽江|Minjiang", "海滨|Haibin", "榕城|Rongcheng"], not: HIDDEN },
  ]),
  // 06
  conv("en", [
    "which accounts havent been touched in 2 months",
    {
      tool: ["stale_accounts", "find_accounts"],
      has: ["泉城|Quancheng", "秦风|Qinfeng", "丝路|Silk Road", "琴岛|Qindao"],
    },
  ]),
  // 07
  conv("en", [
    "deals closing in december?",
    { tool: "forecast", has: ["优鲜汇|Youxianhui", "岱岳|Daiyue"], not: HIDDEN },
  ]),
  // 08
  conv("en", [
    "log a call w/ sun xiaomei at daiyue yesterday, she wants the install schedule for the branch meters",
    { tool: "log_interaction", acc: [DY], card: "confirm", has: ["孙晓梅|Sun Xiaomei"], args: { kind: "call" } },
  ]),
  // 09
  conv("en", [
    "schedule a visit to blue bay property next tuesday with Zeng",
    { tool: "add_action", acc: [LW], card: "confirm", has: ["曾国华|Zeng"] },
  ]),
  // 10
  conv("en", ["whats the latest on hantang properties", { tool: ["none", "find_accounts"], acc: [], not: HIDDEN }]),
  // 11
  conv("en", ["how about Sunrise Mall, any news", notFound("Sunrise Mall")]),
  // 12
  conv(
    "en",
    ["hi there", { tool: "none", acc: [] }],
    ["what's on my plate this week", { tool: ["my_week", "list_actions"], not: HIDDEN }],
  ),
  // 13
  conv("en", ["tell me a joke", { tool: "none", acc: [] }]),
  // 14
  conv(
    "en",
    [
      "pengcheng power grid group overview pls",
      { tool: "group_overview", acc: GROUP, has: ["南山|Nanshan", "综合能源|综能|Integrated Energy"] },
    ],
    [
      "which of them owes us money",
      { tool: ["group_overview", "account_overview"], acc: GROUP, has: ["南山|Nanshan"] },
    ],
  ),
  // 15
  conv(
    "en",
    [
      "compare yxh vs haibin dept store",
      { tool: "compare_accounts", acc: [YXH, HB], has: ["优鲜汇|Youxianhui", "海滨|Haibin"] },
    ],
    ["who runs the second one", { tool: "power_map", acc: [HB], has: ["庄明德|Zhuang"] }],
  ),
  // 16
  conv("en", ["at risk accounts?", { tool: "at_risk_accounts", not: HIDDEN }]),
  // 17
  conv("en", ["next steps for rongcheng properties", { tool: NEXT, acc: [RC] }]),
  // 18
  conv(
    "en",
    ["draft an account plan for lanwan", { tool: "generate_plan", acc: [LW] }],
    ["looks good, save it", { tool: "save_plan", acc: [LW], card: "confirm" }],
  ),
  // 19
  conv("en", ["how am i tracking vs quota this year", { tool: ["attainment", "portfolio_kpis"] }]),
  // 20
  conv("en", [
    "when did we last talk to silk road insurance",
    { tool: "last_contact", acc: [SL], has: ["高明远|贾婷婷|Gao Mingyuan|Jia Tingting"] },
  ]),
  // 21
  conv("en", ["timeline for quancheng thermal", { tool: "account_timeline", acc: [QC], has: ["宋德厚|Song Dehou"] }]),
  // 22
  conv("en", [
    "any open tenders matching our stuff",
    { tool: "tender_matches", has: ["南粤|Nanyue", "鹏城|Pengcheng"], not: HIDDEN },
  ]),
  // 23
  conv("en", [
    "is qinfeng still worth chasing",
    { tool: ["account_overview", "explain_score", "power_map"], acc: [QF], has: ["星联|Xinglian"] },
  ]),
  // 24
  conv("en", ["morning briefing pls", { tool: ["briefing_preview", "my_week"], not: HIDDEN }]),
  // 25
  conv("en", [
    "status of the blue bay phase 2 charging deal",
    { tool: ["account_overview", "forecast"], acc: [LW], has: ["蓝湾|Blue Bay|Lanwan"] },
  ]),
  // 26
  conv("en", [
    "had a meeting w/ Han Bing from YXH on friday, contract terms agreed",
    { tool: "log_interaction", acc: [YXH], card: "confirm", has: ["韩冰|Han Bing"], args: { kind: "meeting" } },
  ]),
  // 27
  conv("en", [
    "does the nanyue tender fit our carbon platform",
    { tool: "tender_matches", acc: [NY], has: ["碳管理|carbon|Carbon"] },
  ]),
  // 28
  conv("en", [
    "who handles procurement at pengchen grid",
    { tool: "power_map", acc: [PCPG], has: ["邝美玲|Kuang Meiling"] },
  ]),
  // 29
  conv("en", ["is weng jianhua still at minjiang", { tool: "power_map", acc: [MJP], has: ["left|no longer"] }]),
  // 30
  conv(
    "en",
    ["pull up silkroad insurance", { tool: "account_overview", acc: [SL], has: ["丝路|Silk Road"] }],
    ["their IT manager?", { tool: "power_map", acc: [SL], has: ["贾婷婷|Jia Tingting"] }],
  ),
  // 31
  conv(
    "en",
    [
      "accounts in shandong",
      { tool: "find_accounts", has: ["泉城|Quancheng", "岱岳|Daiyue", "琴岛|Qindao"], not: HIDDEN },
    ],
    ["just the real estate ones", { tool: "find_accounts", has: ["琴岛|Qindao"], not: ["泉城", "岱岳"] }],
  ),
  // 32
  conv("en", [
    "show me my finance customers",
    { tool: "find_accounts", has: ["南粤|Nanyue", "岱岳|Daiyue", "丝路|Silk Road"], not: HIDDEN },
  ]),
  // 33
  conv("en", ["total pipeline?", { tool: "forecast", not: HIDDEN }]),
  // 34
  asUser(
    "rep2",
    conv("en", [
      "when did i last speak to chaoshan fastcharge",
      { tool: "last_contact", acc: [CS], has: ["纪伟坤|Ji Weikun"] },
    ]),
  ),
  // 35
  asUser("manager", conv("en", ["team kpis", { tool: ["portfolio_kpis", "attainment"] }])),
  // 36
  conv("en", [
    "remind me to call Mo Junjie at nanyue bank on dec 1",
    { tool: "add_action", acc: [NY], card: "confirm", has: ["莫俊杰|Mo Junjie"] },
  ]),
  // 37
  conv("en", [
    "visited mingjiang power today, huang liqun says the dispatch screen is fixed",
    { tool: "log_interaction", acc: [MJP], card: "confirm", has: ["黄立群|Huang Liqun"], args: { kind: "visit" } },
  ]),
  // 38
  conv("en", ["what about Pearl River Brewery", notFound("Pearl River Brewery")]),
  // 39
  conv("en", ["why is qindao so risky", { tool: WHY_RISKY, acc: [QD], has: ["琴岛|Qindao"] }]),
  // 40
  conv("en", ["can you book me a flight to xiamen", { tool: "none", acc: [] }]),
  // 41
  conv("en", [
    "pcie - does Ou Haoran lean toward xinglian?",
    { tool: "power_map", acc: [PCIE], has: ["区浩然|Ou Haoran"] },
  ]),
  // 42
  conv("en", [
    "will the quancheng carbon deal close by end of month",
    { tool: ["forecast", "account_overview"], acc: [QC], has: ["碳|carbon|Carbon"] },
  ]),
  // 43
  conv(
    "en",
    ["my open to-dos", { tool: "list_actions" }],
    ["anything due next week?", { tool: ["list_actions", "my_week"] }],
  ),
  // 44
  conv(
    "en",
    ["key people at nanyue commercial bank", { tool: "power_map", acc: [NY], has: ["关振华|Guan Zhenhua"] }],
    ["what about Cheng Xue", { tool: "power_map", acc: [NY], has: ["oppos|opponent|against"] }],
  ),
  // 45
  conv("en", [
    "chaoshan fastcharge deal, when's it closing",
    { tool: ["none", "find_accounts"], acc: [], not: HIDDEN },
  ]),
]);
