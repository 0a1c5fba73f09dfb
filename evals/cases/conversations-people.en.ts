// People by name (pinyin too), by title ("the GM", "the director"), by pronoun, in en. rep1's book; names and
// titles from the demo seed (SELECT a.name, c.name, c.title FROM contacts c JOIN accounts a ON a.id = c.account_id).
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const XWH = "南京市玄武湖医院";
const TX = "湖州市苕溪医院";
const HT = "浙江恒泰医药有限公司";
const XH = "苏州工业园区星海医院";
const QCH = "钱塘大学医学院附属儿童医院";

export const PEOPLE_EN = named("people-en", [
  conv(
    "en",
    ["who is Cheng Gang?", { tool: "power_map", acc: [ECMG], has: ["程刚"] }],
    ["who does he report to", { tool: "power_map", acc: [ECMG], has: ["程刚"] }],
  ),
  conv("en", ["who's blocking us at Xuanwuhu?", { tool: "power_map", acc: [XWH] }]),
  conv(
    "en",
    ["tell me about ECMG", { tool: "account_overview", acc: [ECMG], has: [ECMG] }],
    ["who is blocking us at Xuanwuhu?", { tool: "power_map", acc: [XWH] }],
  ),
  conv("en", ["who is the GM at Hengtai", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }]),
  conv(
    "en",
    ["key people at Suzhou Xinghai hospital", { tool: "power_map", acc: [XH], has: ["沈伟"] }],
    ["is the president on our side?", { tool: "power_map", acc: [XH], has: ["沈伟"] }],
  ),
  conv("en", [
    "decision maker at east china medical group first hospital?",
    { tool: "power_map", acc: [EC1], has: ["魏玉兰"] },
  ]),
  conv("en", ["who is 魏玉兰", { tool: "power_map", acc: [EC1], has: ["魏玉兰"] }]),
  conv("en", ["Qiantang children's hospital - who opposes us", { tool: "power_map", acc: [QCH], has: ["苏娟"] }]),
  conv("en", ["who is John Smith?", { tool: "none", acc: [], has: ["John Smith"] }]),
  conv(
    "en",
    ["power map for tiaoxi", { tool: "power_map", acc: [TX], has: ["周明"] }],
    ["when did we last meet the president", { tool: "power_map", acc: [TX], has: ["周明"] }],
  ),
  conv("en", ["who can introduce us to Wei Yulan", { tool: "power_map", acc: [EC1], has: ["魏玉兰"] }]),
  conv("en", ["what's Liang Jie's role", { tool: "power_map", acc: [ECMG], has: ["梁杰"] }]),
  conv("en", ["stakeholders at hengtai pharma pls", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }]),
  conv("en", ["who is the CIO at XUANWUHU", { tool: "power_map", acc: [XWH], has: ["丁晓东"] }]),
]);
