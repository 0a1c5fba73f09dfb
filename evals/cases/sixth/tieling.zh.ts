// The sixth book in zh, as account managers type it: short names, typos, pinyin and English mixed in, descriptions
// instead of names, pronouns, corrections and picks. rep1 佟海涛's book (evals/books/tieling); the clock is Sunday
// 2026-11-22: 今天 11-22, 昨天 11-21, 明天 11-23, 下周二 11-24. Written before the book was ever played, never tuned
// to: every expectation is written by hand from the book's CSV files: people, titles and reporting lines from
// contacts.csv, what was said from interactions.csv, deals from opportunities.csv, unpaid orders from orders.csv
// (康岳 R12 160000 due 10-01, Karri Ridge R21 180000 due 10-15), tenders from notices/.
import { asUser, conv, named } from "../conversation-types";
import {
  BINGCHENG,
  DEAL,
  FENGYAN,
  FENYU,
  GANSU,
  GLASS,
  GROUP,
  HIDDEN,
  KANGYUE,
  KARRI,
  LAST_SAID,
  LIU,
  LONGSUI,
  MINE,
  NEXT,
  notFound,
  SAILAN,
  SHILOUGOU,
  SHUOFANG,
  SONGLAN,
  TENDER,
  WEIXI,
  WHY_RISKY,
  WULANHAO,
  WUWEI,
  YANCHENG,
} from "./tieling-names";

const KANGYUE_NOTICE = `这个公告帮我看下 跟咱们有关系没
西安康岳医院后勤服务有限公司医院能源托管平台采购项目竞争性磋商公告
2026-11-20
项目编号：KYHQ-2026-0047
项目名称：西安康岳医院后勤服务有限公司医院能源托管平台采购项目
预算金额（元）：800000
采购需求：医院能源托管平台 1 套，覆盖三家院区锅炉房、冷站及配电房能耗监测，含物联网关、数据平台及一年运维
提交响应文件截止时间：2026年12月10日 09:30（北京时间）
采购人信息：西安康岳医院后勤服务有限公司，西安市雁塔区含光南路 218 号，联系方式：曹女士 029-555-0826`;

