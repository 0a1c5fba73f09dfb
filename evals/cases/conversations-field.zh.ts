// How reps type in the field, zh: a title alone as the question (瓯南的院长), "上次见X是什么时候" with and without an
// account, relative dates (昨天下午, 前天, 下周二) resolved against the demo's today (2026-11-22, a Sunday), a visit
// planned for later as a reminder (not a completed visit), "X是哪家的", short names (定海医院, 南浔医院), a given
// name with a title (春燕总, 志强院长), ambiguous short names and surnames that must ask, names not in the book and
// out-of-scope asks. Written before the understanding was changed for them. rep1 (李伟)'s accounts; people from
// SELECT c.name, c.title, a.name FROM contacts c JOIN accounts a ON a.id = c.account_id.
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
const EC1 = "华东医疗集团第一医院";

export const FIELD_ZH = named("field-zh", [
  conv("zh", ["瓯南的院长", { tool: "power_map", acc: [ON], has: ["赵宏伟"] }]),
  conv(
    "zh",
    ["甬江医院的信息科主任是哪个", { tool: "power_map", acc: [YJ], has: ["张磊"] }],
    ["上次见他是啥时候", { tool: "last_contact", acc: [YJ], has: ["张磊"] }],
  ),
  conv("zh", ["上次跟苕溪周院长见面是什么时候", { tool: "last_contact", acc: [TX], has: ["周明"] }]),
  conv(
    "zh",
    // Eight accounts have a 院长: ask which, never pick one.
    ["我们最后一次见院长是啥时候", { tool: "none", acc: [] }],
    ["星海的", { tool: "last_contact", acc: [XH], has: ["沈伟"] }],
  ),
  conv("zh", [
    "下周二去拜访定海医院王院长",
    { tool: "add_action", card: "confirm", acc: [DH], has: ["王立新"], args: { due: "2026-11-24" } },
  ]),
  conv("zh", [
    "周康的冯科长 明天电话回访一下",
    { tool: "add_action", card: "confirm", acc: [ZK], has: ["冯海燕"], args: { due: "2026-11-23" } },
  ]),
  conv("zh", [
    "昨天下午给岱山医院陈院长打了个电话 聊了下预算",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [DS],
      has: ["陈志强"],
      args: { kind: "call", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "前天去南浔医院见了姚院长",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [NX],
      has: ["姚振华"],
      args: { kind: "visit", date: "2026-11-20" },
    },
  ]),
  conv("zh", ["张磊是哪个客户的", { tool: "power_map", acc: [YJ], has: [YJ] }]),
  conv("zh", ["春燕总是哪家的", { tool: "power_map", acc: [HT], has: [HT] }]),
  conv(
    "zh",
    ["康宁医疗集团最近咋样", { tool: "account_overview", acc: [KN] }],
    ["他们总裁是谁", { tool: "power_map", acc: [KN], has: ["林海涛"] }],
  ),
  // 湖州 is in two accounts' names (南浔, 苕溪): ask with both.
  conv("zh", ["湖州医院的院长", { tool: "none", acc: [], card: "choices", has: [TX, NX] }]),
  // 沈伟 (星海) and 沈国平 (嘉善) are both 院长.
  conv("zh", ["沈院长最近怎么样", { tool: "none", acc: [], card: "choices", has: ["沈伟", "沈国平"] }]),
  conv(
    "zh",
    ["嘉善中医院怎么样", { tool: "account_overview", acc: [JS] }],
    ["那仁济医院呢", { tool: ["none", "find_accounts"], acc: [], has: ["仁济医院"], not: [JS] }],
  ),
  conv(
    "zh",
    ["普陀医院", { tool: "account_overview", acc: [PT] }],
    [
      "下周二约邵院长见一面",
      { tool: "add_action", card: "confirm", acc: [PT], has: ["邵海东"], args: { due: "2026-11-24" } },
    ],
  ),
  conv("zh", ["帮我订张明天去宁波的高铁票", { tool: "none", acc: [] }]),
  conv("zh", ["志强院长是谁", { tool: "power_map", acc: [DS], has: ["陈志强"] }]),
  conv("zh", [
    "玉兰院长想下周三见我们 帮我记个提醒",
    { tool: "add_action", card: "confirm", acc: [EC1], has: ["魏玉兰"], args: { due: "2026-11-25" } },
  ]),
]);
