import { tierIndex } from "./assign-tier";
import type { MetricColumns } from "./metric-columns";
import { round2 } from "./round";
import { findOverride, industryKey } from "./score-account";
import { attributePoints, type CompiledBands, columnPoints, compileBands } from "./score-dimension";
import type { IndustryOverride, ScoreAttribute, Scorecard, TierThresholds } from "./scorecard-schema";
import type { ScoringAccount } from "./scoring-facts";

/** Where book totals are written: account i's total and its tier (index into TIERS). */
export type TotalColumns = { total: Float64Array; tier: Uint8Array };

/** A dimension ready for many accounts: its bands compiled, its raw value read off a metric column or the account. */
type CompiledDimension = {
  weight: number;
  bands: CompiledBands;
  column: Float64Array | null;
  attribute: ScoreAttribute | null;
};

/** What one scorecard under one industry override (or none) scores with: the same bands and thresholds for all. */
type RuleSet = { dimensions: CompiledDimension[]; thresholds: TierThresholds };

/**
 * Σ weight × points and the tier of a whole book's accounts (issue 14), without a reason built or a metric looked up
 * by name: each scorecard's bands are compiled once per industry override, and a metric's raw value is read straight
 * off its column. The points, the order they are added in and the rounding are scoreAccount's, so totals agree to
 * the bit.
 */
export class BookTotals {
  private readonly ruleSets = new Map<
    Scorecard,
    { byIndustry: Map<string | null, RuleSet>; byOverride: Map<IndustryOverride | undefined, RuleSet> }
  >();

  constructor(
    private readonly metrics: MetricColumns,
    private readonly out: TotalColumns,
  ) {}

  /** The rule set asked for last, by card and industry as written: most accounts repeat their predecessor's card. */
  private last: { card: Scorecard | null; industry: string | null; set: RuleSet | null } = {
    card: null,
    industry: null,
    set: null,
  };

  /** Scores account i (the account of metrics row i) with `card`. */
  score(i: number, account: ScoringAccount, card: Scorecard): void {
    const last = this.last;
    const industry = account.industry;
    let set = last.set;
    if (set === null || card !== last.card || industry !== last.industry) {
      set = this.ruleSet(card, industry);
      last.card = card;
      last.industry = industry;
      last.set = set;
    }
    const dimensions = set.dimensions;
    let sum = 0;
    for (let k = 0; k < dimensions.length; k++) {
      const d = dimensions[k];
      const points =
        d.column === null
          ? attributePoints(d.bands, attributeOf(account, d.attribute as ScoreAttribute))
          : columnPoints(d.bands, d.column[i]);
      sum += d.weight * points;
    }
    const total = Math.min(100, Math.max(0, round2(sum)));
    this.out.total[i] = total;
    this.out.tier[i] = tierIndex(total, set.thresholds);
  }

  /** The rule set of a card and an industry, the override looked up once per industry as written. */
  private ruleSet(card: Scorecard, industry: string | null): RuleSet {
    let seen = this.ruleSets.get(card);
    if (seen === undefined) {
      seen = { byIndustry: new Map(), byOverride: new Map() };
      this.ruleSets.set(card, seen);
    }
    let set = seen.byIndustry.get(industry);
    if (set !== undefined) return set;
    const key = industryKey(industry);
    const override = key === null ? undefined : findOverride(card, key);
    set = seen.byOverride.get(override) ?? this.compile(card, override);
    seen.byOverride.set(override, set);
    seen.byIndustry.set(industry, set);
    return set;
  }

  private compile(card: Scorecard, override: IndustryOverride | undefined): RuleSet {
    const dimensions = card.dimensions.map((d) => ({
      weight: d.weight,
      bands: compileBands(d, override?.bands?.[d.key] ?? d.rule.bands),
      column: d.rule.kind === "metric" ? this.metrics[d.rule.metric] : null,
      attribute: d.rule.kind === "attribute" ? d.rule.attribute : null,
    }));
    return { dimensions, thresholds: override?.tierThresholds ?? card.tierThresholds };
  }
}

/** An account's attribute by name, each read a named load (a load by computed key is slow when the key varies). */
function attributeOf(account: ScoringAccount, attribute: ScoreAttribute): ScoringAccount[ScoreAttribute] {
  switch (attribute) {
    case "industry":
      return account.industry;
    case "region":
      return account.region;
    case "employees":
      return account.employees;
    case "annualRevenue":
      return account.annualRevenue;
    case "walletEstimate":
      return account.walletEstimate;
    case "strategicValue":
      return account.strategicValue;
    case "winnability":
      return account.winnability;
  }
}
