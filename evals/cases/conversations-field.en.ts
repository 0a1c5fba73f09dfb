// How reps type in the field, en: a title alone ("the CIO at Ningbo"), "when did we last meet the president" with
// and without an account, relative dates (yesterday afternoon, tomorrow, next Tuesday, on Friday) against the
// demo's today (2026-11-22, a Sunday), a visit planned for later as a reminder, "which account is X at", short
// and pinyin names (Dinghai, Nanxun, Zhoukang), a given name only, ambiguous names that must ask, names not in the
// book and out-of-scope asks. Written before the understanding was changed for them. rep1 (李伟)'s accounts;
// people from SELECT c.name, c.title, a.name FROM contacts c JOIN accounts a ON a.id = c.account_id.
import { conv, named } from "./conversation-types";

const ON = "温州市瓯南中心医院";
const YJ = "宁波市甬江人民医院";
const TX = "湖州市苕溪医院";
const NX = "湖州市南浔区人民医院";
const XH = "苏州工业园区星海医院";
const KN = "东海康宁医疗集团";
const DH = "东海康宁医疗集团定海医院";
const DS = "东海康宁医疗集团岱山医院";
const ZK = "上海市浦东新区周康社区卫生服务中心";
const HT = "浙江恒泰医药有限公司";
const JS = "嘉善县中医医院";
const PT = "舟山市普陀医院";

export const FIELD_EN = named("field-en", [
  conv("en", ["the CIO at Ningbo", { tool: "power_map", acc: [YJ], has: ["张磊"] }]),
  conv("en", ["who's the president at ounan", { tool: "power_map", acc: [ON], has: ["赵宏伟"] }]),
  conv("en", ["when did we last meet the president of Tiaoxi?", { tool: "last_contact", acc: [TX], has: ["周明"] }]),
  conv(
    "en",
    // Eight accounts have a president: ask which, never pick one.
    ["when did we last see the president", { tool: "none", acc: [] }],
    ["at xinghai", { tool: "last_contact", acc: [XH], has: ["沈伟"] }],
  ),
  conv("en", [
    "schedule a visit to Dinghai hospital next Tuesday",
    { tool: "add_action", card: "confirm", acc: [DH], has: [DH], args: { due: "2026-11-24" } },
  ]),
  conv("en", [
    "yesterday afternoon had a call w/ dr. chen at daishan, they want a demo",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [DS],
      has: ["陈志强"],
      args: { kind: "call", date: "2026-11-21" },
    },
  ]),
  conv("en", ["which account is Zhang Lei at?", { tool: "power_map", acc: [YJ], has: [YJ] }]),
  conv("en", [
    "met Yao Zhenhua at nanxun hospital on friday",
    { tool: "log_interaction", card: "confirm", acc: [NX], has: ["姚振华"], args: { date: "2026-11-20" } },
  ]),
  conv(
    "en",
    ["Kangning group", { tool: "account_overview", acc: [KN] }],
    ["who's their president", { tool: "power_map", acc: [KN], has: ["林海涛"] }],
  ),
  // 湖州 (Huzhou) is in two accounts' names: ask with both.
  conv("en", ["who runs Huzhou hospital?", { tool: "none", acc: [], card: "choices", has: [TX, NX] }]),
  conv("en", [
    "remind me to call Feng Haiyan at Zhoukang tomorrow",
    { tool: "add_action", card: "confirm", acc: [ZK], has: ["冯海燕"], args: { due: "2026-11-23" } },
  ]),
  conv(
    "en",
    ["how's Jiashan TCM hospital doing", { tool: "account_overview", acc: [JS] }],
    ["and Ruijin Hospital?", { tool: ["none", "find_accounts"], acc: [], has: ["Ruijin Hospital"], not: [JS] }],
  ),
  // 沈伟 (星海) and 沈国平 (嘉善) are both presidents.
  conv("en", ["who is President Shen", { tool: "none", acc: [], card: "choices", has: ["沈伟", "沈国平"] }]),
  conv("en", ["book me a flight to Ningbo tomorrow", { tool: "none", acc: [] }]),
  conv(
    "en",
    ["Putuo hospital overview", { tool: "account_overview", acc: [PT] }],
    [
      "set up a meeting with their president next Tuesday",
      { tool: "add_action", card: "confirm", acc: [PT], has: ["邵海东"], args: { due: "2026-11-24" } },
    ],
  ),
  conv("en", [
    "log a visit with Wang Lixin yesterday",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [DH],
      has: ["王立新"],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("en", ["what does Chunyan do at hengtai", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }]),
]);
