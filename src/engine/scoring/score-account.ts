import type { Score, ScoreDimension } from "../types";
import { assignTier } from "./assign-tier";
import { type BookStats, EMPTY_BOOK } from "./build-book-stats";
import { type ChurnRisk, churnRisk } from "./churn-risk";
import { type AccountMetrics, computeMetrics } from "./compute-metrics";
import { DEFAULT_RISK_OPTIONS, detectRisks, type RiskOptions } from "./detect-risks";
import { type LifecycleReason, lifecycleStage } from "./lifecycle-stage";
import { round2 } from "./round";
import { readRaw, scoreDimension } from "./score-dimension";
import { scoreRfm } from "./score-rfm";
import type { Bands, IndustryOverride, Scorecard, TierThresholds } from "./scorecard-schema";
import type { ScoringFacts } from "./scoring-facts";
import { type Segment, segmentAccount } from "./segment-account";

export type ScoreContext = {
  scorecard: Scorecard;
  /** ISO date the score is as of. */
  now: string;
  /** The book's percentile grids; without it every book-relative rank is the neutral 50. */
  book?: BookStats;
  riskOptions?: RiskOptions;
  /** Metrics already computed for these facts at `now` (scoreBook passes them to avoid a second pass). */
  metrics?: AccountMetrics;
};

/** The contract's Score plus explanation: segment axes, churn risk, the tier rule, and the as-of date. */
export type AccountScore = Score & {
  segment: Segment;
  churn: ChurnRisk;
  /** The thresholds the tier came from (the industry's when overridden). */
  tierThresholds: TierThresholds;
  /** Why the lifecycle stage was chosen, and the tenure stage beneath a decline code. */
  lifecycleReason: LifecycleReason & { tenure: string; months: number | null };
  asOf: string;
};

/**
 * Scores one account (综合积分法): each dimension's rule gives 0-100 points (rounded to 2 decimals),
 * total = Σ weight x points rounded to 2 decimals and clamped to 0-100, tier from the (industry's)
 * thresholds; then segment, RFM, lifecycle and risks. O(one account), so it re-scores after a write.
 * Same input, byte-identical output.
 */
export function scoreAccount(facts: ScoringFacts, ctx: ScoreContext): AccountScore {
  const { scorecard, now } = ctx;
  const book = ctx.book ?? EMPTY_BOOK;
  const metrics = ctx.metrics ?? computeMetrics(facts, now);
  const industry = industryKey(facts.account.industry);
  const override = industry === null ? undefined : findOverride(scorecard, industry);
  const breakdown: ScoreDimension[] = [];
  let sum = 0;
  for (const dimension of scorecard.dimensions) {
    const overridden: Bands | undefined = override?.bands?.[dimension.key];
    const bands = overridden ?? dimension.rule.bands;
    const note = overridden ? ` (bands for industry ${industry})` : "";
    const line = scoreDimension(dimension, bands, readRaw(dimension, facts.account, metrics), note);
    sum += line.weight * line.points;
    breakdown.push(line);
  }
  const total = Math.min(100, Math.max(0, round2(sum)));
  const thresholds = override?.tierThresholds ?? scorecard.tierThresholds;
  const tier = assignTier(total, thresholds);
  const risks = detectRisks(facts, metrics, now, ctx.riskOptions ?? DEFAULT_RISK_OPTIONS);
  const churn = churnRisk(risks, metrics);
  const life = lifecycleStage(metrics, facts);
  return {
    accountId: facts.account.id,
    total,
    tier,
    scorecard: scorecard.id,
    breakdown,
    segment: segmentAccount(facts.account, metrics, book, churn.level, life.stage),
    rfm: scoreRfm(metrics, book),
    lifecycle: life.stage,
    risks,
    churn,
    tierThresholds: thresholds,
    lifecycleReason: { ...life.reason, tenure: life.tenure, months: life.months },
    asOf: now,
  };
}

export function industryKey(industry: string | null): string | null {
  if (industry === null) return null;
  const key = industry.trim().toLowerCase();
  return key === "" ? null : key;
}

export function findOverride(card: Scorecard, industry: string): IndustryOverride | undefined {
  const overrides = card.industryOverrides;
  return overrides !== undefined && Object.hasOwn(overrides, industry) ? overrides[industry] : undefined;
}
