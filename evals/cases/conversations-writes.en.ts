// Writes in en, with the same clock and people as conversations-writes.zh.ts (pinyin names: Cheng Gang 程刚,
// Liang Jie 梁杰, Wei Yulan 魏玉兰 院长 at 华东一院, Song Siyuan 宋思远 院长 at 甬江, Cai Chunyan 蔡春燕 GM at 恒泰).
// Next Friday is 2026-11-27.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const YJ = "宁波市甬江人民医院";
const HT = "浙江恒泰医药有限公司";
const TX = "湖州市苕溪医院";

export const WRITES_EN = named("writes-en", [
  conv(
    "en",
    ["tell me about east china medical group first hospital", { tool: "account_overview", acc: [EC1] }],
    [
      "log a call with Cheng Gang today",
      {
        tool: "log_interaction",
        card: "confirm",
        acc: [ECMG],
        has: ["程刚", ECMG],
        args: { kind: "call", date: "2026-11-22" },
      },
    ],
  ),
  conv("en", [
    "remind me to call Song Siyuan next Friday",
    {
      tool: "add_action",
      card: "confirm",
      acc: [YJ],
      has: ["宋思远", "Nov 27|27 Nov|November 27"],
      args: { due: "2026-11-27" },
    },
  ]),
  conv("en", ["log a call with Cheng Gang at Xuanwuhu", { tool: "none", acc: [], has: ["程刚|Cheng Gang"] }]),
  conv("en", [
    "schedule a visit to Hengtai next Tuesday",
    {
      tool: "add_action",
      card: "confirm",
      acc: [HT],
      has: [HT, "Nov 24|24 Nov|November 24"],
      args: { due: "2026-11-24" },
    },
  ]),
  conv("en", [
    "just got off a call with Hengtai's GM, she wants a quote",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [HT],
      has: ["蔡春燕"],
      args: { kind: "call", date: "2026-11-22" },
    },
  ]),
  conv("en", [
    "visited Wei Yulan yesterday, she is still neutral",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [EC1],
      has: ["魏玉兰"],
      args: { kind: "visit", date: "2026-11-21" },
    },
  ]),
  conv(
    "en",
    ["show the plan for tiaoxi", { tool: ["show_plan", "generate_plan"], acc: [TX] }],
    ["save it", { tool: "save_plan", card: "confirm", acc: [TX], has: [TX] }],
  ),
  conv("en", ["add a visit next Tuesday with Dr. Wang", { tool: "none", acc: [], has: ["Wang"] }]),
  conv("en", [
    "add a task for ECMG: send the proposal to Liang Jie by next Wednesday",
    { tool: "add_action", card: "confirm", acc: [ECMG], has: ["梁杰", ECMG], args: { due: "2026-11-25" } },
  ]),
  conv("en", ["log a meeting at Mayo Clinic today", { tool: "none", acc: [], has: ["Mayo Clinic"] }]),
  conv(
    "en",
    ["Hengtai overview", { tool: "account_overview", acc: [HT] }],
    [
      "log that I emailed the GM today",
      { tool: "log_interaction", card: "confirm", acc: [HT], has: ["蔡春燕"], args: { kind: "email" } },
    ],
  ),
]);
