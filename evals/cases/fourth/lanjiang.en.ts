// The fourth book in en, as account managers type it: English aliases, pinyin, lower case, typos. rep1 顾晨阳's book
// (evals/books/lanjiang); the clock is Sunday 2026-11-22: today 11-22, yesterday 11-21, tomorrow 11-23, next Tuesday
// 11-24. Names in replies stay as the book spells them (Chinese). Every expectation is written by hand from the book's
// CSV files, never from a tool result.
import { asUser, conv, named } from "../conversation-types";
import {
  AUTO,
  BEIMING,
  CANGLAN,
  CHEM,
  CHENGCHUAN,
  COLDMILL,
  DONGJU,
  GROUP,
  HENGCHI,
  HIDDEN_EN,
  HIDDEN_FROM_REP2,
  JINGLAN,
  JINWAN,
  KUNYANG,
  LAST_SAID,
  LIAOHAI,
  MINE,
  MINGXU,
  notFound,
  RUIHONG,
  SPECIAL,
  WHY_RISKY,
  XINGCHE,
} from "./lanjiang-names";

const LIAOHAI_NOTICE = `can you read this notice
辽海理工大学智能制造实训平台采购项目公开招标公告
2026-11-20
项目编号：LHLG-2026-0871
项目名称：辽海理工大学智能制造实训平台采购项目
预算金额（元）：800000
采购需求：智能制造重点实验室PLC/DCS实训平台 1 套，含 8 个实训工位、教学软件与一年维保
提交投标文件截止时间：2026年12月9日 09:00（北京时间）
采购人信息：辽海理工大学，大连市甘井子区凌海路 6 号，联系方式：邹女士 0411-555-1103`;

