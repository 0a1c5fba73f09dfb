// Chinese conversations over the thirty-eighth book (evals/books/emei), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  CCM,
  FJH,
  JLH,
  JYS,
  LJB,
  LJH,
  MGR,
  QCP,
  QCU,
  QJP,
  R1,
  SJH,
  SNS,
  TFB,
  TFM,
  TTG,
  VCM,
  XGL,
  YBP,
  ZCS,
  ZYP,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的|没有这个客户|没有该客户";

export const EMEI_ZH = named("emei-zh", [
  // Near-duplicates, places, a common word, pinyin and typos; follow-ups that lean on the turn before.
  conv(
    "zh",
    ["青城那个单子现在多少钱", { card: "choices", acc: [QCU, QCP] }],
    ["大学的", { acc: [QCU], has: ["260万|2,600,000|2600000|2.6M"] }],
    ["啥时候开标", { acc: [QCU], has: ["12月11|12-11|12/11"] }],
  ),
  conv(
    "zh",
    ["两江那单多大", { card: "choices", acc: [LJH, LJB] }],
    ["公交那个", { acc: [LJB], has: ["190万|1,900,000|1900000|1.9M"] }],
    ["另外那家呢", { acc: [LJH], has: ["135万|1,350,000|1350000|1.35M"] }],
  ),
  conv(
    "zh",
    ["宜宾这边咱有几个客户", { acc: [YBP, SJH], has: ["公安", "三江汇"] }],
    ["商场那家有没有没回的款", { acc: [SJH], has: ["9万|90,000|90000|0.09M", "12月25|12-25|12/25"] }],
  ),
  conv(
    "zh",
    ["星光里工程部现在谁在管", { acc: [XGL], has: ["付晓"] }],
    ["他以前在哪干的", { acc: [XGL], has: ["蜀安"] }],
    ["原来那个严经理啥时候走的", { acc: [XGL], has: ["8月|08-|2026-08"] }],
  ),
  conv("zh", ["tianfu ditie 那单走到哪一步了", { acc: [TFM], has: ["谈判|negotiation"] }]),
  conv("zh", ["三江会停车场道闸那个报价多少来着", { acc: [SJH], has: ["46万|460,000|460000|0.46M"] }]),
  conv(
    "zh",
    ["天府那几家公司汇总看一下", { tool: "group_overview", acc: [TTG, TFM, TFB], has: ["地铁", "公交"] }],
    ["集团平台那单跟谁在抢", { acc: [TTG], has: ["海视达"] }],
  ),

  // People: who decides, reporting lines, phones, last contact, who can introduce us.
  conv(
    "zh",
    ["青成大学谁说了算", { tool: "power_map", acc: [QCU], has: ["郭振宇"] }],
    ["刘处长归谁管", { acc: [QCU], has: ["郭振宇"] }],
    ["网络中心那个主任偏向哪家", { acc: [QCU], has: ["华睿"] }],
  ),
  conv(
    "zh",
    ["周主任电话给我下", { card: "choices", acc: [LJH, FJH] }],
    ["绵阳那个", { acc: [FJH], has: ["0816-555-1002"] }],
  ),
  conv("zh", ["想约天府地铁李总 找谁引荐合适", { tool: "power_map", acc: [TFM, TTG], has: ["张磊|王建川|吴倩"] }]),
  conv(
    "zh",
    ["曲靖公安李主任手机多少", { acc: [QJP], has: ["0874-555-1202"] }],
    ["他上头是谁", { acc: [QJP], has: ["段志明"] }],
  ),
  conv(
    "zh",
    ["富江医院院长叫啥", { acc: [FJH], has: ["苏文斌"] }],
    ["另一家医院的呢", { acc: [LJH], has: ["谭志强"] }],
    ["他对咱们啥态度", { acc: [LJH], has: ["中立|neutral"] }],
  ),
  conv("zh", ["宜宾工安的杜局上回聊的啥", { acc: [YBP], has: ["315万|3,150,000|3150000|3.15M"] }]),
  conv(
    "zh",
    ["天府公交最近谁联系过", { acc: [TFB], has: ["孙浩"] }],
    ["不是公交 是地铁", { acc: [TFM], has: ["张磊"] }],
    ["他上次说了啥", { acc: [TFM], has: ["18个|技术方案|12月20|12-20"] }],
  ),
  conv(
    "zh",
    ["三江汇韦经理电话", { acc: [SJH], has: ["0831-555-0702"] }],
    ["不对 我要的是他们老总的", { acc: [SJH], has: ["曾凡", "0831-555-0701"] }],
  ),

  // Money.
  conv(
    "zh",
    [
      "哪些客户的款逾期了",
      {
        tool: "receivables",
        acc: R1,
        has: ["地铁", "210万|2,100,000|2100000|2.1M", "涪江", "宜宾", "万象|Vientiane|VCM"],
      },
    ],
    ["加起来多少", { acc: R1, has: ["378万|3,780,000|3780000|3.78M"] }],
    ["拖得最久的是哪家", { acc: [VCM], has: ["Vientiane|万象|VCM", "7月20|07-20|7/20"] }],
  ),

  // Deals and forecast, with filters.
  conv(
    "zh",
    ["12月底前哪些单子能落地", { tool: "forecast", acc: R1, has: ["地铁", "宜宾", "三江汇", "曲靖"] }],
    ["里面最大的那个哪天关", { acc: [QJP], has: ["曲靖", "12月30|12-30|12/30"] }],
  ),
  conv("zh", ["300万以上还在跟的单子", { acc: R1, has: ["天府交通|集团", "地铁", "宜宾", "曲靖"] }]),
  conv(
    "zh",
    [
      "重庆那边的客户都有谁",
      { tool: "find_accounts", acc: [LJH, XGL, LJB], has: ["两江中心医院|两江医院", "星光里", "两江公交"] },
    ],
    ["医院那家最近跟谁聊过", { acc: [LJH], has: ["周敏"] }],
  ),

  // Stale accounts, competitors, tenders.
  conv(
    "zh",
    ["有啥客户很久没跟了", { tool: "stale_accounts", acc: R1, has: ["江阳"] }],
    ["上回去是哪天 见的谁", { acc: [JYS], has: ["5月8|05-08|5/8", "唐永富"] }],
    ["后天给他打个电话 帮我记个提醒", { tool: "add_action", card: "confirm", acc: [JYS], has: ["11月24|11-24|11/24"] }],
  ),
  conv(
    "zh",
    [
      "华睿在跟咱抢哪几个单",
      { tool: "competitor_deals", acc: [TFM, QCU, QCP, QJP], has: ["地铁", "青城大学", "曲靖"] },
    ],
    ["输给他们那单多少钱", { acc: [QCP], has: ["72万|720,000|720000|0.72M"] }],
    ["他们中标价多少", { acc: [QCP], has: ["61.2万|612,000|612000|0.612M"] }],
  ),
  conv("zh", ["蜀安今年从我们手里抢走了啥", { tool: "competitor_deals", acc: [XGL, ZCS], has: ["筑城"] }]),
  conv(
    "zh",
    ["我的客户最近挂了啥标没", { tool: "tender_matches", acc: R1, has: ["青城大学"] }],
    ["投标要啥业绩 保证金多少", { acc: [QCU], has: ["2个|两个|2 个", "3万|30,000|30000"] }],
  ),

  // My week, plans, scores.
  conv("zh", ["这周先忙啥", { tool: "my_week" }]),
  conv("zh", ["帮曲靖公安弄个客户计划", { tool: "generate_plan", acc: [QJP] }]),

  // Writes: logs of what happened, future visits, deal updates, to-dos done.
  conv("zh", [
    "今天上午去涪江见了周主任 尾款审批已经到财务了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [FJH], has: ["周海"] },
  ]),
  conv("zh", [
    "昨天跟宜宾冉支队通了电话 说方案局党委过了",
    { tool: "log_interaction", card: "confirm", acc: [YBP], has: ["冉光辉", "11月21|11-21|11/21"] },
  ]),
  conv("zh", [
    "11.20去三江汇见了韦经理 他说40万以内就能定",
    { tool: "log_interaction", card: "confirm", acc: [SJH], has: ["韦小东", "11月20|11-20|11/20"] },
  ]),
  conv("zh", [
    "明天去青城大学找马主任拿招标文件",
    { tool: "add_action", card: "confirm", acc: [QCU], has: ["11月23|11-23|11/23"] },
  ]),
  conv("zh", [
    "26号上午约了两江医院周主任讲整体方案 提醒下我",
    { tool: "add_action", card: "confirm", acc: [LJH], has: ["11月26|11-26|11/26"] },
  ]),
  conv("zh", [
    "12.2去曲精见段局 加个待办",
    { tool: "add_action", card: "confirm", acc: [QJP], has: ["12月2|12-02|12/2"] },
  ]),
  conv("zh", [
    "宜宾公安那单金额改成298万",
    { tool: "update_opportunity", card: "confirm", acc: [YBP], has: ["298万|2,980,000|2980000|2.98M"] },
  ]),
  conv(
    "zh",
    ["两江医院那单推到报价阶段", { tool: "update_opportunity", card: "confirm", acc: [LJH] }],
    [
      "金额也顺手改成128万",
      { tool: "update_opportunity", card: "confirm", acc: [LJH], has: ["128万|1,280,000|1280000|1.28M"] },
    ],
  ),
  conv("zh", ["给宜宾蒋处长补验收报告那事办完了 标记完成", { tool: ["update_action", "list_actions"], acc: [YBP] }]),

  // Not in the book, another rep's accounts.
  conv("zh", ["攀枝花公安局最近有啥动静", { acc: [], has: [NF] }]),
  conv("zh", ["南充公安那边现在啥情况", { acc: [], has: [NF], not: ["康永"] }]),
  conv("zh", ["春城地铁那单子多少钱", { acc: [], has: [NF], not: ["230万", "晏平"] }]),

  // The manager, rep2 and rep3.
  asUser("manager", conv("zh", ["咱们组现在超期没回的钱有多少", { acc: MGR, has: ["394万|3,940,000|3940000|3.94M"] }])),
  asUser("manager", conv("zh", ["蒲志强的遵义公安咋样了", { acc: [], has: [NF], not: ["龙海"] }])),
  asUser("rep2", conv("zh", ["蜀南师院那笔维保款回了没", { acc: [SNS], has: ["16万|160,000|160000|0.16M"] }])),
  asUser(
    "rep2",
    conv("zh", [
      "后天去锦里荟找陶总聊访客系统 提醒我",
      { tool: "add_action", card: "confirm", acc: [JLH], has: ["11月24|11-24|11/24"] },
    ]),
  ),
  asUser(
    "rep3",
    conv(
      "zh",
      ["春城地铁欠多少 哪天到期的", { acc: [CCM], has: ["95万|950,000|950000|0.95M", "8月31|08-31|8/31"] }],
      ["遵义公安的呢 哪天到期", { acc: [ZYP], has: ["65万|650,000|650000|0.65M", "11月30|11-30|11/30"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["宜宾公安啥情况", { acc: [], has: [NF], not: ["杜建国", "冉光辉"] }])),
]);
