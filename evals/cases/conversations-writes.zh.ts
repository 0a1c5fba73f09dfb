// Writes in zh: logging what happened, actions for what will happen, people who are not at the account. The demo
// clock is Sunday 2026-11-22 (weeks start Monday): 今天 11-22, 昨天 11-21, 明天 11-23, 上周五 11-20, 下周二 11-24,
// 下周三 11-25. Contacts from the seed: 程刚 and 梁杰 at 华东医疗集团有限公司, 周明 院长 at 苕溪, 胡雪梅 院长 at 玄武湖,
// 蔡春燕 总经理 at 恒泰, 张磊 信息科主任 at 甬江, 沈伟 院长 at 星海; no 王主任 anywhere in rep1's book.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const XWH = "南京市玄武湖医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const TX = "湖州市苕溪医院";
const XH = "苏州工业园区星海医院";

export const WRITES_ZH = named("writes-zh", [
  conv(
    "zh",
    ["华东一院的情况", { tool: "account_overview", acc: [EC1] }],
    ["把明天拜访王主任记一下", { tool: "none", acc: [], has: ["王主任"] }],
  ),
  conv("zh", [
    "下周二拜访梁杰",
    { tool: "add_action", card: "confirm", acc: [ECMG], has: ["梁杰", ECMG, "11月24日"], args: { due: "2026-11-24" } },
  ]),
  conv("zh", [
    "记一下，今天和苕溪的周院长通了电话，聊了续约",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [TX],
      has: ["周明", TX],
      args: { kind: "call", date: "2026-11-22" },
    },
  ]),
  conv("zh", [
    "给恒泰加个行动：下周三约蔡总吃饭",
    { tool: "add_action", card: "confirm", acc: [HT], has: [HT, "蔡春燕"], args: { due: "2026-11-25" } },
  ]),
  conv("zh", [
    "昨天去玄武湖拜访了胡院长",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [XWH],
      has: ["胡雪梅", XWH],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "帮我记录：上周五和甬江张主任开了会",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [YJ],
      has: ["张磊"],
      args: { kind: "meeting", date: "2026-11-20" },
    },
  ]),
  conv("zh", [
    "明天去拜访星海医院的沈院长",
    { tool: "add_action", card: "confirm", acc: [XH], has: ["沈伟", "11月23日"], args: { due: "2026-11-23" } },
  ]),
  conv(
    "zh",
    ["苕溪医院的计划", { tool: ["show_plan", "generate_plan"], acc: [TX] }],
    ["保存一下", { tool: "save_plan", card: "confirm", acc: [TX], has: [TX] }],
  ),
  conv("zh", ["记录一下今天在玄武湖见了程刚", { tool: "none", acc: [], has: ["程刚"] }]),
  conv("zh", ["保存计划", { tool: "none", acc: [] }]),
  conv(
    "zh",
    ["恒泰医药", { tool: "account_overview", acc: [HT] }],
    [
      "提醒我下周三给陈强打电话",
      { tool: "add_action", card: "confirm", acc: [HT], has: ["陈强"], args: { due: "2026-11-25" } },
    ],
  ),
  conv("zh", ["记一下，北京协和医院今天来电话了", { tool: "none", acc: [], has: ["北京协和医院"] }]),
  conv("zh", [
    "今天见了华东医疗集团的马伟，聊了采购流程",
    { tool: "log_interaction", card: "confirm", acc: [ECMG], has: ["马伟", ECMG], args: { date: "2026-11-22" } },
  ]),
]);