export const LANJIANG_EN = named("lanjiang-en", [
  // Groups and members.
  conv("en", ["BMSG overview", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["北溟钢铁集团"] }]),
  conv("en", ["members of Beiming Steel Group", { tool: "group_overview", acc: GROUP, has: ["冷轧厂", "北溟特钢"] }]),
  conv("en", ["who reports to Lu Mingyuan", { tool: "power_map", acc: GROUP, has: ["贾文涛"] }]),
  // People.
  conv(
    "en",
    ["who decides at the cold rolling mill", { tool: "power_map", acc: [COLDMILL], has: ["尹卫东"] }],
    ["who's he report to", { tool: "power_map", acc: [COLDMILL, BEIMING], has: ["鲁明远"] }],
  ),
  conv("en", ["hengchi - what did sun hao say last time", { tool: LAST_SAID, acc: [HENGCHI], has: ["孙浩", "睿视"] }]),
  conv("en", ["ruihong chasis - who's against us", { tool: "power_map", acc: [RUIHONG], has: ["汪琳"] }]),
  conv(
    "en",
    ["Jinglan Pharma key people", { tool: "power_map", acc: [JINGLAN], has: ["唐素云"] }],
    ["is the QA director on our side?", { tool: "power_map", acc: [JINGLAN], has: ["聂涛"] }],
  ),
  conv("en", ["is Zhan Bin still at Mingxu?", { tool: "power_map", acc: [MINGXU], has: ["詹斌", "left"] }]),
  conv("en", ["who can introduce me to Kang Zhenhua", { tool: "power_map", acc: [BEIMING], has: ["康振华"] }]),
  conv("en", ["Mr. Tang at Jinwan - when did we last see him", { tool: LAST_SAID, acc: [JINWAN], has: ["唐海鹏"] }]),
  conv("en", ["what did bai xue ask about", { tool: LAST_SAID, acc: [BEIMING], has: ["白雪"] }]),
  conv("en", ["who's the champion at Canglan?", { tool: "power_map", acc: [CANGLAN], has: ["符晓东|卢振宇"] }]),
  conv("en", ["Huo Na from Jinwan - what's her role", { tool: "power_map", acc: [JINWAN], has: ["霍娜"] }]),
  conv("en", ["who is Zhang Wei", { tool: ["none", "power_map", "find_accounts"], acc: [], has: ["Zhang Wei"] }]),
  conv(
    "en",
    ["when did we last contact dongju", { tool: "last_contact", acc: [DONGJU], has: ["11-17|Nov 17|November 17"] }],
    [
      "set a reminder tmrw to call Fang Jianguo",
      { tool: "add_action", card: "confirm", acc: [DONGJU], has: ["方建国"], args: { due: "2026-11-23" } },
    ],
  ),
  conv(
    "en",
    ["Kunyang additives", { tool: "account_overview", acc: [KUNYANG], has: ["鲲洋"] }],
    ["when did we last talk to them", { tool: "last_contact", acc: [KUNYANG], has: ["06-25|Jun 25|June 25"] }],
    [
      "remind me to call them next tuesday",
      { tool: "add_action", card: "confirm", acc: [KUNYANG], has: ["鲲洋"], args: { due: "2026-11-24" } },
    ],
  ),
  // Accounts by name, sloppy or misspelt.
  conv("en", ["whats up w/ hengchi", { tool: "account_overview", acc: [HENGCHI], has: ["恒驰"] }]),
  conv("en", ["CANGLAN CHEMICAL", { tool: "account_overview", acc: [CANGLAN], has: ["沧澜"] }]),
  conv("en", ["xingche auto electronic", { tool: "account_overview", acc: [XINGCHE], has: ["星澈"] }]),
  conv("en", ["tell me about zhenjiang water co", { tool: "account_overview", acc: [CHENGCHUAN], has: ["澄川"] }]),
  conv("en", ["Mingxu timeline", { tool: "account_timeline", acc: [MINGXU] }]),
  conv("en", [
    "whats new at beiming special steel",
    { tool: ["account_overview", "account_timeline"], acc: [SPECIAL], has: ["北溟特钢"] },
  ]),
  // Lists and filters.
  conv("en", ["accounts in Zhejiang", { tool: "find_accounts", has: ["东钜", "明煦", "星澈"], not: HIDDEN_EN }]),
  conv(
    "en",
    ["list my auto parts customers", { tool: "find_accounts", has: ["恒驰", "东钜", "瑞弘", "星澈"], not: HIDDEN_EN }],
    ["the second one - who's the decision maker", { tool: "power_map", acc: AUTO }],
  ),
  conv("en", ["chemical plants in my book", { tool: "find_accounts", has: ["沧澜", "明煦", "鲲洋"], not: HIDDEN_EN }]),
  conv("en", ["pharma accounts", { tool: "find_accounts", has: ["景岚"], not: HIDDEN_EN }]),
  conv("en", ["any accounts in tianjin?", { tool: "find_accounts", has: ["津湾"], not: HIDDEN_EN }]),
  conv("en", ["key accounts in Liaoning", { tool: "find_accounts", not: HIDDEN_EN }]),
  // Risks and staleness.
  conv(
    "en",
    ["which accounts are at risk", { tool: "at_risk_accounts", not: HIDDEN_EN }],
    ["why is the second one on the list", { tool: WHY_RISKY, acc: MINE }],
  ),
  conv("en", [
    "who haven't I talked to in a while",
    { tool: "stale_accounts", has: ["明煦", "星澈", "鲲洋"], not: HIDDEN_EN },
  ]),
  conv("en", [
    "which accounts have overdue payments",
    // "receivables" added in session 11: the tool did not exist when this was written, and it lists the same money.
    {
      tool: ["at_risk_accounts", "portfolio_kpis", "find_accounts", "receivables"],
      has: ["冷轧", "津湾"],
      not: HIDDEN_EN,
    },
  ]),
  conv("en", [
    "has jinwan paid the service invoice?",
    { tool: ["account_overview", "account_timeline"], acc: [JINWAN], has: ["140|14万"] },
  ]),
  conv("en", ["explain kunyang's score", { tool: "explain_score", acc: [KUNYANG] }]),
  // Deals, forecast, book.
  conv("en", ["pipeline closing before year end", { tool: "forecast", has: ["沧澜"], not: HIDDEN_EN }]),
  conv("en", ["forecast for december pls", { tool: "forecast", not: HIDDEN_EN }]),
  conv("en", ["how am I tracking against target", { tool: "attainment", not: HIDDEN_EN }]),
  conv("en", ["portfolio numbers", { tool: "portfolio_kpis", not: HIDDEN_EN }]),
  conv("en", [
    "brake disc vision deal at hengchi: where are we",
    { tool: ["account_overview", "forecast", "account_timeline"], acc: [HENGCHI], has: ["恒驰"] },
  ]),
  conv("en", [
    "jinglan vision deal - who are we up against",
    { tool: ["account_overview", "power_map", "forecast"], acc: [JINGLAN], has: ["睿视"] },
  ]),
  conv("en", [
    "liaohai lab - how's the training platform deal going",
    { tool: ["account_overview", "forecast", "account_timeline"], acc: [LIAOHAI], has: ["实训"] },
  ]),
  conv("en", [
    "compare Canglan, Mingxu and Kunyang",
    { tool: "compare_accounts", acc: CHEM, has: ["沧澜", "明煦", "鲲洋"] },
  ]),
  // Tenders.
  conv("en", ["any open tenders for my accounts?", { tool: "tender_matches", has: ["北溟", "澄川"] }]),
  conv("en", [
    "who won the beiming special steel vision inspection bid",
    { tool: ["tender_matches", "account_overview", "account_timeline"], acc: GROUP, has: ["睿视"] },
  ]),
  conv("en", [LIAOHAI_NOTICE, { tool: "parse_notice", has: ["辽海理工"] }]),
  // Writes.
  conv("en", [
    "log a call with Fu Xiaodong yesterday about the DCS shutdown window",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [CANGLAN],
      has: ["符晓东"],
      args: { kind: "call", date: "2026-11-21" },
    },
  ]),
  conv("en", [
    "remind me next tuesday to send Shi Lei the POC proposal",
    { tool: "add_action", card: "confirm", acc: [JINWAN], has: ["石磊"], args: { due: "2026-11-24" } },
  ]),
  conv("en", [
    "met Yin Liang at Chengchuan yesterday, log it",
    { tool: "log_interaction", card: "confirm", acc: [CHENGCHUAN], has: ["殷亮"], args: { date: "2026-11-21" } },
  ]),
  conv(
    "en",
    ["account plan for Jinwan", { tool: ["show_plan", "generate_plan"], acc: [JINWAN] }],
    ["save it", { tool: "save_plan", card: "confirm", acc: [JINWAN], has: ["津湾"] }],
  ),
  conv("en", ["what should I focus on this week", { tool: "my_week", not: HIDDEN_EN }]),
  conv("en", ["show my open actions", { tool: "list_actions", not: HIDDEN_EN }]),
  conv("en", ["briefing preview", { tool: "briefing_preview", not: HIDDEN_EN }]),
  // Not in the book, not rep1's, out of scope.
  conv("en", ["tell me about Acme Robotics", notFound("Acme Robotics")]),
  conv("en", [
    "tell me about Tingzhi Biopharma",
    { tool: ["none", "find_accounts"], acc: [], has: ["Tingzhi"], not: ["任思远", "苗苗"] },
  ]),
  conv("en", ["what's the weather in dalian tomorrow", { tool: "none", acc: [] }]),
  conv("en", ["thanks!", { tool: "none", acc: [] }]),
  // rep2 岳婷: 琅越座椅 and 汀芷制药 only.
  asUser("rep2", conv("en", ["my accounts", { tool: "find_accounts", has: ["琅越", "汀芷"], not: HIDDEN_FROM_REP2 }])),
  asUser("rep2", conv("en", ["deals closing this year", { tool: "forecast", has: ["琅越"], not: HIDDEN_FROM_REP2 }])),
]);
