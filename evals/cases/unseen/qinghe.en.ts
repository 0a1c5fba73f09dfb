// Unseen book, en: written from evals/books/qinghe/*.csv by hand before any of it was played. rep1 唐宇's book.
// The clock is Sunday 2026-11-22: today 11-22, yesterday 11-21, next Tuesday 11-24.
import { conv, named } from "../conversation-types";
import { BS, CJX, DT, GROUP, JC, JUT, LS, notFound, RISKY, RO, SC, SX, XJ } from "./qinghe-names";

export const QINGHE_EN = named("qinghe-en", [
  conv(
    "en",
    ["how's CJX doing", { tool: "account_overview", acc: [CJX], has: [CJX] }],
    ["who's the CIO there", { tool: "power_map", acc: [CJX], has: ["严冬梅"] }],
  ),
  conv(
    "en",
    ["who is Ouyang Ming?", { tool: "power_map", acc: [XJ], has: ["欧阳明"] }],
    ["when did we last talk to him", { tool: ["power_map", "last_contact", "account_timeline"], acc: [XJ] }],
  ),
  conv("en", [
    "Chutian Heavy Industry group - which plants are in it",
    { tool: ["group_overview", "account_overview"], acc: GROUP, has: ["楚天重工武汉齿轮厂"] },
  ]),
  conv("en", ["deals at rongou?", { tool: "forecast", acc: [RO] }]),
  conv("en", ["any tenders for shancheng polytechnic", { tool: "tender_matches", acc: [SC] }]),
  conv("en", ["my logistics accounts", { tool: "find_accounts", has: [CJX, DT, RO], not: [JUT, SX] }]),
  conv(
    "en",
    ["accounts in Sichuan", { tool: "find_accounts", has: [BS, RO, JC], not: [CJX] }],
    ["power map of the third one", { tool: "power_map", acc: [BS, RO, JC] }],
  ),
  conv("en", [
    "log a call with Chen Si today about the phase 2 expansion",
    { tool: "log_interaction", card: "confirm", acc: [RO], has: ["陈思"], args: { kind: "call", date: "2026-11-22" } },
  ]),
  conv("en", [
    "remind me to call Xie Changjiang next tuesday",
    { tool: "add_action", card: "confirm", acc: [SC], has: ["谢长江"], args: { due: "2026-11-24" } },
  ]),
  conv("en", ["log a visit with Yan Dongmei at Dongting yesterday", { tool: "none", acc: [], has: ["严冬梅"] }]),
  conv("en", ["what's going on with Three Gorges Port Logistics", { tool: "none", acc: [], not: [SX] }]),
  conv("en", ["who decides at Tsinghua University?", notFound("Tsinghua University")]),
  conv("en", ["compare jianghan univ of tech and lushan", { tool: "compare_accounts", acc: [JUT, LS] }]),
  conv("en", ["what's the weather in Wuhan", { tool: "none", acc: [] }]),
  conv("en", ["xiangjiang precison risks?", { tool: RISKY, acc: [XJ] }]),
]);
