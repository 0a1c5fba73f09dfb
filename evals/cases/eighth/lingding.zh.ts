// Chinese conversations over the eighth book (evals/books/lingding), typed the way account managers type. Every
// expectation is hand-read from the book's CSV files (today is 2026-11-22, TEST_NOW): see the book's README.
import { asUser, conv, named } from "../conversation-types";
import {
  DD,
  DGW,
  FM,
  GM,
  GMY,
  HD,
  HDS,
  HW,
  HX,
  JEBP,
  JS,
  KV,
  MD,
  NS,
  PC,
  PCT,
  PPM,
  QIS,
  SH,
  SH1,
  SH2,
  TD,
  ZS,
} from "./names";

/** An honest "not found" in Chinese. */
const NF = "没有找到|未找到|没找到|找不到|查不到";

export const LINGDING_ZH = named("lingding-zh", [
  // Accounts, overviews, abbreviations, pinyin and typos.
  conv("zh", ["宏达精密最近咋样", { acc: [HD], has: ["宏达精密"] }]),
  conv("zh", ["hongda jingmi 谁拍板", { tool: ["power_map", "contact_at_account"], acc: [HD], has: ["陈国华"] }]),
  conv("zh", ["宏达那个项目到哪一步了", { card: "choices", acc: [HD, HDS] }]),
  conv("zh", [
    "宏达塑胶的邓丽萍是干啥的",
    { tool: ["contact_at_account", "power_map"], acc: [HDS], has: ["设备经理"] },
  ]),
  conv(
    "zh",
    ["松湖集团权利地图", { tool: "power_map", acc: [SH], has: ["刘建华", "周晓敏", "杨帆"] }],
    ["杨帆向谁汇报", { acc: [SH], has: ["周晓敏"] }],
  ),
  conv("zh", [
    "松湖智谷下面几家子公司 情况汇总下",
    { tool: "group_overview", acc: [SH, SH1, SH2], has: ["一期", "二期"] },
  ]),
  conv("zh", ["松湖二期那个储能为啥丢了", { acc: [SH2], has: ["华瓦"] }]),
  conv("zh", ["鹏城那边有啥风险", { card: "choices", acc: [PC, PCT] }]),
  conv(
    "zh",
    ["鹏城物业有啥风险", { acc: [PC], has: ["郑雪", "38万|380,000|380000"] }],
    ["接替她的是谁", { acc: [PC], has: ["许文杰"] }],
    ["他跟绿擎关系咋样", { acc: [PC], has: ["绿擎"] }],
  ),
  conv("zh", ["鹏程物业 回款情况", { acc: [PC], has: ["38万|380,000|380000"] }]),
  conv("zh", ["明德学校何主任上次见是啥时候", { acc: [MD], has: ["11月14|11-14"] }]),
  conv("zh", [
    "明德 王主任 电话多少",
    { tool: ["none", "contact_at_account", "power_map"], acc: [MD], not: ["0755-555-0702"] },
  ]),
  conv("zh", ["陶都的钱收回来没", { acc: [TD], has: ["26万|260,000|260000"] }]),
  conv("zh", ["taodu 董事长是谁", { acc: [TD], has: ["梁永康"] }]),
  conv("zh", ["佛山陶都下一步咋搞", { acc: [TD], has: ["潘志勇|梁永康|罗小燕"] }]),
  conv("zh", ["陶都那单450万 12月18号能签下来不", { acc: [TD], has: ["450万|4,500,000|4500000"] }]),
  conv("zh", ["钟总上次说啥来着", { card: "choices", acc: [ZS, HD], not: ["钟志远"] }]),
  conv("zh", ["钟氏的情况", { acc: [ZS], has: ["钟氏五金"] }]),
  conv("zh", ["大地最近有啥动静", { acc: [DD], has: ["曾强|方大海"] }]),
  conv("zh", ["大地纸业储能 曾主任怎么说的", { acc: [DD], has: ["锅炉房"] }]),
  conv("zh", ["光明那边谁对接", { acc: [GM], has: ["张伟|唐丽"] }]),
  conv("zh", ["光明物业储能试点100万 啥时候能定", { acc: [GM], has: ["100万|1,000,000|1000000"] }]),
  conv("zh", ["华兴鞋业多久没联系了", { acc: [HX], has: ["3月12|03-12"] }]),
  conv("zh", ["格美那笔运维款啥时候到期", { acc: [GMY], has: ["12月1|12-01"] }]),
  conv("zh", ["槟城那个客户欠我们多少", { acc: [PPM], has: ["42万|420,000|420000"] }]),
  conv("zh", ["海湾物流园那个光伏谁中的标 多少钱", { acc: [HW], has: ["绿擎", "142万|1,420,000|1420000"] }]),
  conv("zh", ["宏达精蜜的李娜", { acc: [HD], has: ["能源主管"] }]),
  // People: who, reporting line, stance, last met, who can introduce us; pronouns.
  conv(
    "zh",
    ["金石汽配的谢婷", { acc: [JS], has: ["设备能源经理"] }],
    ["她老板是谁", { acc: [JS], has: ["高峰"] }],
    ["上次跟他联系是哪天", { acc: [JS], has: ["11月16|11-16"] }],
  ),
  conv("zh", ["宏达精密谁在卡我们", { acc: [HD], has: ["黄志明"] }]),
  conv("zh", ["黄经理最近联系过没 宏达精密那个", { acc: [HD], has: ["11月10|11-10"] }]),
  conv("zh", ["前海国际学校 Kevin Lau 是啥角色 向谁汇报", { acc: [QIS], has: ["David Chen"] }]),
  conv("zh", ["前海国际谁能帮我引荐Kevin", { acc: [QIS], has: ["David Chen|Rachel Wong"] }]),
  // Lists, filters, comparisons, forecasts.
  conv("zh", ["东莞的客户列一下", { has: ["宏达精密", "大地纸业"], not: ["东莞市水务集团", "富民"] }]),
  conv(
    "zh",
    ["我在马来西亚和新加坡有哪些客户", { has: ["Penang", "Eastpoint"], not: ["Klang", "Sentosa"] }],
    ["第二个的商机呢", { acc: [PPM, JEBP] }],
  ),
  conv("zh", ["学校类客户有哪些", { has: ["明德", "前海国际", "Harrowgate"], not: ["大学城"] }]),
  conv("zh", ["惠州的客户", { has: ["金石"], not: ["大亚湾"] }]),
  conv("zh", ["哪些单子在跟华瓦抢", { has: ["陶都", "松湖"], not: ["东莞水务", "泵站"] }]),
  conv("zh", ["12月底前要签的单子有哪些", { has: ["陶都", "金石", "松湖一期|一期"], not: ["富民"] }]),
  conv("zh", ["哪些客户好久没跟进了", { has: ["华兴"], not: ["东莞市水务集团", "深圳大学城后勤服务中心"] }]),
  conv("zh", ["A类客户列一下", { tool: "find_accounts", not: ["东莞市水务集团", "富民", "星河"] }]),
  conv("zh", ["我哪些客户有风险", { has: ["鹏城物业"], not: ["东莞市水务集团", "富民", "美厨"] }]),
  conv("zh", ["这季度预测多少 缺口多大", { tool: ["forecast", "attainment", "portfolio_kpis"] }]),
  conv("zh", ["对比下宏达精密和陶都", { tool: "compare_accounts", acc: [HD, TD], has: ["宏达精密", "陶都"] }]),
  conv("zh", ["松湖一期跟二期比比", { tool: "compare_accounts", acc: [SH1, SH2] }]),
  conv("zh", ["松湖招标啥时候截止", { acc: [SH], has: ["12月15|12-15"] }]),
  conv("zh", ["最近有啥招标跟我客户有关的", { has: ["松湖"] }]),
  conv("zh", ["给松湖集团做个客户计划", { tool: ["generate_plan", "save_plan"], acc: [SH] }]),
  conv("zh", ["我这周该干啥", { tool: "my_week" }]),
  // Writes: logging done work, reminders for future dates, deal updates, people who are not at the account.
  conv("zh", [
    "今天给钟伟打了电话 他说董事会下周过光伏方案",
    { tool: "log_interaction", card: "confirm", acc: [HD], has: ["钟伟"] },
  ]),
  conv("zh", [
    "明天去拜访潘志勇 记一下",
    { tool: "add_action", card: "confirm", acc: [TD], has: ["潘志勇"], args: { due: "2026-11-23" } },
  ]),
  conv("zh", [
    "12月3号约了钟国栋见面 提醒我",
    { tool: "add_action", card: "confirm", acc: [ZS], has: ["钟国栋"], args: { due: "2026-12-03" } },
  ]),
  conv("zh", [
    "记一下 今天拜访了曾强 储能柜放锅炉房没问题",
    { tool: "log_interaction", card: "confirm", acc: [DD], has: ["曾强"] },
  ]),
  conv("zh", [
    "昨天去了明德 见了王校长 聊了寒假加储能",
    { tool: "log_interaction", card: "confirm", acc: [MD], has: ["王建国"] },
  ]),
  conv("zh", [
    "刚跟Rachel通了电话 她说春季开学前要上线",
    { tool: "log_interaction", card: "confirm", acc: [QIS], has: ["Rachel Wong"] },
  ]),
  conv("zh", ["在金石记一下跟唐丽的电话", { tool: "none", acc: [JS, GM] }]),
  conv(
    "zh",
    ["陶都最近咋样", { acc: [TD] }],
    ["把明天拜访王主任记一下", { tool: ["none"], acc: [TD], not: ["已记录"] }],
  ),
  conv("zh", ["金石汽配那单改成12月15号签", { tool: "update_opportunity", card: "confirm", acc: [JS], has: ["金石"] }]),
  conv("zh", ["jinshi 赢了 合同签了 160万", { tool: "update_opportunity", card: "confirm", acc: [JS] }]),
  conv("zh", ["松湖一期那单黄了 丢给绿擎了", { tool: "update_opportunity", card: "confirm", acc: [SH1] }]),
  conv("zh", ["大地纸业储能金额改成250万", { tool: "update_opportunity", card: "confirm", acc: [DD], has: ["大地"] }]),
  // Names not in the book, another team's or another rep's accounts, out-of-scope asks.
  conv("zh", ["华润置地的情况怎么样", { acc: [], has: [NF] }]),
  conv("zh", ["陶都最近有啥进展", { acc: [TD] }], ["那美的集团呢", { acc: [], has: [NF], not: ["梁永康", "潘志勇"] }]),
  conv("zh", ["东莞水务最近怎么样 谁在对接", { acc: [], has: [NF], not: ["钟志远"] }]),
  conv("zh", ["星河电子最近怎么样", { acc: [], has: [NF], not: ["陈美玲"] }]),
  conv("zh", ["记一下今天拜访了万科物业的李总", { tool: "none", acc: [], has: [NF] }]),
  conv("zh", ["帮我写首关于光伏的诗", { tool: "none", acc: [] }]),
  conv("zh", ["明天深圳天气咋样", { tool: "none", acc: [] }]),
  // The manager sees both reps of 华南工商业部, never 公共事业与海外部.
  asUser("manager", conv("zh", ["富民服装园的单子啥时候签", { acc: [FM], has: ["12月12|12-12"] }])),
  asUser("manager", conv("zh", ["大学城后勤是谁在跟", { acc: [], not: ["罗建平"] }])),
  asUser("manager", conv("zh", ["团队里谁的缺口最大", { tool: ["attainment", "forecast", "portfolio_kpis"] }])),
  asUser("manager", conv("zh", ["哪些客户有逾期款", { has: ["鹏城物业", "陶都", "Penang"], not: ["Leeds"] }])),
  // rep2 and rep3 on their own accounts.
  asUser("rep2", conv("zh", ["巴生冷库那个光伏下一步干啥", { acc: [KV], has: ["Ahmad Faiz"] }])),
  asUser("rep2", conv("zh", ["宏达精密怎么样", { acc: [], has: [NF], not: ["陈国华"] }])),
  asUser(
    "rep3",
    conv(
      "zh",
      ["东莞水务 钟总工什么态度", { acc: [DGW], has: ["钟志远", "支持"] }],
      ["他上次是哪天见的", { acc: [DGW], has: ["11月18|11-18"] }],
    ),
  ),
  asUser("rep3", conv("zh", ["南沙港务谁拍板", { acc: [NS], has: ["冼国伟"] }])),
]);
