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
type RuleSet = { index: number; dimensions: CompiledDimension[]; thresholds: TierThresholds };

/**
 * Σ weight × points and the tier of a whole book's accounts (issue 14), without a reason built or a metric looked up
 * by name: each scorecard's bands are compiled once per industry override, and a metric's raw value is read straight
 * off its column. The points, the order they are added in and the rounding are scoreAccount's, so totals agree to
 * the bit.
 *
 * Column-wise: `score` (in the first pass, the account at hand) only picks the account's rule set and the points of
 * its attribute dimensions; `finish` then adds one dimension at a time over all the accounts of a rule set, a tight
 * loop over one metric column, where going account by account walked the rule set's objects for each. Each
 * account's sum still starts at 0 and adds its dimensions in the card's order, so the sum is the same to the bit.
 */
export class BookTotals {
  private readonly ruleSets = new Map<
    Scorecard,
    { byIndustry: Map<string | null, RuleSet>; byOverride: Map<IndustryOverride | undefined, RuleSet> }
  >();
  private readonly sets: RuleSet[] = [];
  /** Account i's rule set (index into `sets`). */
  private readonly setOf: Uint16Array;
  /** Points of the attribute dimension at position k of account i's card, at attributePoints[k][i]. */
  private readonly attributePoints: Float64Array[] = [];

  constructor(
    private readonly metrics: MetricColumns,
    private readonly out: TotalColumns,
  ) {
    this.setOf = new Uint16Array(metrics.n);
  }

  /** The rule set asked for last, by card and industry as written: most accounts repeat their predecessor's card. */
  private last: { card: Scorecard | null; industry: string | null; set: RuleSet | null } = {
    card: null,
    industry: null,
    set: null,
  };

  /** Picks account i's rule set (the account of metrics row i, scored with `card`) and its attribute points. */
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
    this.setOf[i] = set.index;
    const dimensions = set.dimensions;
    for (let k = 0; k < dimensions.length; k++) {
      const d = dimensions[k];
      if (d.column !== null) continue;
      this.attributePoints[k][i] = attributePoints(d.bands, attributeOf(account, d.attribute as ScoreAttribute));
    }
  }

  /** Every account's total and tier, once `score` has seen them all and the metric columns are filled. */
  finish(): void {
    const n = this.metrics.n;
    const sum = this.out.total;
    sum.fill(0);
    if (this.sets.length === 1) addRuleSet(this.sets[0], sum, null, n, this.attributePoints);
    else {
      const { order, start } = accountsBySet(this.setOf, this.sets.length);
      for (const set of this.sets) {
        const accounts = order.subarray(start[set.index], start[set.index + 1]);
        addRuleSet(set, sum, accounts, accounts.length, this.attributePoints);
      }
    }
    const setOf = this.setOf;
    for (let i = 0; i < n; i++) {
      const total = Math.min(100, Math.max(0, round2(sum[i])));
      sum[i] = total;
      this.out.tier[i] = tierIndex(total, this.sets[setOf[i]].thresholds);
    }
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
    // An attribute column per card position, shared by the rule sets with an attribute there.
    dimensions.forEach((d, k) => {
      if (d.column === null) this.attributePoints[k] ??= new Float64Array(this.metrics.n);
    });
    // setOf keeps an account's rule set in 16 bits: that many cards and overrides is no book's.
    if (this.sets.length > 0xffff) throw new Error("more than 65,536 scorecard rule sets in one book");
    const set = { index: this.sets.length, dimensions, thresholds: override?.tierThresholds ?? card.tierThresholds };
    this.sets.push(set);
    return set;
  }
}

/**
 * Adds weight × points of each of a rule set's dimensions, in the card's order, to `sum` of its accounts: all n
 * accounts when `accounts` is null (one rule set for the whole book), else accounts[0..count).
 */
function addRuleSet(
  set: RuleSet,
  sum: Float64Array,
  accounts: Uint32Array | null,
  count: number,
  attributePoints: Float64Array[],
): void {
  for (let k = 0; k < set.dimensions.length; k++) {
    const d = set.dimensions[k];
    const values = d.column ?? attributePoints[k];
    if (d.column === null) addPoints(sum, values, d.weight, accounts, count);
    else addColumnPoints(sum, values, d.weight, d.bands, accounts, count);
  }
}

/** sum[i] += weight × points[i], points already worked out (an attribute dimension's). */
function addPoints(
  sum: Float64Array,
  points: Float64Array,
  weight: number,
  accounts: Uint32Array | null,
  count: number,
): void {
  if (accounts === null) for (let i = 0; i < count; i++) sum[i] += weight * points[i];
  else
    for (let j = 0; j < count; j++) {
      const i = accounts[j];
      sum[i] += weight * points[i];
    }
}

/** sum[i] += weight × the points of a metric column's value for the bands. */
function addColumnPoints(
  sum: Float64Array,
  column: Float64Array,
  weight: number,
  bands: CompiledBands,
  accounts: Uint32Array | null,
  count: number,
): void {
  if (accounts === null) for (let i = 0; i < count; i++) sum[i] += weight * columnPoints(bands, column[i]);
  else
    for (let j = 0; j < count; j++) {
      const i = accounts[j];
      sum[i] += weight * columnPoints(bands, column[i]);
    }
}

/** The accounts of each rule set in ascending order, by counting: set s's are order[start[s]..start[s+1]). */
function accountsBySet(setOf: Uint16Array, sets: number): { order: Uint32Array; start: Uint32Array } {
  const start = new Uint32Array(sets + 1);
  for (let i = 0; i < setOf.length; i++) start[setOf[i] + 1]++;
  for (let s = 0; s < sets; s++) start[s + 1] += start[s];
  const next = start.slice(0, sets);
  const order = new Uint32Array(setOf.length);
  for (let i = 0; i < setOf.length; i++) order[next[setOf[i]]++] = i;
  return { order, start };
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
