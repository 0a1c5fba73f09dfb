// Chinese conversations over the twenty-sixth book (evals/books/jialing), typed the way account managers type. Written
// blind: every expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import { CDM, CQT, DC, FJ, GYB, GYM, GZU, MYM, MYT, NS, PPCH, QY, QYCQ, QYGA, R1, R2, TF, YNTEL, YZ } from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|没找到|不在你的客户|找不到|查不到|没有这个客户";

export const JIALING_ZH = named("jialing-zh", [
  // Short names, near-duplicates, pinyin and typos.
  conv("zh", ["四川移动那边最近咋样", { card: "choices", acc: [CDM, MYM] }]),
  conv(
    "zh",
    ["成都移动现在谁拍板", { tool: "power_map", acc: [CDM], has: ["陈建华"] }],
    ["网络部现在谁管 张国栋不是走了吗", { acc: [CDM], has: ["李强"] }],
  ),
  conv(
    "zh",
    ["渝州银行和天府农商行 这俩比一下", { tool: "compare_accounts", acc: [YZ, TF] }],
    ["渝州那单啥时候能签", { acc: [YZ], has: ["12月18|12-18"] }],
    ["那另一家呢", { acc: [TF], has: ["1月20|01-20|1-20"] }],
  ),
  conv("zh", ["渝洲银行 邓敏 啥态度", { acc: [YZ], has: ["川恒"] }]),
  conv("zh", ["天府那个UPS想搞定 该找谁 通过谁搭上线", { tool: "power_map", acc: [TF], has: ["黄伟", "王丽"] }]),
  conv("zh", ["王主任电话多少", { card: "choices", acc: [YZ, TF] }]),
  conv("zh", ["wang li 是哪个行的 电话给我", { acc: [TF], has: ["028-555-0202"] }]),
  conv("zh", ["qianyun guian 最近谁去过", { acc: [QYGA], has: ["石磊"] }]),
  // Group and subsidiaries, with the account changing inside the thread.
  conv(
    "zh",
    ["黔云下面几个园区汇总下", { tool: "group_overview", acc: [QY, QYGA, QYCQ], has: ["贵安", "重庆"] }],
    ["贵安那个尾款咋回事", { acc: [QYGA], has: ["210万|2,100,000|2100000|2.1M"] }],
    ["那重庆园区呢 为啥丢了", { acc: [QYCQ], has: ["川恒"] }],
  ),
  conv("zh", ["孟婧向谁汇报 电话多少", { acc: [QY], has: ["赵启明", "0851-555-0702"] }]),
  // Notices.
  conv(
    "zh",
    ["大数据局那个招标啥时候截止", { acc: [GYB], has: ["12月8|12-08|12-8"] }],
    ["资质要求有啥", { acc: [GYB], has: ["国产"] }],
  ),
  conv("zh", ["我的客户有啥招标没", { tool: "tender_matches", acc: R1, has: ["大数据局|贵阳市大数据"] }]),
  conv("zh", ["贵州联通那个UPS最后谁中了 多少钱", { acc: [GZU], has: ["黔峰", "132万|1,320,000|1320000|1.32M"] }]),
  conv(
    "zh",
    ["涪工大超算中心主任叫啥", { acc: [FJ], has: ["苏畅"] }],
    ["他上回说采购意向报了多少钱", { acc: [FJ], has: ["280万|2,800,000|2800000|2.8M"] }],
    ["那绵阳另外那家电信呢 有单子没", { acc: [MYT], has: ["30万|300,000|300000"] }],
  ),
  // Money.
  conv(
    "zh",
    ["重庆电信那56万啥时候到期", { acc: [CQT], has: ["12月15|12-15"] }],
    ["那绵阳移动那笔呢", { acc: [MYM], has: ["130万|1,300,000|1300000|1.3M"] }],
    ["他们副总上次咋说的", { acc: [MYM], has: ["杨帆"] }],
  ),
  conv("zh", ["帮我拉个逾期应收清单 按金额从大到小", { acc: R1, has: ["贵安", "210万|2,100,000|2100000|2.1M"] }]),
  // Lists, stale, risk, competitors, forecast.
  conv("zh", ["哪些客户好久没去了", { tool: "stale_accounts", acc: R1, has: ["蓉信"] }]),
  conv("zh", ["绵阳那边几个客户列一下", { acc: [MYM, MYT, FJ], has: ["移动", "电信", "涪江"] }]),
  conv("zh", ["贵州的客户有哪些", { tool: "find_accounts", acc: [GZU, QY, QYGA, GYB], has: ["黔云", "大数据"] }]),
  conv("zh", ["哪几个客户风险最大", { tool: "at_risk_accounts", acc: R1 }]),
  conv("zh", ["川恒在跟我们抢哪些单", { tool: "competitor_deals", acc: [YZ, CDM, QYCQ], has: ["渝州", "成都"] }]),
  conv("zh", [
    "这个季度能签多少 预测下",
    { tool: "forecast", acc: R1, has: ["渝州|成都移动|成都分公司|Vientiane|VDX"] },
  ]),
  // My week, plans, writes.
  conv("zh", ["这周我该干点啥", { tool: "my_week" }]),
  conv(
    "zh",
    ["给黔云集团写个客户计划", { tool: "generate_plan", acc: [QY] }],
    ["行 存下来", { tool: "save_plan", acc: [QY], card: "confirm" }],
  ),
  conv("zh", ["渝州银行的计划给我看看", { tool: "show_plan", acc: [YZ] }]),
  conv("zh", [
    "今天下午给王建平打了电话 他说节能测算要拿给刘行看 记一下",
    { tool: "log_interaction", card: "confirm", acc: [YZ] },
  ]),
  conv("zh", [
    "明天去涪工大拜访苏畅 提醒我带浸没式液冷的资料",
    { tool: "add_action", card: "confirm", acc: [FJ], has: ["11月23|11-23|2026-11-23"] },
  ]),
  conv("zh", [
    "11月20号见了孟婧 聊了框架招标的技术参数 帮我记上",
    { tool: "log_interaction", card: "confirm", acc: [QY], has: ["11月20|11-20|2026-11-20"] },
  ]),
  conv("zh", [
    "12月1号提醒我打电话给罗成催尾款",
    { tool: "add_action", card: "confirm", acc: [MYM], has: ["12月1|12-01|2026-12-01"] },
  ]),
  conv("zh", [
    "成都移动液冷那单金额改成480万",
    { tool: "update_opportunity", card: "confirm", acc: [CDM], has: ["480万|4,800,000|4800000|4.8M"] },
  ]),
  conv("zh", ["南山医院那单进商务谈判了 阶段改一下", { tool: "update_opportunity", card: "confirm", acc: [NS] }]),
  conv(
    "zh",
    ["我有哪些待办", { tool: "list_actions" }],
    ["渝州那个节能测算的待办弄完了 勾掉", { tool: "update_action", acc: [YZ] }],
  ),
  // Names not in the book, another team's accounts, out of scope.
  conv("zh", ["渝北银行最近咋样", { acc: [], has: [NF] }]),
  conv("zh", ["重庆联通的精密空调项目到哪了", { acc: [], has: [NF] }]),
  conv("zh", ["贵阳移动那个精密空调单子到哪了", { acc: [], has: [NF], not: ["王浩", "韩冰"] }]),
  conv("zh", ["云南电信呈贡那个液冷 谁在跟", { acc: [], has: [NF], not: ["段志刚", "李娜"] }]),
  conv("zh", ["滇池那个数据港 是不是还欠150万", { acc: [], has: [NF], not: ["杨志华"] }]),
  conv("zh", ["重庆明天下雨不", { acc: [] }]),
  // Other users.
  asUser(
    "manager",
    conv(
      "zh",
      ["团队现在逾期应收一共多少 谁家最多", { acc: [...R1, ...R2], has: ["贵安", "494万|4,940,000|4940000|4.94M"] }],
      ["冉俊峰那边金边那个单子咋样了", { acc: [PPCH], has: ["220万|2,200,000|2200000|2.2M"] }],
    ),
  ),
  asUser("manager", conv("zh", ["何晓雯年底前能签的单子有哪些", { acc: R1, has: ["渝州", "成都"] }])),
  asUser("rep2", conv("zh", ["贵阳移动王主任说黔峰报价低 啥时候定", { acc: [GYM], has: ["12月22|12-22"] }])),
  asUser("rep2", conv("zh", ["成都移动谁拍板", { acc: [], has: [NF], not: ["陈建华"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["滇池数据港那150万啥时候能回", { acc: [DC], has: ["年底|年前|12月31|12-31"] }],
      ["那云南电信那个液冷单子呢 对手是谁", { acc: [YNTEL], has: ["川恒"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["渝州银行现在啥情况", { acc: [], has: [NF] }])),
]);
