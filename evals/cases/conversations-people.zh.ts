// People by name, by title (王主任, 院长), by pronoun, in zh. rep1 (李伟)'s book; titles and names from the demo
// seed (src/db/seed: SELECT a.name, c.name, c.title FROM contacts c JOIN accounts a ON a.id = c.account_id).
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const XWH = "南京市玄武湖医院";
const TX = "湖州市苕溪医院";
const HT = "浙江恒泰医药有限公司";
const XH = "苏州工业园区星海医院";
const YJ = "宁波市甬江人民医院";
const QCH = "钱塘大学医学院附属儿童医院";

export const PEOPLE_ZH = named("people-zh", [
  conv(
    "zh",
    ["程刚是谁", { tool: "power_map", acc: [ECMG], has: ["程刚", "分管医疗副总裁"] }],
    ["他跟我们关系怎么样", { tool: "power_map", acc: [ECMG], has: ["程刚"] }],
  ),
  conv(
    "zh",
    ["华东一院的院长是谁？", { tool: "power_map", acc: [EC1], has: ["魏玉兰"] }],
    ["她支持我们吗", { tool: "power_map", acc: [EC1], has: ["魏玉兰", "中立"] }],
  ),
  conv("zh", ["苕溪医院谁拍板", { tool: "power_map", acc: [TX], has: ["周明"] }]),
  conv(
    "zh",
    ["玄武湖那边的采购办主任叫啥", { tool: "power_map", acc: [XWH], has: ["郑静"] }],
    ["上次见她是什么时候", { tool: "power_map", acc: [XWH], has: ["郑静"] }],
  ),
  conv("zh", ["恒泰的总经理是哪位", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }]),
  conv(
    "zh",
    ["星海医院有哪些关键人", { tool: "power_map", acc: [XH], has: ["沈伟"] }],
    ["那甬江呢", { tool: "power_map", acc: [YJ], has: ["宋思远"] }],
  ),
  conv("zh", ["魏刚在哪家医院", { tool: "power_map", acc: [QCH], has: ["魏刚"] }]),
  conv("zh", ["钱大儿院谁在反对我们", { tool: "power_map", acc: [QCH], has: ["苏娟"] }]),
  conv(
    "zh",
    ["介绍下华东一院", { tool: "account_overview", acc: [EC1], has: [EC1] }],
    ["王主任是谁", { tool: "none", acc: [], has: ["王主任"] }],
  ),
  conv("zh", ["梁杰最近怎么样", { tool: "power_map", acc: [ECMG], has: ["梁杰"] }]),
  conv("zh", ["谢军 这个人 什么角色", { tool: "power_map", acc: [EC1], has: ["谢军", "信息科主任"] }]),
  conv(
    "zh",
    ["瓯南的院长", { tool: "power_map", acc: ["温州市瓯南中心医院"], has: ["赵宏伟"] }],
    ["谁能帮我们引荐他", { tool: "power_map", acc: ["温州市瓯南中心医院"], has: ["赵宏伟"] }],
  ),
  conv("zh", ["华东医疗集团谁是我们的内线", { tool: "power_map", acc: [ECMG], has: ["宋艳"] }]),
  conv("zh", ["张伟是谁", { tool: "none", acc: [], has: ["张伟"] }]),
  conv("zh", ["苕溪的邓科长跟竞品走得近吗", { tool: "power_map", acc: [TX], has: ["邓勇", "迈康医疗"] }]),
  conv("zh", ["甬江医院的信息科主任", { tool: "power_map", acc: [YJ], has: ["张磊"] }]),
]);
