// The fifth book in en, as the English-speaking team types it: pinyin, English aliases, lower case, typos, the two
// English-named accounts (Meridian in Singapore, Harbourview in Hong Kong). rep1 蒲俊峰's book (evals/books/jinsha); the
// clock is Sunday 2026-11-22: today 11-22, yesterday 11-21, tomorrow 11-23, next Tuesday 11-24. Names in replies stay
// as the book spells them (Chinese for the Chinese accounts). Every expectation is written by hand from the book's CSV
// files, never from a tool result.
import { asUser, conv, named } from "../conversation-types";
import {
  CHUHENG,
  DEAL,
  GROUP,
  HANBEI,
  HARBOURVIEW,
  HIDDEN_EN,
  HIDDEN_FROM_REP2,
  HONGYI,
  JINCHENG,
  LAST_SAID,
  MERIDIAN,
  notFound,
  STATIONS,
  XIANGWEI,
  YUGUAN,
  ZHANG,
} from "./jinsha-names";

const TIANZHONG_NOTICE = `got this off the tender site, does it fit any of my accounts?
驻马店市天中区疾病预防控制中心气相色谱仪采购项目竞争性磋商公告
2026-11-20
项目编号：ZMDTZ-2026-0093
项目名称：驻马店市天中区疾病预防控制中心气相色谱仪采购项目
预算金额（元）：420000
采购需求：气相色谱仪 1 台（配顶空进样器及FID/ECD检测器），含一年维保
提交响应文件截止时间：2026年12月11日 09:00（北京时间）
采购人信息：驻马店市天中区疾病预防控制中心，联系方式：田女士 0396-555-1402`;

