// Lists, filters and positions in zh: regions (江苏, 华东区), industries, tiers, "第二个". rep1's accounts by
// region and industry (SELECT a.name, a.region, a.industry FROM accounts a JOIN users u ON u.id = a.owner_id
// WHERE u.name = '李伟'): 江苏 = 玄武湖, 星海; 浙江 = 甬江, 恒泰, 瓯南, 苕溪, 钱大儿院; 上海 = 周康, 华东医疗集团, 华东一院;
// pharma = 恒泰 only.
import { conv, named } from "./conversation-types";

const XWH = "南京市玄武湖医院";
const XH = "苏州工业园区星海医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const ECMG = "华东医疗集团有限公司";
const TX = "湖州市苕溪医院";

export const LISTS_ZH = named("lists-zh", [
  conv(
    "zh",
    ["江苏的客户有哪些", { tool: "find_accounts", has: ["玄武湖", "星海"], not: ["甬江", "恒泰"] }],
    ["第二个的决策人是谁", { tool: "power_map", acc: [XWH, XH] }],
  ),
  conv("zh", ["我在浙江有几家客户", { tool: "find_accounts", has: ["5"], not: ["玄武湖"] }]),
  conv("zh", ["上海的客户", { tool: "find_accounts", has: ["华东医疗集团有限公司"], not: ["玄武湖"] }]),
  conv("zh", ["医药行业的客户有哪些", { tool: "find_accounts", has: ["恒泰"], not: ["玄武湖"] }]),
  conv("zh", ["S级客户有哪些", { tool: "find_accounts", args: { tiers: ["S"] } }]),
  conv("zh", ["哪些客户有流失风险", { tool: "at_risk_accounts", acc: [] }]),
  conv(
    "zh",
    ["对比下甬江和恒泰", { tool: "compare_accounts", acc: [YJ, HT], has: [YJ, HT] }],
    ["第二个的决策人", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }],
  ),
  conv(
    "zh",
    ["华东医疗集团和苕溪医院哪个风险大", { tool: ["compare_accounts", "at_risk_accounts"], acc: [ECMG, TX] }],
    ["第一个呢，下一步做什么", { tool: ["power_map", "show_plan", "generate_plan"], acc: [ECMG] }],
  ),
  conv("zh", ["江苏省的医院", { tool: "find_accounts", has: ["玄武湖", "星海"], not: ["甬江"] }]),
  conv("zh", ["最近的招标机会", { tool: "tender_matches", acc: [] }]),
  conv("zh", ["本季度的销售预测", { tool: "forecast", acc: [] }]),
  conv("zh", ["重点客户名单", { tool: "find_accounts" }]),
  conv("zh", ["我的客户组合KPI", { tool: "portfolio_kpis" }]),
  conv("zh", ["华东区的客户都列一下", { tool: "find_accounts", has: ["华东医疗集团有限公司"] }]),
]);
