// Group members called by their own name after the group (第一医院, 定海医院), numbered hospitals that are none of
// the user's accounts, "X在哪家医院", short names in follow-ups, written sloppily in zh. rep1 (李伟)'s accounts;
// members from SELECT name FROM accounts WHERE parent_id IS NOT NULL; people from SELECT name, title FROM contacts.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const KN = "东海康宁医疗集团";
const DH = "东海康宁医疗集团定海医院";
const DS = "东海康宁医疗集团岱山医院";
const ON = "温州市瓯南中心医院";
const XH = "苏州工业园区星海医院";
const QCH = "钱塘大学医学院附属儿童医院";
const MAP = ["power_map"];

export const MEMBERS_ZH = named("members-zh", [
  conv(
    "zh",
    ["华东医疗集团最近咋样", { tool: "account_overview", acc: [ECMG] }],
    ["那第一医院谁拍板", { tool: MAP, acc: [EC1], has: ["华东医疗集团第一医院"] }],
  ),
  conv(
    "zh",
    ["看下华东医疗集团", { tool: "account_overview", acc: [ECMG] }],
    ["第一医院的内线是谁", { tool: MAP, acc: [EC1], has: ["朱慧敏"] }],
  ),
  conv(
    "zh",
    ["康宁医疗集团情况", { tool: "account_overview", acc: [KN] }],
    ["定海医院的关键人", { tool: MAP, acc: [DH], has: ["王立新"] }],
  ),
  conv(
    "zh",
    ["东海康宁集团概况", { tool: "account_overview", acc: [KN] }],
    ["岱山医院呢", { tool: ["account_overview", "power_map"], acc: [DS], has: ["岱山医院"] }],
  ),
  conv(
    "zh",
    ["华东医疗集团的权力地图", { tool: MAP, acc: [ECMG] }],
    ["第五医院的决策人是谁", { tool: "none", acc: [], has: ["没有找到"], not: ["梁杰"] }],
  ),
  conv(
    "zh",
    ["华东医疗集团概况", { tool: "account_overview", acc: [ECMG] }],
    ["第二医院的情况呢", { tool: "none", acc: [], has: ["没有找到"] }],
  ),
  conv("zh", ["魏刚是哪家医院的", { tool: MAP, acc: [QCH], has: ["钱塘大学医学院附属儿童医院"] }]),
  conv("zh", ["程刚在哪个单位", { tool: MAP, acc: [ECMG], has: ["华东医疗集团有限公司"] }]),
  conv(
    "zh",
    ["瓯南中心医院最近怎么样", { tool: "account_overview", acc: [ON] }],
    ["跟星海比一下", { tool: "compare_accounts", acc: [ON, XH], has: ["星海"] }],
  ),
  conv(
    "zh",
    ["星海最近怎么样", { tool: "account_overview", acc: [XH], has: ["星海"] }],
    ["和瓯南比呢", { tool: "compare_accounts", acc: [ON, XH], has: ["瓯南"] }],
  ),
  conv("zh", ["浙江第一医院谁说了算", { tool: "none", acc: [], has: ["没有找到"] }]),
  conv("zh", ["上海第六人民医院怎么样", { tool: "none", acc: [], has: ["没有找到"] }]),
]);
