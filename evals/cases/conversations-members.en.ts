// The same kinds in en: a group's member named by its own words after the group, numbered hospitals that are none
// of the user's accounts, "where does X work", short names in follow-ups. rep1 (李伟)'s accounts and contacts.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const ON = "温州市瓯南中心医院";
const XH = "苏州工业园区星海医院";
const QCH = "钱塘大学医学院附属儿童医院";
const XWH = "南京市玄武湖医院";
const MAP = ["power_map"];

export const MEMBERS_EN = named("members-en", [
  conv(
    "en",
    ["how's ECMG doing", { tool: "account_overview", acc: [ECMG] }],
    ["and the first hospital - who decides there?", { tool: MAP, acc: [EC1], has: ["华东医疗集团第一医院"] }],
  ),
  conv(
    "en",
    ["ECMG overview pls", { tool: "account_overview", acc: [ECMG] }],
    ["who's our champion at the First Hospital", { tool: MAP, acc: [EC1], has: ["朱慧敏"] }],
  ),
  conv("en", ["where does Wei Gang work?", { tool: MAP, acc: [QCH], has: ["钱塘大学医学院附属儿童医院"] }]),
  conv("en", ["which account is Cheng Gang at", { tool: MAP, acc: [ECMG], has: ["华东医疗集团有限公司"] }]),
  conv(
    "en",
    ["Xinghai hospital status", { tool: "account_overview", acc: [XH] }],
    ["compare with Xuanwuhu", { tool: "compare_accounts", acc: [XH, XWH] }],
  ),
  conv(
    "en",
    ["how is Xuanwuhu doing", { tool: "account_overview", acc: [XWH] }],
    ["vs Xinghai?", { tool: "compare_accounts", acc: [XH, XWH] }],
  ),
  conv(
    "en",
    ["ECMG power map", { tool: MAP, acc: [ECMG] }],
    ["what about the Fifth Hospital", { tool: "none", acc: [], has: ["couldn't find"] }],
  ),
  conv("en", ["who runs Mayo Clinic", { tool: "none", acc: [], has: ["couldn't find"] }]),
  conv("en", ["how's ounan central hospital", { tool: "account_overview", acc: [ON] }]),
  conv("en", ["Ounan hosptial risks?", { tool: ["at_risk_accounts", "account_overview"], acc: [ON] }]),
]);
