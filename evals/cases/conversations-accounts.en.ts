// One account at a time in en: English names, abbreviations, typos, any letter case, a named account's risks,
// deals, next steps, comparisons, follow-ups. rep1's accounts and their English aliases from the demo seed.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const XWH = "南京市玄武湖医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const TX = "湖州市苕溪医院";
const XH = "苏州工业园区星海医院";
const QCH = "钱塘大学医学院附属儿童医院";

const RISKY = ["at_risk_accounts", "account_overview"];
const NEXT = ["power_map", "show_plan", "generate_plan"];

export const ACCOUNTS_EN = named("accounts-en", [
  conv("en", ["What is the forecast for ECMG's open deals?", { tool: "forecast", acc: [ECMG] }]),
  conv("en", ["compare ECMG and Ningbo", { tool: "compare_accounts", acc: [ECMG, YJ], has: [ECMG, YJ] }]),
  conv(
    "en",
    ["tell me about Xuanwuhu hosptial", { tool: "account_overview", acc: [XWH], has: [XWH] }],
    ["any risks there?", { tool: RISKY, acc: [XWH] }],
    ["and the next steps?", { tool: NEXT, acc: [XWH] }],
  ),
  conv("en", ["hengtai pharma - what should we do next", { tool: NEXT, acc: [HT], has: [HT] }]),
  conv("en", ["HENGTAI PHARMA SCORE", { tool: "explain_score", acc: [HT], has: [HT] }]),
  conv(
    "en",
    ["how's suzhou xinghai doing", { tool: "account_overview", acc: [XH], has: [XH] }],
    ["compare it with Tiaoxi", { tool: "compare_accounts", acc: [XH, TX], has: [XH, TX] }],
  ),
  conv("en", ["risks at Qiantang Children's Hospital?", { tool: RISKY, acc: [QCH] }]),
  conv("en", ["east china medical grp first hospital overview", { tool: "account_overview", acc: [EC1], has: [EC1] }]),
  conv(
    "en",
    ["show me the plan for ECMG", { tool: ["show_plan", "generate_plan"], acc: [ECMG], has: [ECMG] }],
    ["what about Hengtai?", { tool: ["show_plan", "generate_plan"], acc: [HT], has: [HT] }],
  ),
  conv("en", ["why is xuanwuhu rated so low", { tool: "explain_score", acc: [XWH], has: [XWH] }]),
  conv("en", ["deals at Ningbo Yongjiang", { tool: "forecast", acc: [YJ] }]),
  conv("en", ["tenders for Xinghai?", { tool: "tender_matches", acc: [XH] }]),
  conv(
    "en",
    ["ECMG", { tool: "account_overview", acc: [ECMG], has: [ECMG] }],
    // Its members are answered by the overview's "Under it" line or by the group overview (as the fourth book asks).
    ["its subsidiaries?", { tool: ["account_overview", "group_overview"], acc: [ECMG], has: [EC1] }],
  ),
  conv("en", [
    "draft a 6 month plan for tiaoxi hospital",
    { tool: "generate_plan", acc: [TX], args: { horizonMonths: 6 } },
  ]),
  conv("en", ["ecmg vs east china medical group first hospital", { tool: "compare_accounts", acc: [ECMG, EC1] }]),
  conv("en", ["is Hengtai at risk?", { tool: RISKY, acc: [HT] }]),
]);
