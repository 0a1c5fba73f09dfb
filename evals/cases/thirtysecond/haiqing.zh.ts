// Chinese conversations over the thirty-second book (evals/books/haiqing): a Qingdao anti-corrosion vendor's account
// managers typing in a chat box. Written blind: every expectation is hand-read from the book's CSV files (today is
// Sunday 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { BG, BY, DF, JHB, JZ, LB, LDY, LH, LYT, MGR, R1, R2, RD, SD, XF, XP, XWP, XWS, YK } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|找不到|查不到|不在你的客户|不在您的客户|没有这个客户|无权";

export const HAIQING_ZH = named("haiqing-zh", [
  // rep1 苏晴: short names, near-duplicates, a place, a common word.
  conv("zh", ["鲁海风电那边最近啥情况", { card: "choices", acc: [LYT, LDY, LH] }]),
  conv("zh", ["徐圩最近咋样了", { card: "choices", acc: [XWS, XWP] }]),
  conv("zh", ["如东那片咱有几个客户", { acc: [RD, YK], has: ["如东海风|如东运维", "洋口"] }]),
  conv("zh", ["先锋最近有动静没", { acc: [XF], has: ["坞墩|坞门|35万|350,000|350000"] }]),
  conv("zh", [
    "东营那边我有哪些客户",
    { acc: [LDY], has: ["东营风电|东营海上风电|鲁海新能源（东营）"], not: ["胜港"] },
  ]),

  // People.
  conv(
    "zh",
    ["洋口lng谁拍板", { tool: "power_map", acc: [YK], has: ["黄振国"] }],
    ["朱经理归谁管", { acc: [YK], has: ["黄振国"] }],
  ),
  conv(
    "zh",
    ["徐圩储运设备部现在谁管事", { acc: [XWS], has: ["孟庆伟"] }],
    ["之前那个陈志刚啥时候走的", { acc: [XWS], has: ["10月|9月25|09-25"] }],
    ["那孟经理跟哪家关系近", { acc: [XWS], has: ["蓝盾"] }],
  ),
  conv("zh", ["王总工手机号多少", { card: "choices", acc: [LYT, JHB] }]),
  conv("zh", ["星埔大桥赵部长电话发我", { acc: [XP], has: ["0411-555-0802"] }]),

  // Money.
  conv(
    "zh",
    [
      "哪些客户欠款过期了",
      {
        tool: "receivables",
        acc: R1,
        has: ["烟台", "125万|1,250,000|1250000|1.25M", "洋口", "渤洋", "金兰|Cam Ranh"],
      },
    ],
    ["加起来多少", { acc: R1, has: ["229万|2,290,000|2290000|2.29M"] }],
  ),

  // Deals and forecast.
  conv(
    "zh",
    ["年底前能落地的单子有哪些", { tool: "forecast", acc: R1, has: ["烟台", "洋口", "江海", "Nordvik|诺德维克"] }],
    ["按金额从大到小排", { acc: R1, has: ["420万|4,200,000|4200000|4.2M"] }],
  ),
  conv("zh", ["洋口港储罐那单多少钱 对手是谁", { acc: [YK], has: ["260万|2,600,000|2600000|2.6M", "北洋"] }]),

  // Lists, stale accounts, competitors, groups.
  conv(
    "zh",
    ["哪几个客户很久没跑了", { tool: "stale_accounts", acc: R1, has: ["石岛"] }],
    ["它最后一次拜访是啥时候", { acc: [SD], has: ["5月12|05-12"] }],
  ),
  conv(
    "zh",
    [
      "江苏的客户列一下",
      { tool: "find_accounts", acc: [RD, YK, XWS, XWP, JHB], has: ["如东", "洋口", "徐圩", "江海"] },
    ],
    ["只要石化储罐那种的", { acc: [YK, XWS], has: ["洋口", "徐圩石化|徐圩储运"] }],
  ),
  conv("zh", ["蓝盾在跟我抢哪些单", { tool: "competitor_deals", acc: [XWS, XWP], has: ["徐圩"] }]),
  conv("zh", ["鲁海集团下面俩风电场一起看下", { tool: "group_overview", acc: [LH, LYT, LDY], has: ["烟台", "东营"] }]),

  // Tenders.
  conv(
    "zh",
    ["我客户最近有招标吗", { tool: "tender_matches", acc: R1, has: ["江海"] }],
    ["几号截标", { acc: [JHB], has: ["12月10|12-10"] }],
  ),
  conv("zh", [
    "徐圩港口钢管桩那个标最后谁中的 多少钱",
    { acc: [XWP], has: ["蓝盾", "123.2万|1,232,000|1232000|1.232M"] },
  ]),

  // My week, plans.
  conv("zh", ["这几天我该先忙啥", { tool: "my_week" }]),
  conv("zh", ["帮洋口lng出个客户计划", { tool: "generate_plan", acc: [YK] }]),

  // Writes.
  conv("zh", [
    "今天上午去烟台风电见了王总工 阴保方案他那关过了 记一下",
    { tool: "log_interaction", card: "confirm", acc: [LYT], has: ["王建民"] },
  ]),
  conv("zh", [
    "11/20给渤洋孙部长打过电话 他说尾款下月初付",
    { tool: "log_interaction", card: "confirm", acc: [BY], has: ["孙建华", "11月20|11-20"] },
  ]),
  conv("zh", [
    "明天去如东找顾主管过无人机巡检方案",
    { tool: "add_action", card: "confirm", acc: [RD], has: ["11月23|11-23"] },
  ]),
  conv("zh", [
    "提醒我11.27给江海大桥戴经理回个电话",
    { tool: "add_action", card: "confirm", acc: [JHB], has: ["11月27|11-27"] },
  ]),
  conv("zh", [
    "烟台风电阴保那单价格降到305万了",
    { tool: "update_opportunity", card: "confirm", acc: [LYT], has: ["305万|3,050,000|3050000|3.05M"] },
  ]),
  conv("zh", ["渤洋康部长那个催款待办做完了 勾掉", { tool: ["update_action", "list_actions"], acc: [BY] }]),

  // Not in the book, another rep's account.
  conv("zh", ["舟山六横船厂最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["北港重工那单到哪步了", { acc: [], has: [NF], not: ["常永刚", "贾云"] }]),

  // The manager 韩立铭.
  asUser(
    "manager",
    conv(
      "zh",
      ["团队这季度还有哪些单子要落地", { tool: "forecast", acc: MGR, has: ["北港", "Nordvik|诺德维克", "洋口"] }],
      ["只看苏晴的", { acc: R1, has: ["烟台", "江海"], not: ["北港"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["团队指标完成率咋样", { tool: "attainment", acc: MGR }],
      ["贺一鸣今年签了多少", { acc: R2, has: ["65万|650,000|650000|0.65M|168万|1,680,000|1680000|1.68M"] }],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["苏晴手上在跟的单子有哪些", { acc: R1, has: ["鲁海", "Nordvik|诺德维克", "洋口"] }],
      [
        "按金额排 前三个",
        {
          acc: R1,
          has: ["560万|5,600,000|5600000|5.6M", "420万|4,200,000|4200000|4.2M", "320万|3,200,000|3200000|3.2M"],
        },
      ],
    ),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["哪些客户有风险 为啥", { tool: "at_risk_accounts", acc: MGR }],
      ["徐圩储运具体啥风险", { acc: [XWS], has: ["陈志刚|孟庆伟|蓝盾"] }],
    ),
  ),
  asUser("manager", conv("zh", ["看下整个组合的KPI", { tool: "portfolio_kpis", acc: MGR }])),
  asUser("manager", conv("zh", ["这周的简报先给我预览下", { tool: "briefing_preview" }])),
  asUser("manager", conv("zh", ["苏晴和贺一鸣的客户对比一下", { acc: MGR }])),
  asUser(
    "manager",
    conv("zh", ["洋口LNG的计划里 哪些行动是谁负责的", { tool: ["show_plan", "list_actions"], acc: [YK] }]),
  ),
  asUser(
    "manager",
    conv(
      "zh",
      ["咱组里过了账期没收回来的钱总共多少", { tool: "receivables", acc: MGR, has: ["259万|2,590,000|2590000|2.59M"] }],
      ["哪家欠得最多", { acc: [LYT], has: ["烟台", "125万|1,250,000|1250000|1.25M"] }],
    ),
  ),
  asUser("manager", conv("zh", ["梁薇那边辽滨储运的单子咋样", { acc: [], has: [NF], not: ["王国庆", "曹阳"] }])),
  asUser("manager", conv("zh", ["锦州湾多久没人去了", { acc: [JZ], has: ["9月18|09-18"] }])),
  asUser("manager", conv("zh", ["北港重工那30万为啥还没收回来", { acc: [BG], has: ["财务"] }])),

  // rep2 贺一鸣 and rep3 梁薇.
  asUser("rep2", conv("zh", ["北港常部长最近说啥了", { acc: [BG], has: ["110万|1,100,000|1100000|1.1M|蓝盾"] }])),
  asUser(
    "rep2",
    conv("zh", ["明天去大丰找倪总签续约", { tool: "add_action", card: "confirm", acc: [DF], has: ["11月23|11-23"] }]),
  ),
  asUser("rep3", conv("zh", ["王总工上次问了啥", { acc: [LB], has: ["工期"] }])),
  asUser("rep3", conv("zh", ["鲁海烟台风电啥情况", { acc: [], has: [NF], not: ["于洪涛", "王建民"] }])),
]);
