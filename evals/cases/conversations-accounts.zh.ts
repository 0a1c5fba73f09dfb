// One account at a time in zh: names, aliases, typos, a named account's risks, deals, next steps, comparisons,
// follow-ups. rep1 (李伟)'s accounts (SELECT a.name, a.aliases FROM accounts a JOIN users u ON u.id = a.owner_id
// WHERE u.name = '李伟').
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const XWH = "南京市玄武湖医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const ON = "温州市瓯南中心医院";
const TX = "湖州市苕溪医院";
const XH = "苏州工业园区星海医院";
const QCH = "钱塘大学医学院附属儿童医院";
const ZK = "上海市浦东新区周康社区卫生服务中心";

const RISKY = ["at_risk_accounts", "account_overview"];
const NEXT = ["power_map", "show_plan", "generate_plan"];

export const ACCOUNTS_ZH = named("accounts-zh", [
  conv("zh", ["苕溪医院最近有什么风险", { tool: RISKY, acc: [TX], has: ["苕溪"] }]),
  conv("zh", ["恒泰医药下一步该怎么做", { tool: NEXT, acc: [HT], has: ["恒泰"] }]),
  conv(
    "zh",
    ["华东一园怎么样", { tool: "account_overview", acc: [EC1], has: [EC1] }],
    ["它的商机呢", { tool: "forecast", acc: [EC1] }],
    ["风险呢", { tool: RISKY, acc: [EC1] }],
  ),
  conv("zh", ["看下玄武湖的权利地图", { tool: "power_map", acc: [XWH], has: [XWH] }]),
  conv(
    "zh",
    ["甬江医院评分多少", { tool: "explain_score", acc: [YJ], has: [YJ] }],
    ["为啥这么低", { tool: "explain_score", acc: [YJ] }],
  ),
  conv("zh", ["对比一下华东医疗和甬江", { tool: "compare_accounts", acc: [ECMG, YJ], has: [ECMG, YJ] }]),
  conv(
    "zh",
    ["瓯南中心医院的情况", { tool: "account_overview", acc: [ON], has: [ON] }],
    ["和星海比呢", { tool: "compare_accounts", acc: [ON, XH], has: [ON, XH] }],
  ),
  conv("zh", ["星海医院今年能签多少", { tool: "forecast", acc: [XH] }]),
  conv("zh", ["钱大儿院的客户计划", { tool: ["show_plan", "generate_plan"], acc: [QCH], has: [QCH] }]),
  conv("zh", ["周康社区卫生服务中心 概况", { tool: "account_overview", acc: [ZK], has: [ZK] }]),
  conv(
    "zh",
    ["华东医疗集团旗下有哪些医院", { tool: "account_overview", acc: [ECMG], has: [EC1] }],
    ["第一医院的决策人", { tool: "power_map", acc: [EC1], has: ["魏玉兰"] }],
  ),
  conv("zh", ["恒泰医药为什么是这个级别", { tool: "explain_score", acc: [HT], has: [HT] }]),
  conv("zh", ["苕溪跟恒泰哪个分高", { tool: "compare_accounts", acc: [TX, HT], has: [TX, HT] }]),
  conv(
    "zh",
    ["玄武湖医院", { tool: "account_overview", acc: [XWH], has: [XWH] }],
    ["给它做个计划", { tool: "generate_plan", acc: [XWH], has: [XWH] }],
  ),
  conv("zh", ["甬江人民医院有没有招标", { tool: "tender_matches", acc: [YJ] }]),
  conv("zh", ["华东医疗集团的商机预测", { tool: "forecast", acc: [ECMG] }]),
  conv("zh", ["温州瓯南 下一步怎么推进", { tool: NEXT, acc: [ON], has: [ON] }]),
  conv(
    "zh",
    ["介绍一下星海", { tool: "account_overview", acc: [XH], has: [XH] }],
    ["它有风险吗", { tool: RISKY, acc: [XH] }],
  ),
]);
