// Lists, filters and positions in en: English regions (Jiangsu, Zhejiang), English industries ("hospitals",
// "pharma"), tiers, "the second one". rep1's accounts by region and industry as in conversations-lists.zh.ts.
import { conv, named } from "./conversation-types";

const XWH = "南京市玄武湖医院";
const XH = "苏州工业园区星海医院";
const YJ = "宁波市甬江人民医院";
const ECMG = "华东医疗集团有限公司";
const HT = "浙江恒泰医药有限公司";

export const LISTS_EN = named("lists-en", [
  conv(
    "en",
    ["Which of my accounts are in Jiangsu?", { tool: "find_accounts", has: [XWH, XH], not: [YJ] }],
    ["power map of the second one", { tool: "power_map", acc: [XWH, XH] }],
  ),
  conv("en", ["accounts in zhejiang", { tool: "find_accounts", has: [YJ, HT], not: [XWH] }]),
  conv("en", ["pharma accounts", { tool: "find_accounts", has: [HT], not: [XWH] }]),
  conv("en", ["list my tier A accounts", { tool: "find_accounts", args: { tiers: ["A"] } }]),
  conv("en", ["which accounts are slipping?", { tool: "at_risk_accounts", acc: [] }]),
  conv(
    "en",
    ["compare Ningbo Yongjiang and ECMG", { tool: "compare_accounts", acc: [YJ, ECMG] }],
    ["who decides at the first one?", { tool: "power_map", acc: [YJ], has: ["宋思远"] }],
  ),
  conv("en", ["my hospitals in Shanghai", { tool: "find_accounts", has: ["华东医疗集团第一医院"], not: [XWH] }]),
  conv("en", ["what's my forecast this quarter", { tool: "forecast", acc: [] }]),
  conv("en", ["any new tenders?", { tool: "tender_matches", acc: [] }]),
  conv("en", ["portfolio kpis", { tool: "portfolio_kpis" }]),
  conv("en", [
    "show me accounts in the healthcare sector in Jiangsu",
    { tool: "find_accounts", has: [XWH], not: [HT] },
  ]),
  conv("en", ["weekly briefing please", { tool: "briefing_preview" }]),
]);
