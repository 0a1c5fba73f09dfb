// English conversations over the third book (evals/books/yunshan), written by hand from its CSV files before the book
// was ever played, by someone who had not read the understanding code. Measured only (see the book's README).
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  BAIHUA,
  GANCHENG,
  GRAIN,
  GROUP,
  HEITU,
  HIDDEN_EN,
  HUINONG,
  JINSUI,
  JXDA,
  KEQIN,
  MAIXIANG,
  MUGE,
  NENJIANG,
  NEXT,
  notFound,
  POHU,
  WHY_RISKY,
  WUCHANG,
  XILIN,
  YUFENG,
} from "./yunshan-names";

export const YUNSHAN_EN: Conversation[] = named("yunshan-en", [
  // 01
  conv(
    "en",
    ["hows heitu group doing", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["Heitu|黑土"] }],
    ["when's their tender due", { tool: "tender_matches", acc: [HEITU], has: ["黑土|Heitu"] }],
  ),
  // 02
  conv(
    "en",
    ["who calls the shots at muge dairy", { tool: "power_map", acc: [MUGE], has: ["巴特尔"] }],
    ["and their buyer?", { tool: "power_map", acc: [MUGE], has: ["苏日娜"] }],
  ),
  // 03
  conv("en", ["why is baihua scored so low", { tool: "explain_score", acc: [BAIHUA], has: ["Baihua|白桦"] }]),
  // 04
  conv("en", [
    "list my accounts in henan",
    { tool: "find_accounts", has: ["Maixiang|麦香", "Yufeng|豫丰", "Huinong|惠农"], not: HIDDEN_EN },
  ]),
  // 05
  conv("en", [
    "which accounts havent i touched in 2 months",
    {
      tool: ["stale_accounts", "find_accounts"],
      has: ["Xilin|锡林", "Yufeng|豫丰", "Pohuxian|鄱湖鲜"],
      not: HIDDEN_EN,
    },
  ]),
  // 06
  conv("en", [
    "what's closing in december",
    { tool: "forecast", has: ["Maixiang|麦香", "Jinsui|金穗"], not: HIDDEN_EN },
  ]),
  // 07
  conv("en", [
    "saw Zhang at huinong coop yesterday, he test flew the drone and liked the battery life. log it",
    { tool: "log_interaction", acc: [HUINONG], card: "confirm", has: ["张富贵"], args: { kind: "visit" } },
  ]),
  // 08
  conv("en", [
    "remind me to call Hao Jing at maixiang next tuesday about the cold store sensor points",
    { tool: "add_action", acc: [MAIXIANG], card: "confirm", has: ["郝静"] },
  ]),
  // 09
  conv("en", ["any news on Keqin Cattle?", { tool: ["none", "find_accounts"], acc: [], not: [KEQIN, "敖其尔"] }]),
  // 10
  conv("en", ["pull up Golden Prairie Foods", notFound("Golden Prairie Foods")]),
  // 11
  conv(
    "en",
    ["hey there", { tool: "none", acc: [] }],
    ["whats on my plate this week", { tool: ["my_week", "list_actions"], not: HIDDEN_EN }],
  ),
  // 12
  conv("en", ["what's the capital of mongolia", { tool: "none", acc: [] }]),
  // 13
  conv(
    "en",
    ["show me the whole heitu group together", { tool: "group_overview", acc: GROUP, has: ["Wuchang|五常"] }],
    [
      "which of them owes us money",
      { tool: ["group_overview", "account_overview"], acc: GROUP, has: ["Wuchang|五常"] },
    ],
  ),
  // 14
  conv("en", [
    "compare jinsui vs yufeng seeds",
    { tool: "compare_accounts", acc: [JINSUI, YUFENG], has: ["Jinsui|金穗", "Yufeng|豫丰"] },
  ]),
  // 15
  conv("en", ["which of my accounts are at risk", { tool: "at_risk_accounts", not: HIDDEN_EN }]),
  // 16
  conv(
    "en",
    ["build an account plan for jinsui", { tool: "generate_plan", acc: [JINSUI], has: ["Jinsui|金穗"] }],
    ["ok save it", { tool: "save_plan", acc: [JINSUI], card: "confirm" }],
  ),
  // 17
  conv("en", [
    "any tenders that fit us lately?",
    { tool: "tender_matches", has: ["Jiangxi|江西", "Heitu|黑土"], not: HIDDEN_EN },
  ]),
  // 18
  conv("en", [
    "who won the baihua cold chain bid",
    { tool: ["tender_matches", "account_overview"], acc: [BAIHUA], has: ["禾田|Hetian"] },
  ]),
  // 19
  conv(
    "en",
    [
      "who runs IT at the jiangxi agriculture dept",
      { tool: ["power_map", "account_overview"], acc: [JXDA], has: ["欧阳敏"] },
    ],
    ["is she on our side", { tool: "power_map", acc: [JXDA], has: ["support"] }],
  ),
  // 20
  conv("en", [
    "is Niu still the purchasing guy at yufeng",
    { tool: ["power_map", "account_overview"], acc: [YUFENG], has: ["牛建军", "left|no longer"] },
  ]),
  // 21
  conv("en", [
    "last time we spoke to mixiang foods?",
    { tool: ["last_contact", "account_timeline", "account_overview"], acc: [MAIXIANG], has: ["郝静"] },
  ]),
  // 22
  conv("en", [
    "show me the dairy accounts",
    { tool: "find_accounts", has: ["Muge|牧歌", "Baihua|白桦"], not: HIDDEN_EN },
  ]),
  // 23
  conv("en", [
    "cooperatives in my book?",
    { tool: "find_accounts", has: ["Xilin|锡林", "Huinong|惠农"], not: HIDDEN_EN },
  ]),
  // 24
  conv("en", ["how am i tracking against target", { tool: ["attainment", "portfolio_kpis"] }]),
  // 25
  conv("en", ["preview my weekly briefing", { tool: "briefing_preview" }]),
  // 26
  asUser(
    "manager",
    conv("en", [
      "what's the team closing in december",
      { tool: "forecast", has: ["Nenjiangyuan|嫩江源", "Maixiang|麦香"] },
    ]),
  ),
  // 27
  conv("en", ["timeline for muge dairy pls", { tool: "account_timeline", acc: [MUGE], has: ["其其格"] }]),
  // 28
  conv("en", [
    "had a call with Lv at heitu grain on friday, the false alarm thing in the cold store is fixed",
    { tool: "log_interaction", acc: [GRAIN], card: "confirm", has: ["吕晓楠"], args: { kind: "call" } },
  ]),
  // 29
  conv("en", [
    "set up a visit to wuchang farm tomorrow to see the farm director",
    { tool: "add_action", acc: [WUCHANG], card: "confirm", has: ["王德顺"] },
  ]),
  // 30
  conv("en", ["next steps for pohuxian?", { tool: NEXT, acc: [POHU] }]),
  // 31
  conv("en", [
    "Liu who runs jinsui's breeding institute is cold on us. who could introduce me",
    { tool: "power_map", acc: [JINSUI], has: ["宋玉林|陈思琪"] },
  ]),
  // 32
  conv("en", ["what do you know about Sunrise Dairy", notFound("Sunrise Dairy")]),
  // 33
  conv("en", [
    "score breakdown for gancheng orchards",
    { tool: "explain_score", acc: [GANCHENG], has: ["Gancheng|赣橙"] },
  ]),
  // 34
  conv(
    "en",
    ["who's the GM at baihua", { tool: ["power_map", "account_overview"], acc: [BAIHUA], has: ["姚振东"] }],
    ["and the tech director, where does he stand", { tool: "power_map", acc: [BAIHUA], has: ["孔德明", "oppos"] }],
  ),
  // 35
  conv(
    "en",
    ["why's xilin coop flagged", { tool: WHY_RISKY, acc: [XILIN], has: ["Xilin|锡林"] }],
    ["thx thats all", { tool: "none", acc: [] }],
  ),
  // 36
  conv("en", [
    "does heitu grain have anything open with us",
    { tool: ["account_overview", "forecast"], acc: [GRAIN], has: ["冷库|cold"] },
  ]),
  // 37
  conv("en", [
    "nenjiangyuan soybean coop - who's the chairman there",
    { tool: ["none", "find_accounts"], acc: [], not: [NENJIANG, "隋长河"] },
  ]),
  // 38
  conv("en", [
    "compare muge and baihua dairy",
    { tool: "compare_accounts", acc: [MUGE, BAIHUA], has: ["Muge|牧歌", "Baihua|白桦"] },
  ]),
]);
