// Names not in the user's book, other reps' accounts (QUFAH belongs to 张静, Kangning to 刘洋: invisible to rep1),
// out-of-scope asks, and context that must not stand in for an unknown name.
import { conv, named } from "./conversation-types";

const ECMG = "华东医疗集团有限公司";
const HT = "浙江恒泰医药有限公司";

const nf = (name: string) => ({ tool: ["none", "find_accounts"], acc: [], has: [name] });

export const UNKNOWN_EN = named("unknown-en", [
  conv("en", ["how is ECMG doing", { tool: "account_overview", acc: [ECMG] }], ["and Mayo Clinic?", nf("Mayo Clinic")]),
  conv("en", ["who decides at Ruijin Hospital", nf("Ruijin Hospital")]),
  conv("en", ["risks at Peking Union Medical College Hospital?", nf("Peking Union Medical College Hospital")]),
  conv("en", ["tell me about QUFAH", { tool: "none", acc: [], not: ["钱塘大学医学院附属儿童医院"] }]),
  conv("en", ["Kangning Medical Group overview", { tool: "none", acc: [], not: ["北方康宁"] }]),
  conv("en", ["what's the weather in Hangzhou", { tool: "none", acc: [] }]),
  conv(
    "en",
    ["Hengtai score", { tool: "explain_score", acc: [HT] }],
    ["compare it with Acme Corp", { tool: "none", acc: [], has: ["Acme Corp"] }],
  ),
  conv("en", ["write me a python script", { tool: "none", acc: [] }]),
  conv("en", ["forecast for Globex Hospital", nf("Globex Hospital")]),
  conv("en", ["hi", { tool: "none", acc: [] }]),
  conv("en", ["plan for St. Mary's Hospital", nf("St. Mary's Hospital")]),
]);
