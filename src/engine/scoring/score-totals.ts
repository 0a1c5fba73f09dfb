import type { AccountFacts, Tier } from "../types";
import { TIERS } from "../types";
import { assignTier } from "./assign-tier";
import type { MetricColumns } from "./metric-columns";
import { round2 } from "./round";
import { findOverride, industryKey } from "./score-account";
import { pointsOf, rawValue } from "./score-dimension";
import type { Dimension, IndustryOverride, Scorecard } from "./scorecard-schema";

/** Where scoreTotals reads each account's scorecard and writes its total and tier (index into TIERS). */
export type TotalColumns = {
  scorecards: Scorecard[];
  scorecard: Uint16Array;
  total: Float64Array;
  tier: Uint8Array;
};

/** The accounts scored by one scorecard under one industry override (or none): they share bands and thresholds. */
type RuleSet = { card: Scorecard; override: IndustryOverride | undefined; members: number[] };

const TIER_INDEX = new Map<Tier, number>(TIERS.map((t, i) => [t, i]));

/**
 * Σ weight × points and the tier of every account, one dimension at a time down the columns (issue 14): accounts
 * under the same scorecard and industry override share every band, so each dimension's bands are compiled once per
 * rule set and a metric's raw values are read straight off its column. The points, the order they are added in and
 * the rounding are scoreAccount's, so totals agree to the bit.
 */
export function scoreTotals(out: TotalColumns, factsList: AccountFacts[], metrics: MetricColumns): void {
  const sum = new Float64Array(factsList.length);
  for (const set of ruleSets(out, factsList)) {
    for (const dimension of set.card.dimensions) addPoints(sum, set, dimension, factsList, metrics);
    const thresholds = set.override?.tierThresholds ?? set.card.tierThresholds;
    for (const i of set.members) {
      const total = Math.min(100, Math.max(0, round2(sum[i])));
      out.total[i] = total;
      out.tier[i] = TIER_INDEX.get(assignTier(total, thresholds)) as number;
    }
  }
}

function addPoints(
  sum: Float64Array,
  set: RuleSet,
  dimension: Dimension,
  factsList: AccountFacts[],
  metrics: MetricColumns,
): void {
  const points = pointsOf(dimension, set.override?.bands?.[dimension.key] ?? dimension.rule.bands);
  const weight = dimension.weight;
  const rule = dimension.rule;
  if (rule.kind === "metric") {
    const column = metrics[rule.metric];
    for (const i of set.members) sum[i] += weight * points(rawValue(column[i]));
  } else {
    for (const i of set.members) sum[i] += weight * points(rawValue(factsList[i].account[rule.attribute]));
  }
}

/** Accounts grouped by scorecard and industry override, each industry's override looked up once. */
function ruleSets(out: TotalColumns, factsList: AccountFacts[]): RuleSet[] {
  const sets: RuleSet[] = [];
  const byCard = out.scorecards.map(() => ({
    byIndustry: new Map<string | null, RuleSet>(),
    byOverride: new Map<IndustryOverride | undefined, RuleSet>(),
  }));
  for (let i = 0; i < factsList.length; i++) {
    const industry = factsList[i].account.industry;
    const seen = byCard[out.scorecard[i]];
    let set = seen.byIndustry.get(industry);
    if (set === undefined) {
      const card = out.scorecards[out.scorecard[i]];
      const key = industryKey(industry);
      const override = key === null ? undefined : findOverride(card, key);
      set = seen.byOverride.get(override);
      if (set === undefined) {
        set = { card, override, members: [] };
        seen.byOverride.set(override, set);
        sets.push(set);
      }
      seen.byIndustry.set(industry, set);
    }
    set.members.push(i);
  }
  return sets;
}
