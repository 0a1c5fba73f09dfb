// The sixth book in en, as the English-speaking team types it: pinyin, English aliases, lower case, typos, the
// English-named account (Karri Ridge in Perth) and Chinese accounts described in English. rep1 佟海涛's book
// (evals/books/tieling); the clock is Sunday 2026-11-22: today 11-22, yesterday 11-21, tomorrow 11-23, next Tuesday
// 11-24. Names in replies stay as the book spells them (Chinese for the Chinese accounts). Written before the book was
// ever played: every expectation is written by hand from the book's CSV files, never from a tool result.
import { asUser, conv, named } from "../conversation-types";
import {
  DEAL,
  FENGYAN,
  GLASS,
  GROUP,
  HIDDEN_EN,
  HIDDEN_FROM_REP2,
  KARRI,
  LAST_SAID,
  LIU,
  notFound,
  SAILAN,
  SHILOUGOU,
  SHUOFANG,
  TENDER,
  WUWEI,
  ZHAOJUN,
} from "./tieling-names";

const ZHAOJUN_NOTICE = `saw this on the procurement site, is it one of mine?
内蒙古昭君机场管理有限公司航站楼能源管理平台采购项目询价公告
2026-11-19
项目编号：ZJJC-2026-0112
项目名称：内蒙古昭君机场管理有限公司航站楼能源管理平台采购项目
预算金额（元）：1000000
采购需求：航站楼能源管理平台 1 套，含冷热源、照明及行李系统能耗采集，物联网关 40 台，一年运维
提交响应文件截止时间：2026年12月3日 10:00（北京时间）
采购人信息：内蒙古昭君机场管理有限公司，联系方式：吴先生 0471-555-1102`;

export const TIELING_EN = named("tieling-en", [
  // The coal group and its two mines.
  conv(
    "en",
    ["Fenyu group overview", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["汾峪"] }],
    ["which mines sit under it", { tool: "group_overview", acc: GROUP, has: ["石楼沟", "乌兰壕"] }],
  ),
  // The Perth mining services firm (Karri Ridge).
  conv(
    "en",
    ["who calls the shots at the Perth guys", { tool: "power_map", acc: [KARRI], has: ["Liam Fraser"] }],
    ["who reports to him", { tool: "power_map", acc: [KARRI], has: ["Sophie Tran", "Chloe Bennett"] }],
  ),
  conv(
    "en",
    [
      "has karri ridge paid the O&M invoice?",
      { tool: ["account_overview", "account_timeline"], acc: [KARRI], has: ["180|18万"] },
    ],
    ["what did Chloe say about it", { tool: LAST_SAID, acc: [KARRI], has: ["purchase order"] }],
  ),
  conv(
    "en",
    [
      "the aussie mining services firm - when did we last talk to them",
      { tool: "last_contact", acc: [KARRI], has: ["Nov 19|November 19|11-19"] },
    ],
    ["is mark dawson still there", { tool: "power_map", acc: [KARRI], has: ["Mark Dawson", "left"] }],
    [
      "ok remind me to call Sophie Tran tmrw about backhaul pricing",
      { tool: "add_action", card: "confirm", acc: [KARRI], has: ["Sophie Tran", "Karri"], args: { due: "2026-11-23" } },
    ],
  ),
  // Chinese accounts asked in English.
  conv(
    "en",
    [
      "whats the latest with the railway depot in wuwei",
      { tool: ["account_overview", "account_timeline"], acc: [WUWEI], has: ["武威"] },
    ],
    ["who replaced Jiang Tao", { tool: "power_map", acc: [WUWEI], has: ["许文博"] }],
  ),
  conv(
    "en",
    ["Sailan Gas - where's the security hardening deal", { tool: DEAL, acc: [SAILAN], has: ["塞澜"] }],
    ["who's our champion there", { tool: "power_map", acc: [SAILAN], has: ["金晓东|杨帆"] }],
  ),
  conv(
    "en",
    ["Mr Liu - what did we discuss last time", { card: "choices", acc: LIU, has: ["刘志远|峰岩", "刘海燕|冰澄"] }],
    ["the cement one", { tool: LAST_SAID, acc: [FENGYAN], has: ["刘志远"], not: ["刘海燕"] }],
  ),
  // Lists.
  conv(
    "en",
    ["which glass makers do I cover", { tool: "find_accounts", has: ["渭曦", "冰澄"], not: HIDDEN_EN }],
    ["the first one - who's in charge there", { tool: "power_map", acc: GLASS }],
  ),
  conv("en", [
    "which accounts have gone quiet",
    { tool: "stale_accounts", has: ["昭君", "陇穗", "冰澄"], not: HIDDEN_EN },
  ]),
  // Deals and scores.
  conv("en", [
    "why did we lose the substation security assessment at the grid",
    { tool: ["account_overview", "account_timeline", "tender_matches"], acc: [SHUOFANG], has: ["安域"] },
  ]),
  conv("en", ["deals closing this year", { tool: "forecast", has: ["石楼沟", "Karri"], not: HIDDEN_EN }]),
  conv("en", ["explain the score for the airport", { tool: "explain_score", acc: [ZHAOJUN] }]),
  conv("en", [
    "karri ridge rollout slipped to feb, pls update the deal",
    { card: "confirm", acc: [KARRI], has: ["Karri"] },
  ]),
  // Tenders.
  conv("en", [
    "any open tenders for my accounts?",
    { tool: "tender_matches", has: ["朔方|电网|Shuofang", "塞澜|Sailan"] },
  ]),
  conv("en", [
    "does the grid gateway tender accept imported kit?",
    { tool: TENDER, acc: [SHUOFANG], has: ["国产|进口|domestic|import"] },
  ]),
  conv("en", [ZHAOJUN_NOTICE, { tool: "parse_notice", has: ["昭君", "12-03|Dec 3|December 3|12月3日"] }]),
  // Writes.
  conv("en", [
    "log a call with Sophie Tran yesterday, went over satellite backhaul options",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [KARRI],
      has: ["Sophie Tran", KARRI],
      args: { kind: "call", date: "2026-11-21" },
    },
  ]),
  conv("en", [
    "remind me next tuesday to send qin haibo the pilot plan",
    { tool: "add_action", card: "confirm", acc: [SHILOUGOU], has: ["秦海波", "石楼沟"], args: { due: "2026-11-24" } },
  ]),
  // Not in the book, not rep1's.
  conv("en", ["tell me about Northern Star Brewing", notFound("Northern Star Brewing")]),
  conv("en", [
    "Beiyuan Thermal Power - how's the SCADA deal",
    { tool: ["none", "find_accounts"], acc: [], has: ["Beiyuan"], not: ["郑凯", "林晓"] },
  ]),
  // rep2 喻可欣: 延澄化工 and 北垣热电 only.
  asUser("rep2", conv("en", ["my accounts", { tool: "find_accounts", has: ["延澄", "北垣"], not: HIDDEN_FROM_REP2 }])),
  asUser(
    "rep2",
    conv("en", [
      "what's up with Karri Ridge",
      { tool: ["none", "find_accounts"], acc: [], has: ["Karri"], not: ["Liam Fraser", "Sophie", "Chloe"] },
    ]),
  ),
]);
