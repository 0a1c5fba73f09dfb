/**
 * Hand-built accounts for the situations the engine must get right (issue 10), appended after the generated book
 * so no generated record changes: a key account lost to a competitor, a dormant hospital, a departed technical
 * evaluator beside a decision maker we never met, ¥977,200 owed for 182 days, and a group whose branch manager
 * reports to the group's vice-president. All owned by 李伟 (rep1), the demo page's rep.
 */
export type HardSituation = { key: string; lifecycle: string; strategy: string; profile: string };

export const HARD_SITUATIONS: HardSituation[] = [
  {
    key: "hs-lost",
    lifecycle: "lost",
    strategy: "winback",
    profile: "lost: 4.5M a year, no order for 14 months, last deal lost to 迈康医疗",
  },
  {
    key: "hs-dormant",
    lifecycle: "dormant",
    strategy: "winback",
    profile: "dormant: no order for 13 months, no touch for 7",
  },
  {
    key: "hs-left",
    lifecycle: "deep",
    strategy: "retain",
    profile: "departed: the technical evaluator (our strongest tie) left; the decision maker was never met",
  },
  {
    key: "hs-owed",
    lifecycle: "deep",
    strategy: "retain",
    profile: "money owed: ¥977,200 unpaid for 182 days, half a year's revenue",
  },
  {
    key: "hs-dk-group",
    lifecycle: "deep",
    strategy: "retain",
    profile: "group: head office of two branches; a branch GM reports to the group VP",
  },
  {
    key: "hs-dk-dh",
    lifecycle: "deep",
    strategy: "retain",
    profile: "group branch: its GM reports to the group's vice-president",
  },
  { key: "hs-dk-ds", lifecycle: "deep", strategy: "grow", profile: "group branch: smaller, growing" },
];
