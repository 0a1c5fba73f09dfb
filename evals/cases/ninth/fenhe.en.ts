// English conversations over the ninth book (evals/books/fenhe): measured-only, written by hand from the CSV files.
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  BZ,
  day,
  ERD,
  GOBI,
  HG,
  JSL,
  JYSD,
  KSS,
  money,
  NF_EN,
  PRI,
  PY,
  QJ,
  RFC,
  RFP,
  SRT,
  XY,
  XYJ,
  XYM,
  ZZ,
} from "./names";

const OOS = { tool: "none", acc: [] };

export const FENHE_EN: Conversation[] = named("ninth-en", [
  conv(
    "en",
    ["how's Ruifeng Coal doing", { tool: "account_overview", acc: [RFC], has: [`${RFC}|瑞丰煤业|Ruifeng Coal`] }],
    ["who's their safety VP", { acc: [RFC], has: ["郝建平|Hao Jianping"] }],
  ),
  conv("en", ["ruifeng - any news?", { card: "choices", acc: [RFC, RFP] }]),
  conv("en", ["who makes the call at Erdene", { acc: [ERD], has: ["Bat-Erdene"] }]),
  conv(
    "en",
    ["pilbara ridge - has anyone left?", { acc: [PRI], has: ["Liam Walsh"] }],
    ["and the GM ops, where does she stand", { acc: [PRI], has: ["Fiona Gallagher", "neutral|Neutral"] }],
  ),
  conv("en", ["KSS overdue invoice?", { acc: [KSS], has: [money(280000)] }]),
  conv("en", [
    "log a call with Aigerim today: she's ok with Russian training materials",
    { tool: "log_interaction", acc: [KSS], card: "confirm" },
  ]),
  conv("en", [
    "remind me tomorrow to send Fiona the fleet trial proposal",
    { tool: "add_action", acc: [PRI], card: "confirm", args: { due: "2026-11-23" } },
  ]),
  conv("en", [
    "Erdene deal - push the close date to Dec 30",
    { tool: "update_opportunity", acc: [ERD], card: "confirm" },
  ]),
  conv("en", [
    "which of my deals is Sentinel Safety in",
    { tool: "competitor_deals", has: ["Pilbara"], not: ["Swan River"] },
  ]),
  conv(
    "en",
    ["BZSS - how much do they owe us", { acc: [BZ], has: [money(520000)] }],
    ["who should I chase for it", { acc: [BZ], has: ["武文斌|Wu Wenbin|阎振华|Yan Zhenhua"] }],
  ),
  conv("en", ["Haigang Steel, who's in procurement", { acc: [HG], has: ["邢娜|Xing Na"] }]),
  conv("en", [
    "list my accounts in Inner Mongolia",
    {
      tool: ["find_accounts", "resolve_region"],
      has: ["金沙梁|Jinshaliang", "北辰|Beichen", "阴山|Yinshan"],
      not: ["库布其", "Kubuqi"],
    },
  ]),
  conv("en", [
    "show me my overseas accounts",
    { has: ["Erdene", "Karaganda", "Pilbara"], not: ["Gobi", "Swan River", "Tuul"] },
  ]),
  conv("en", ["any accounts I haven't touched in ages?", { tool: "stale_accounts", has: ["平阳|Pingyang"] }]),
  conv("en", [
    "what tenders match my accounts",
    { tool: "tender_matches", has: ["鑫岳|Xinyue"], not: ["晋豫", "Jinyu"] },
  ]),
  conv("en", ["Swan River Tunnelling status?", { acc: [], has: [NF_EN], not: ["James Whitfield"] }]),
  conv("en", ["Fenghuangshan Coal - when does their deal close", { acc: [], has: [NF_EN] }]),
  conv("en", [
    "xinyue group - which subsidiaries do they have",
    { tool: "group_overview", acc: [XY, XYJ, XYM], has: ["鑫岳焦化|Xinyue Coking", "鑫岳甲醇|Xinyue Methanol"] },
  ]),
  conv("en", [
    "who can get me in front of Hou Jianhua at Xinyue Methanol",
    { acc: [XYM, XY], has: ["康文静|Kang Wenjing"] },
  ]),
  conv("en", ["forecast for December?", { tool: "forecast" }]),
  conv("en", [
    "compare Erdene and Pilbara Ridge",
    { tool: "compare_accounts", acc: [ERD, PRI], has: ["Erdene", "Pilbara"] },
  ]),
  conv("en", ["why does Qianjin Mine score like that", { tool: "explain_score", acc: [QJ] }]),
  conv("en", ["Zezhou training deal, what stage", { acc: [ZZ], has: ["negotiation|Negotiation"] }]),
  conv("en", ["give me an overview of Acme Mining", { acc: [], has: [NF_EN] }]),
  conv("en", ["book me a flight to Perth tomorrow", OOS]),
  conv("en", ["when did I last talk to Anjali Menon", { acc: [PRI], has: [day(11, 16)] }]),
  conv("en", [
    "jinshaliang deal - value and who we're up against",
    { acc: [JSL], has: [money(1900000), "煤安科创|Meian|煤安"] },
  ]),
  conv("en", ["what's on my plate this week", { tool: "my_week" }]),
  conv("en", [
    "which deals did we lose to Anruida",
    { tool: "competitor_deals", has: ["阴山|Yinshan"], not: ["上党", "Shangdang"] },
  ]),
  conv("en", ["when did I last see Mr Wang", { card: "choices", acc: [ZZ, QJ], not: ["王立新", "Wang Lixin"] }]),
  conv("en", [
    "set a reminder: visit Bat-Erdene in Ulaanbaatar on Dec 8",
    { tool: "add_action", acc: [ERD], card: "confirm", args: { due: "2026-12-08" } },
  ]),
  conv("en", [
    "Pingyang Coking - who did we last meet there and when",
    { acc: [PY], has: ["景建国|Jing Jianguo", day(4, 8)] },
  ]),
  asUser("manager", conv("en", ["what's in the pipeline at Gobi Copper", { acc: [GOBI], has: [money(800000)] }])),
  asUser("manager", conv("en", ["Central Shanxi Intercity Rail overview", { acc: [], has: [NF_EN], not: ["王立新"] }])),
  asUser("rep2", conv("en", ["Gobi Copper - how many detectors does Enkhbayar want", { acc: [GOBI], has: ["200"] }])),
  asUser("rep3", conv("en", ["who are we up against at Swan River", { acc: [SRT], has: ["Sentinel"] }])),
  asUser(
    "rep3",
    conv("en", ["Jinyu tunnel tender deadline?", { tool: "tender_matches", acc: [JYSD], has: [day(12, 10)] }]),
  ),
]);
