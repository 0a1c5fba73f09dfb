// Names that are not in the user's book (北京协和医院), other reps' accounts (钱大一院 belongs to 张静, 永定河医院 to
// 刘洋: invisible to rep1), out-of-scope asks, and context that must not stand in for an unknown name.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const EC1 = "华东医疗集团第一医院";
const QCH = "钱塘大学医学院附属儿童医院";

/** The not-found answer names the asked-for name; no account may be touched. */
const nf = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });

export const UNKNOWN_ZH = named("unknown-zh", [
  conv(
    "zh",
    ["华东医疗集团怎么样", { tool: "account_overview", acc: [ECMG] }],
    ["北京协和医院怎么样", nf("北京协和医院")],
  ),
  conv("zh", ["瑞金医院的决策人是谁", nf("瑞金医院")]),
  conv("zh", ["华东一院的评分", { tool: "explain_score", acc: [EC1] }], ["华山医院的评分呢", nf("华山医院")]),
  conv("zh", ["钱大一院的计划", { tool: "none", acc: [], not: ["钱塘大学医学院附属儿童医院"] }]),
  // Saying back the name the user typed reveals nothing; the other rep's account's full name and data would.
  conv("zh", ["永定河医院最近怎么样", { tool: "none", acc: [], not: ["北京市永定河医院"] }]),
  conv("zh", ["今天天气怎么样", { tool: "none", acc: [] }]),
  conv("zh", ["帮我写一首诗", { tool: "none", acc: [] }]),
  conv(
    "zh",
    ["钱大儿院的决策链", { tool: "power_map", acc: [QCH] }],
    ["对比一下中山医院", { tool: "none", acc: [], has: ["中山医院"] }],
  ),
  conv("zh", ["给协和医院做个计划", nf("协和医院")]),
  conv("zh", ["张静的客户有哪些", { tool: "none", acc: [] }]),
  conv("zh", ["长江医院有什么风险", nf("长江医院")]),
  conv("zh", ["你好", { tool: "none", acc: [] }]),
  conv("zh", ["西湖医院的商机", nf("西湖医院")]),
]);