export const TIELING_ZH = named("tieling-zh", [
  // The group 汾峪煤业集团 and its two mines 石楼沟 (山西吕梁) and 乌兰壕 (内蒙古鄂尔多斯).
  conv(
    "zh",
    ["汾峪集团最近咋样", { tool: ["account_overview", "group_overview"], acc: GROUP, has: ["汾峪"] }],
    ["下面几个矿都列一下", { tool: "group_overview", acc: GROUP, has: ["石楼沟", "乌兰壕"] }],
  ),
  conv(
    "zh",
    ["挖煤的那个集团 连着底下的矿一块过一遍", { tool: "group_overview", acc: GROUP, has: ["石楼沟", "乌兰壕"] }],
    ["内蒙那个矿谁拍板", { tool: "power_map", acc: [WULANHAO], has: ["巴特尔"] }],
    ["他上头是谁", { tool: "power_map", acc: [WULANHAO, FENYU], has: ["武立军"] }],
  ),
  conv(
    "zh",
    ["吕梁那个矿 谁在给咱使绊子", { tool: "power_map", acc: [SHILOUGOU], has: ["吕强"] }],
    ["他为啥不站我们这边", { tool: LAST_SAID, acc: [SHILOUGOU], has: ["华拓"] }],
  ),
  // People: who decides, who reports to whom, who left, whom next.
  conv(
    "zh",
    ["武威机务段谁说了算", { tool: "power_map", acc: [WUWEI], has: ["马德胜"] }],
    ["信息技术科现在谁负责", { tool: "power_map", acc: [WUWEI], has: ["许文博"] }],
    ["之前那个蒋涛呢", { tool: "power_map", acc: [WUWEI], has: ["蒋涛", "离职|离开|调离"] }],
  ),
  // Two 刘总, both 总经理: 峰岩水泥's 刘志远 (宁夏) and 冰澄玻璃's 刘海燕 (黑龙江).
  conv(
    "zh",
    ["刘总上次说啥了", { card: "choices", acc: LIU, has: ["刘志远|峰岩", "刘海燕|冰澄"] }],
    ["宁夏那个", { tool: LAST_SAID, acc: [FENGYAN], has: ["刘志远"], not: ["刘海燕"] }],
  ),
  conv(
    "zh",
    ["渭曦玻璃的杜鹏管啥的", { tool: "power_map", acc: [WEIXI], has: ["杜鹏", "设备动力部"] }],
    ["他老板是谁", { tool: "power_map", acc: [WEIXI], has: ["韦春生"] }],
  ),
  conv("zh", ["康岳那边谁跟我们不对付", { tool: "power_map", acc: [KANGYUE], has: ["陶明"] }]),
  conv("zh", ["塞澜燃气下一步该去找谁", { tool: NEXT, acc: [SAILAN], has: ["虎永福|金晓东|杨帆|苏敏"] }]),
  // Last contact and timeline.
  conv(
    "zh",
    ["沈洁上回说了啥", { tool: LAST_SAID, acc: [FENGYAN], has: ["320"] }],
    ["那孔祥呢", { tool: LAST_SAID, acc: [FENGYAN], has: ["5%"] }],
  ),
  conv("zh", ["机务段的动态按时间给我捋一遍", { tool: "account_timeline", acc: [WUWEI], has: ["许文博|顾丽|马德胜"] }]),
  conv(
    "zh",
    ["乌兰壕的高志刚上次聊的啥", { tool: LAST_SAID, acc: [WULANHAO], has: ["运维"] }],
    [
      "不对 我说的是石楼沟的秦海波",
      { tool: LAST_SAID, acc: [SHILOUGOU], has: ["秦海波", "试点|防爆"], not: ["高志刚"] },
    ],
  ),
  // Deals: pipeline, stage, lost and why, competitors, forecast, an update.
  conv("zh", ["帮我看下fengyan的pipeline", { tool: DEAL, acc: [FENGYAN], has: ["能源管理"] }]),
  conv("zh", ["石楼钩那单到哪一步了", { tool: DEAL, acc: [SHILOUGOU], has: ["石楼沟", "谈判"] }]),
  conv("zh", [
    "冰澄的网关单子当时咋丢的",
    { tool: ["account_overview", "account_timeline"], acc: [BINGCHENG], has: ["华拓"] },
  ]),
  conv("zh", ["今年输给华拓的单子有哪些", { has: ["武威|机务段", "冰澄"], not: HIDDEN }]),
  conv("zh", ["安域在跟咱们抢哪几个单", { has: ["武威|机务段", "塞澜"], not: HIDDEN }]),
  conv("zh", ["年底前能落地的单子有哪些", { tool: "forecast", has: ["石楼沟", "峰岩"], not: HIDDEN }]),
  conv("zh", ["峰岩那单谈妥了 价格降到114万 下周签", { card: "confirm", acc: [FENGYAN], has: ["峰岩"] }]),
  // Lists: regions, industries, tiers, descriptions.
  conv(
    "zh",
    ["甘肃的客户有哪些", { tool: "find_accounts", has: ["机务段", "朔方", "陇穗"], not: HIDDEN }],
    ["第三个展开说说", { tool: "account_overview", acc: GANSU }],
  ),
  conv("zh", ["陕西那边几个客户", { tool: "find_accounts", has: ["渭曦", "康岳"], not: HIDDEN }]),
  conv("zh", ["做玻璃的客户列一下", { tool: "find_accounts", has: ["渭曦", "冰澄"], not: HIDDEN }]),
  conv("zh", [
    "黑龙江最大的那个客户最近怎么样",
    { tool: ["account_overview", "find_accounts"], acc: [SONGLAN], has: ["松澜"] },
  ]),
  conv("zh", ["S级客户有哪些", { tool: ["find_accounts", "portfolio_kpis"], not: HIDDEN }]),
  // Risk, staleness, unpaid orders.
  conv(
    "zh",
    ["哪些客户有流失风险", { tool: "at_risk_accounts", not: HIDDEN }],
    ["第一个咋回事", { tool: WHY_RISKY, acc: MINE }],
  ),
  conv("zh", ["好久没跟进的客户有哪些", { tool: "stale_accounts", has: ["昭君", "陇穗", "冰澄"], not: HIDDEN }]),
  conv("zh", [
    "哪几家回款超期了",
    { tool: ["at_risk_accounts", "portfolio_kpis", "find_accounts"], has: ["康岳", "Karri"], not: HIDDEN },
  ]),
  conv("zh", ["那个啤酒厂是不是快黄了", { tool: [...WHY_RISKY, "account_timeline"], acc: [LONGSUI], has: ["陇穗"] }]),
  // Two glass factories: 渭曦 (陕西) and 冰澄 (黑龙江).
  conv(
    "zh",
    ["玻璃厂最近怎么样", { card: "choices", acc: GLASS, has: ["渭曦", "冰澄"] }],
    ["第二个", { tool: ["account_overview", "account_timeline"], acc: GLASS }],
  ),
  // Tenders.
  conv("zh", ["最近有啥标能投", { tool: "tender_matches", has: ["朔方|电网", "塞澜"] }]),
  conv("zh", ["电网那个网关的标哪天截", { tool: TENDER, acc: [SHUOFANG], has: ["12月8日|12-08"] }]),
  conv("zh", ["塞澜那个等保项目有啥资质门槛", { tool: TENDER, acc: [SAILAN], has: ["等保三级|安全集成"] }]),
  conv("zh", [KANGYUE_NOTICE, { tool: "parse_notice", has: ["康岳", "12月10日|12-10"] }]),
  // Writes.
  conv("zh", [
    "昨天去峰岩见了沈洁 过了一遍点位清单",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [FENGYAN],
      has: ["沈洁", FENGYAN],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "提醒我明天把安域的报价对比发给许文博",
    { tool: "add_action", card: "confirm", acc: [WUWEI], has: ["许文博", "武威"], args: { due: "2026-11-23" } },
  ]),
  conv(
    "zh",
    ["塞澜的金晓东上次说啥了", { tool: LAST_SAID, acc: [SAILAN], has: ["65万|650,000|650000"] }],
    [
      "下周二约他聊下投标方案",
      { tool: "add_action", card: "confirm", acc: [SAILAN], has: ["金晓东", "塞澜"], args: { due: "2026-11-24" } },
    ],
  ),
  conv(
    "zh",
    ["记一下 今天跟刘总吃了个饭", { card: "choices", acc: LIU, has: ["峰岩|刘志远", "冰澄|刘海燕"] }],
    [
      "黑龙江那个",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [BINGCHENG],
        has: ["刘海燕", BINGCHENG],
        args: { date: "2026-11-22" },
      },
    ],
  ),
  conv("zh", [
    "今天给曹颖打了个电话 聊托管平台报价 记下",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [KANGYUE],
      has: ["曹颖", KANGYUE],
      args: { kind: "call", date: "2026-11-22" },
    },
  ]),
  conv("zh", ["这周我该忙点啥", { tool: "my_week", not: HIDDEN }]),
  // The English-named account (Karri Ridge, Perth) asked in zh.
  conv(
    "zh",
    ["卡里岭最近咋样", { tool: "account_overview", acc: [KARRI], has: ["Karri"] }],
    [
      "他们那笔运维款到账没",
      { tool: ["account_overview", "account_timeline"], acc: [KARRI], has: ["18万|180,000|180000"] },
    ],
  ),
  conv("zh", [
    "Perth那家的Mark Dawson还在不在",
    { tool: "power_map", acc: [KARRI], has: ["Mark Dawson", "离职|离开"] },
  ]),
  // Not in the book, not rep1's.
  conv("zh", ["雁北热电最近咋样", notFound("雁北热电")]),
  conv("zh", [
    "延澄化工那个等保单子啥情况",
    { tool: ["none", "find_accounts"], acc: [], has: ["延澄"], not: ["贺建军", "白雪", "55万", "550,000"] },
  ]),
  conv("zh", [
    "北垣热电的郑凯最近联系过没",
    { tool: ["none", "find_accounts"], acc: [], has: ["北垣|郑凯"], not: ["林晓", "实施周期", "10月26日", "10-26"] },
  ]),
  // rep2 喻可欣: 延澄化工 and 北垣热电 only.
  asUser(
    "rep2",
    conv(
      "zh",
      ["延澄化工谁拍板", { tool: "power_map", acc: [YANCHENG], has: ["贺建军"] }],
      ["峰岩的刘总呢", { tool: ["none", "find_accounts"], acc: [], not: [FENGYAN, "刘志远", "沈洁", "孔祥"] }],
    ),
  ),
]);
