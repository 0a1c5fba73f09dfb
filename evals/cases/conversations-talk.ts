// Development only (issue 18, 2026-12-05 session 2): written while fixing the kinds they cover, so they are never
// counted as measured. How reps type in a hurry: colloquial days (明早, 昨儿, 明儿个, tmrw, yday, last night), a meal
// as a meeting, a softened or space-separated command (提醒我一下, "… 加个待办"), "log it" at the end, a shortened
// name two accounts share (湖州医院), a write for a person named by surname and courtesy title only ("Dr. Wang").
// The demo clock is Sunday 2026-11-22. 张磊 信息科主任 at 甬江, 周明 院长 at 苕溪, 王立新 院长 at 定海 (rep1's only 王).
import { conv, named } from "./conversation-types";

const YJ = "宁波市甬江人民医院";
const TX = "湖州市苕溪医院";
const NX = "湖州市南浔区人民医院";
const DH = "东海康宁医疗集团定海医院";
const HT = "浙江恒泰医药有限公司";

export const TALK = named("talk", [
  conv("zh", [
    "明早去甬江拜访张主任，提醒我一下",
    { tool: "add_action", card: "confirm", acc: [YJ], has: ["张磊", "拜访张主任"], args: { due: "2026-11-23" } },
  ]),
  conv("zh", [
    "昨儿跟甬江张主任吃了个饭 记一下",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [YJ],
      has: ["张磊", "11月21日"],
      not: ["记一下"],
      args: { kind: "meeting", date: "2026-11-21" },
    },
  ]),
  conv("zh", [
    "明儿个给甬江张主任打个电话 加个待办",
    { tool: "add_action", card: "confirm", acc: [YJ], has: ["打个电话"], args: { due: "2026-11-23" } },
  ]),
  conv("en", [
    "tmrw call Zhang Lei at Yongjiang, add a task",
    { tool: "add_action", card: "confirm", acc: [YJ], has: ["张磊"], args: { due: "2026-11-23" } },
  ]),
  conv("en", [
    "yday had lunch w/ Zhang Lei at Yongjiang, log it",
    {
      tool: "log_interaction",
      card: "confirm",
      acc: [YJ],
      has: ["张磊", "Nov 21"],
      not: ["log it"],
      args: { kind: "meeting", date: "2026-11-21" },
    },
  ]),
  conv("zh", ["湖州医院的院长是谁", { tool: "none", acc: [], card: "choices", has: [TX, NX] }]),
  conv(
    "zh",
    ["湖州市南浔区人民医院怎么样", { tool: "account_overview", acc: [NX] }],
    ["湖州医院的院长呢", { tool: "power_map", acc: [NX] }],
  ),
  conv("en", [
    "add a visit next Tuesday with Dr. Wang",
    { tool: "none", acc: [], card: "choices", has: ["王立新", DH, "Nothing is saved"] },
  ]),
  // 他/她/her right after a person: about that person at that person's account.
  conv(
    "zh",
    ["甬江的张主任是谁", { tool: "power_map", acc: [YJ], has: ["张磊"] }],
    ["上次见他是啥时候", { tool: "last_contact", acc: [YJ], has: ["张磊", "11月17日"], not: ["2026-11-17"] }],
  ),
  conv(
    "en",
    ["who's the GM at hengtai", { tool: "power_map", acc: [HT], has: ["蔡春燕"] }],
    ["when did we last see her", { tool: "last_contact", acc: [HT], has: ["蔡春燕", "Aug 10"] }],
  ),
  conv("en", [
    "schedule a call with 王立新 at Dinghai hospital next Friday",
    { tool: "add_action", card: "confirm", acc: [DH], has: ["王立新"], args: { due: "2026-11-27" } },
  ]),
]);
