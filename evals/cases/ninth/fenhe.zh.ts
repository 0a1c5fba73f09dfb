// Chinese conversations over the ninth book (evals/books/fenhe): measured-only, written by hand from the CSV files.
import { asUser, type Conversation, conv, named } from "../conversation-types";
import {
  BC,
  BZ,
  CSIR,
  day,
  ERD,
  FHS,
  HG,
  HS,
  JL,
  JSL,
  JY,
  JYSD,
  KSS,
  money,
  NF_ZH,
  PRI,
  PY,
  QJ,
  RFC,
  RFP,
  SD,
  TF,
  XY,
  XYJ,
  XYM,
  YS,
  ZH,
  ZZ,
} from "./names";

const OOS = { tool: "none", acc: [] };

export const FENHE_ZH: Conversation[] = named("ninth-zh", [
  // Account overviews by short name, typo, pinyin.
  conv("zh", ["瑞丰煤业最近咋样", { tool: "account_overview", acc: [RFC], has: [`${RFC}|瑞丰煤业`] }]),
  conv("zh", ["瑞丰那边情况看一下", { card: "choices", acc: [RFC, RFP] }]),
  conv(
    "zh",
    [
      "瑞风煤业的安全副总是谁",
      { tool: ["power_map", "contact_at_account", "account_overview"], acc: [RFC], has: ["郝建平"] },
    ],
    ["他上次啥时候见的", { acc: [RFC], has: [day(11, 19)] }],
  ),
  conv("zh", ["瑞丰煤业谁在给我们使绊子", { acc: [RFC], has: ["闫海燕"] }]),
  conv("zh", ["马立川汇报给谁", { acc: [RFC], has: ["郝建平"] }]),
  conv("zh", [
    "瑞丰煤业监控系统升级那单到哪一步了 多少钱",
    { acc: [RFC], has: ["商务谈判|谈判|negotiation", money(4200000)] },
  ]),
  conv("zh", ["瑞丰煤业那个升级单子金额改成395万", { tool: "update_opportunity", acc: [RFC], card: "confirm" }]),
  conv("zh", ["任总电话多少", { card: "choices", acc: [RFC, RFP] }]),
  conv("zh", ["瑞丰热电还有多少钱没收回来", { acc: [RFP], has: [money(180000)] }]),
  conv("zh", [
    "刚去瑞丰热电见了段丽，她说灭火改造要等12月预算会，记一下",
    { tool: "log_interaction", acc: [RFP], card: "confirm" },
  ]),
  conv("zh", ["瑞丰煤业最近的来往记录拉一下", { tool: "account_timeline", acc: [RFC], has: ["郝建平"] }]),
  // The group and its children.
  conv("zh", [
    "鑫岳集团下面有几家子公司",
    { tool: "group_overview", acc: [XY, XYJ, XYM], has: ["鑫岳焦化|吕梁鑫岳焦化", "鑫岳甲醇|吕梁鑫岳甲醇"] },
  ]),
  conv("zh", ["鑫悦集团的招标啥时候截止", { tool: "tender_matches", acc: [XY], has: [day(12, 16)] }]),
  conv("zh", ["最近有啥招标跟我的客户有关", { tool: "tender_matches", has: ["鑫岳"], not: ["晋豫"] }]),
  conv("zh", ["鑫岳甲醇的侯总一直不待见我们，谁能帮忙说上话", { acc: [XYM, XY], has: ["康文静"] }]),
  conv("zh", ["鑫岳甲醇那个罐区灭火项目输给谁了", { acc: [XYM], has: ["煤安科创|煤安"] }]),
  conv(
    "zh",
    ["xinyue jiaohua 的在线监测单子多少钱", { acc: [XYJ], has: [money(1500000)] }],
    ["这单赢了，帮我更新一下", { tool: "update_opportunity", acc: [XYJ], card: "confirm" }],
  ),
  conv("zh", [
    "提醒我明天给冯涛打个电话确认上会时间",
    { tool: "add_action", acc: [XYJ], card: "confirm", args: { due: "2026-11-23" } },
  ]),
  conv("zh", ["鑫岳焦化的冯涛是谁的下属", { acc: [XYJ], has: ["田志勇"] }]),
  conv("zh", ["给鑫岳集团做个客户计划", { tool: "generate_plan", acc: [XY] }]),
  // A place name (泽州) and a common word (前进) as short names; two 王总.
  conv("zh", ["泽州怎么样了", { tool: "account_overview", acc: [ZZ], has: [`${ZZ}|泽州矿业|泽州`] }]),
  conv("zh", ["泽洲矿业谁拍板", { acc: [ZZ], has: ["王晓峰"] }]),
  conv("zh", ["泽州那个培训的单子金额改成78万", { tool: "update_opportunity", acc: [ZZ], card: "confirm" }]),
  conv("zh", [
    "今天跟秦勇通了电话，他同意培训费分两次付，记下来",
    { tool: "log_interaction", acc: [ZZ], card: "confirm" },
  ]),
  conv("zh", ["王总上次啥时候见的", { card: "choices", acc: [ZZ, QJ], not: ["王立新"] }]),
  conv("zh", ["前进最近有啥进展", { acc: [QJ], has: [`${QJ}|前进煤矿|前进`] }]),
  conv(
    "zh",
    ["前进煤矿瓦斯监测那单对手是谁", { acc: [QJ], has: ["安瑞达"] }],
    ["他们总经理对我们啥态度", { acc: [QJ], has: ["王振东", "中立|neutral|中性"] }],
  ),
  conv("zh", [
    "12月3号去前进煤矿拜访贺斌，帮我建个提醒",
    { tool: "add_action", acc: [QJ], card: "confirm", args: { due: "2026-12-03" } },
  ]),
  conv("zh", ["记一下今天拜访了前进煤矿的牛红梅", { tool: "none", has: ["牛红梅"] }]),
  conv("zh", ["前进煤矿的评分解释一下", { tool: "explain_score", acc: [QJ] }]),
  // Steel: a departed contact and overdue money.
  conv("zh", ["并州特钢的安全部长还是崔永刚吗", { acc: [BZ], has: ["孟庆川"] }]),
  conv(
    "zh",
    ["并州特钢欠我们多少钱", { acc: [BZ], has: [money(520000)] }],
    ["那找谁催比较合适", { acc: [BZ], has: ["武文斌|阎振华"] }],
  ),
  conv("zh", ["海港钢铁 回款情况", { acc: [HG], has: [money(310000)] }]),
  conv(
    "zh",
    ["对比下并州特钢和海港钢铁", { tool: "compare_accounts", acc: [BZ, HG], has: ["并州", "海港"] }],
    ["第二个欠了多少", { acc: [HG], has: [money(310000)] }],
  ),
  // Others.
  conv("zh", ["漳河热电的安监主任是谁", { acc: [ZH], has: ["吴倩"] }]),
  conv("zh", ["金沙梁那单子结单日期推到12月28号", { tool: "update_opportunity", acc: [JSL], card: "confirm" }]),
  conv("zh", ["北辰稀土谁最近跟我们联系过", { acc: [BC], has: ["韩雪梅"] }]),
  conv(
    "zh",
    ["平阳焦化多久没联系了", { acc: [PY], has: [day(4, 8)] }],
    ["提醒我明天给景总打个电话", { tool: "add_action", acc: [PY], card: "confirm", args: { due: "2026-11-23" } }],
  ),
  conv("zh", ["哪些客户好久没跟了", { tool: "stale_accounts", has: ["平阳焦化|平阳"] }]),
  conv("zh", ["晋阳理工的郑主任上次见面是哪天", { acc: [JY], has: [day(10, 19)] }]),
  conv("zh", ["金岭煤业管机电的副总叫啥", { acc: [JL], has: ["石建峰"] }]),
  conv("zh", ["额尔登矿业的单子到哪了", { acc: [ERD], has: ["商务谈判|谈判|negotiation"] }]),
  conv("zh", ["卡拉干达那家欠款的事怎么样了", { acc: [KSS], has: [money(280000)] }]),
  conv("zh", ["皮尔巴拉的HSE主管还在吗", { acc: [PRI], has: ["Liam Walsh"] }]),
  conv("zh", ["泰丰煤层气灭火方案报了多少", { acc: [TF], has: [money(700000)] }]),
  conv("zh", ["阴山钢铁那个转炉煤气报警项目谁中标了", { acc: [YS], has: ["安瑞达"] }]),
  // Lists and filters.
  conv("zh", [
    "吕梁的客户有哪些",
    { tool: ["find_accounts", "resolve_region"], has: ["鑫岳集团|山西鑫岳能源集团", "金岭"] },
  ]),
  conv(
    "zh",
    [
      "内蒙那边的客户列一下",
      { tool: ["find_accounts", "resolve_region"], has: ["金沙梁", "北辰", "阴山"], not: ["库布其"] },
    ],
    ["阴山钢铁那单为啥丢了", { acc: [YS], has: ["安瑞达"] }],
  ),
  conv("zh", ["钢铁行业的客户", { tool: "find_accounts", has: ["并州", "海港", "阴山"], not: ["霍山"] }]),
  conv("zh", ["搞焦化的客户有哪些", { tool: "find_accounts", has: ["鑫岳焦化", "平阳"], not: ["上党"] }]),
  conv("zh", ["晋城的客户", { tool: ["find_accounts", "resolve_region"], has: ["泽州", "泰丰"], not: ["凤凰山"] }]),
  conv("zh", ["哪些客户有风险", { tool: "at_risk_accounts", has: ["并州"] }]),
  conv("zh", ["有逾期回款的客户都有谁", { has: ["并州", "海港", "卡拉干达|Karaganda"], not: ["中部城际"] }]),
  conv("zh", ["12月15号及之前要关的单子有哪些", { has: ["泽州", "鑫岳焦化", "金沙梁"], not: ["凤凰山"] }]),
  conv("zh", ["年底前预测能签多少", { tool: "forecast" }]),
  conv("zh", ["安瑞达在跟我们抢哪些单子", { tool: "competitor_deals", has: ["瑞丰煤业", "前进"], not: ["上党"] }]),
  conv("zh", ["瑞丰煤业的计划给我看看", { tool: "show_plan", acc: [RFC] }]),
  conv("zh", ["我这周要干啥", { tool: "my_week" }]),
  // Names not in the book, another rep's or team's account, out of scope.
  conv("zh", ["太原重机最近怎么样", { acc: [], has: [NF_ZH] }]),
  conv("zh", ["看下海港钢铁", { tool: "account_overview", acc: [HG] }], ["那华北重工呢", { acc: [], has: [NF_ZH] }]),
  conv("zh", ["记一下：今天拜访了晋北化工的刘总", { acc: [], has: [NF_ZH] }]),
  conv("zh", ["中部城际铁路的情况", { acc: [], has: [NF_ZH], not: ["王立新", "黄彩霞"] }]),
  conv("zh", ["王立新是哪家的", { acc: [], has: [NF_ZH], not: ["中部城际"] }]),
  conv("zh", ["凤凰山煤业那单啥时候签", { acc: [], has: [NF_ZH], not: ["陈建业"] }]),
  conv("zh", ["帮我订张明天去大同的高铁票", OOS]),
  conv("zh", ["写一首关于煤矿安全的诗", OOS]),
  // The manager (sees rep1's and rep2's accounts, not rep3's).
  asUser("manager", conv("zh", ["贾丽娟的凤凰山煤业单子啥时候关", { acc: [FHS], has: [day(12, 14)] }])),
  asUser(
    "manager",
    conv("zh", ["团队里被安瑞达抢走的单子有哪些", { tool: "competitor_deals", has: ["阴山", "上党"] }]),
  ),
  asUser("manager", conv("zh", ["中部城际的回款怎么样", { acc: [], has: [NF_ZH], not: ["45万", "450,000"] }])),
  asUser("manager", conv("zh", ["霍山钢铁谁是决策人", { acc: [HS], has: ["吕志刚"] }])),
  asUser("manager", conv("zh", ["鑫岳集团整体情况", { acc: [XY, XYJ, XYM], has: ["鑫岳"] }])),
  // rep2 (sees only her own five).
  asUser("rep2", conv("zh", ["瑞丰煤业怎么样", { acc: [], has: [NF_ZH], not: ["郝建平"] }])),
  asUser("rep2", conv("zh", ["上党焦化那单为啥丢了", { acc: [SD], has: ["安瑞达"] }])),
  // rep3 (another team: only 王立新 is a 王总 there).
  asUser("rep3", conv("zh", ["晋豫隧道的招标啥时候截止", { tool: "tender_matches", acc: [JYSD], has: [day(12, 10)] }])),
  asUser("rep3", conv("zh", ["中部城际欠我们多少", { acc: [CSIR], has: [money(450000)] }])),
  asUser("rep3", conv("zh", ["王总上次啥时候见的", { acc: [CSIR], has: [day(11, 11)], not: ["王晓峰", "王振东"] }])),
  asUser("rep3", conv("zh", ["鑫岳集团的招标", { acc: [], has: [NF_ZH] }])),
]);
