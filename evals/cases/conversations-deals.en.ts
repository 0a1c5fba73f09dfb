// Deal updates typed in chat (issue 18), en, over the demo book as rep1 李伟 (Sunday 2026-11-22). Development only.
// ECMG (华东医疗集团有限公司) has two open deals: 集团区域影像云平台二期 and 集团 HIS 年度升级服务; East China Medical
// Group First Hospital (华东一院) two, one of them DR; 玄武湖 (Xuanwuhu) none.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";

export const DEALS_EN = named("deals-en", [
  conv("en", [
    "ECMG HIS deal is now 2.4M, next step: send revised quote",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [ECMG],
      has: ["集团 HIS 年度升级服务", "CNY 2.4M", "send revised quote"],
      args: { amount: 2_400_000, nextStep: "send revised quote" },
    },
  ]),
  conv("en", [
    "ECMG deal slipped to January",
    { card: "choices", acc: [ECMG], has: ["集团 HIS 年度升级服务", "集团区域影像云平台二期"] },
  ]),
  conv("en", [
    "the DR deal at East China Medical Group First Hospital slipped to end of January",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [EC1],
      has: ["第一医院 DR 设备更新", "Jan 31", "end of January"],
      args: { closeDate: "2027-01-31" },
    },
  ]),
  conv("en", [
    "we lost the ECMG HIS deal to Mindray",
    {
      tool: "update_opportunity",
      card: "confirm",
      acc: [ECMG],
      has: ["Mindray", "lost"],
      args: { stage: "lost", competitor: "Mindray" },
    },
  ]),
  conv("en", [
    "move the ecmg his deal to proposal stage",
    { tool: "update_opportunity", card: "confirm", acc: [ECMG], args: { stage: "proposal" } },
  ]),
  conv("en", ["When will the ECMG deal close?", { tool: "forecast", acc: [ECMG], not: ["Please confirm"] }]),
  conv(
    "en",
    ["tell me about ECMG", { tool: "account_overview", acc: [ECMG] }],
    ["Tasman slipped to January", { tool: "none", acc: [], has: ["Tasman"], not: ["Please confirm"] }],
  ),
  conv(
    "en",
    ["tell me about ECMG", { tool: "account_overview", acc: [ECMG] }],
    [
      "the HIS deal closes end of month",
      { tool: "update_opportunity", card: "confirm", acc: [ECMG], args: { closeDate: "2026-11-30" } },
    ],
  ),
]);