export const JINSHA_EN = named("jinsha-en", [
  // The group and its members.
  conv(
    "en",
    ["Rongxue group overview", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["蓉雪"] }],
    ["which companies sit under it", { tool: "group_overview", acc: GROUP, has: ["眉山", "冰品"] }],
  ),
  // The Singapore lab (Meridian) and the Hong Kong food group (Harbourview).
  conv(
    "en",
    ["who decides at the Singapore lab", { tool: "power_map", acc: [MERIDIAN], has: ["Daniel Lim"] }],
    ["who reports to him", { tool: "power_map", acc: [MERIDIAN], has: ["Priya Raman", "Jason Koh"] }],
  ),
  conv(
    "en",
    [
      "has meridian paid the service invoice?",
      { tool: ["account_overview", "account_timeline"], acc: [MERIDIAN], has: ["240|24万"] },
    ],
    ["what did Jason say about it", { tool: LAST_SAID, acc: [MERIDIAN], has: ["PO"] }],
  ),
  conv(
    "en",
    [
      "the HK food group - when did we last talk to them",
      { tool: "last_contact", acc: [HARBOURVIEW], has: ["Sep 2|September 2|09-02"] },
    ],
    ["is alan ho still there", { tool: "power_map", acc: [HARBOURVIEW], has: ["Alan Ho", "left"] }],
    [
      "ok remind me to call Kenneth Wong tmrw",
      { tool: "add_action", card: "confirm", acc: [HARBOURVIEW], has: ["Kenneth Wong"], args: { due: "2026-11-23" } },
    ],
  ),
  conv("en", [
    "my accounts in singapore and hong kong",
    { tool: "find_accounts", has: ["Meridian", "Harbourview"], not: HIDDEN_EN },
  ]),
  // Chinese accounts asked in English.
  conv(
    "en",
    [
      "whats the latest with chengdu cdc",
      { tool: ["account_overview", "account_timeline"], acc: [JINCHENG], has: ["锦城"], not: ["马文军"] },
    ],
    ["who replaced Wu Hai", { tool: "power_map", acc: [JINCHENG], has: ["覃晓"] }],
  ),
  conv(
    "en",
    ["Hongyi CRO - where's the LC-MS deal", { tool: DEAL, acc: [HONGYI], has: ["泓屹"] }],
    ["who's our champion there", { tool: "power_map", acc: [HONGYI], has: ["薛婷婷|易宏"] }],
  ),
  conv(
    "en",
    [
      "Mr Zhang - what did we talk about last time",
      { card: "choices", acc: ZHANG, has: ["张立新|楚衡", "张美华|湘味"] },
    ],
    ["the Hubei one", { tool: LAST_SAID, acc: [CHUHENG], has: ["张立新"], not: ["张美华"] }],
  ),
  // Lists.
  conv("en", ["accounts in hubei", { tool: "find_accounts", has: ["楚衡", "汉北", "泓屹"], not: HIDDEN_EN }]),
  conv(
    "en",
    [
      "which environmental monitoring stations do I cover",
      { tool: "find_accounts", has: ["汉北", "渌江"], not: HIDDEN_EN },
    ],
    ["the second one - who's the station head", { tool: "power_map", acc: STATIONS }],
  ),
  conv("en", [
    "which accounts have gone quiet",
    { tool: "stale_accounts", has: ["渌江", "湘味", "Harbourview"], not: HIDDEN_EN },
  ]),
  conv("en", [
    "overdue invoices?",
    // "receivables" added in session 11: the tool did not exist when this was written, and it lists the same money.
    {
      tool: ["at_risk_accounts", "portfolio_kpis", "find_accounts", "receivables"],
      has: ["楚衡", "Meridian"],
      not: HIDDEN_EN,
    },
  ]),
  // Deals and scores.
  conv("en", [
    "why did we lose the water stations at hanbei",
    { tool: ["account_overview", "account_timeline", "tender_matches"], acc: [HANBEI], has: ["汇测"] },
  ]),
  conv("en", ["pipeline closing this year", { tool: "forecast", has: ["泓屹", "Meridian"], not: HIDDEN_EN }]),
  conv("en", ["explain the score for xiangweifang", { tool: "explain_score", acc: [XIANGWEI] }]),
  conv("en", [
    "meridian deal slipped to january, pls update it",
    { card: "confirm", acc: [MERIDIAN], has: ["Meridian"] },
  ]),
  // Tenders.
  conv("en", ["any open tenders for my accounts?", { tool: "tender_matches", has: ["锦城", "豫关"] }]),
  conv("en", [
    "does the yuguan tender require domestic instruments?",
    { tool: ["tender_matches", "account_overview"], acc: [YUGUAN], has: ["国产|domestic"] },
  ]),
  conv("en", [TIANZHONG_NOTICE, { tool: "parse_notice", has: ["天中", "12-11|Dec 11|December 11|12月11日"] }]),
  // Writes.
  conv("en", [
    "log a visit w/ Priya Raman yesterday, went through the quote for 2 units",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [MERIDIAN],
      has: ["Priya Raman"],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("en", [
    "remind me next tuesday to send xue tingting the contract draft",
    { tool: "add_action", card: "confirm", acc: [HONGYI], has: ["薛婷婷"], args: { due: "2026-11-24" } },
  ]),
  conv("en", ["what should I focus on this week", { tool: "my_week", not: HIDDEN_EN }]),
  // Not in the book, not rep1's.
  conv("en", ["tell me about Pacific Biolabs", notFound("Pacific Biolabs")]),
  conv("en", [
    "Jinfeng University - how's the ICP-MS deal going",
    { tool: ["none", "find_accounts"], acc: [], has: ["Jinfeng"], not: ["杨柏林", "龙晓"] },
  ]),
  // rep2 向怡: 缙峰大学 and 伏牛检测 only.
  asUser("rep2", conv("en", ["my accounts", { tool: "find_accounts", has: ["缙峰", "伏牛"], not: HIDDEN_FROM_REP2 }])),
  asUser(
    "rep2",
    conv("en", [
      "what's up with Meridian",
      { tool: ["none", "find_accounts"], acc: [], has: ["Meridian"], not: ["Daniel Lim", "Priya", "Jason Koh"] },
    ]),
  ),
]);
