import type { Lifecycle, Severity, Strategy } from "../types";
import type { BookStats } from "./build-book-stats";
import { chooseStrategy, type Level } from "./choose-strategy";
import type { AccountMetrics } from "./compute-metrics";
import { percentileRank } from "./percentile-rank";
import { round2 } from "./round";
import type { ScoringAccount } from "./scoring-facts";

/** Nine-box code `potential-contribution` (e.g. `high-low`); quadrant codes per the glossary. */
export type Quadrant = "core" | "potential" | "maintain" | "develop";

export type Segment = {
  nineBox: string;
  quadrant: Quadrant;
  strategy: Strategy;
  /** 0-100, see potentialScore. */
  potential: number;
  /** 0-100: percentile of trailing-year gross profit among accounts with revenue; 0 without revenue. */
  contribution: number;
  /** The prior year's gross profit on the same scale (null: nothing bought then): what history says. */
  priorContribution: number | null;
  /** The strategy rule that fired, e.g. `high potential -> grow` (axes are in potential/contribution). */
  reason: string;
};

const NINE_BOX: Record<Level, Record<Level, string>> = {
  low: { low: "low-low", mid: "low-mid", high: "low-high" },
  mid: { low: "mid-low", mid: "mid-mid", high: "mid-high" },
  high: { low: "high-low", mid: "high-mid", high: "high-high" },
};

/** Level cut points on the 0-100 axes: terciles. */
const LOW_BELOW = 33.33;
const HIGH_FROM = 66.67;

/**
 * Places an account on the nine-box (potential x contribution, 3x3), the value x potential quadrant
 * (核心价值 core, 高潜力 potential, 维持型 maintain, 待优化 develop) and one of five strategies. The quadrant
 * comes from the same two levels as the nine-box: core = high-high, maintain = high contribution, potential =
 * high potential, develop = every other cell.
 */
export function segmentAccount(
  account: ScoringAccount,
  metrics: AccountMetrics,
  book: BookStats,
  churnLevel: Severity,
  lifecycle?: Lifecycle,
): Segment {
  const f = segmentFigures(
    rating(account.strategicValue),
    rating(account.winnability),
    metrics.walletHeadroom ?? Number.NaN,
    metrics.growth ?? Number.NaN,
    metrics.revenue12m,
    metrics.revenuePrev12m,
    metrics.grossProfit12m ?? Number.NaN,
    metrics.marginRate ?? Number.NaN,
    book,
    SCRATCH,
  );
  const { strategy, rule } = chooseStrategy({
    hasOrders: metrics.hasOrders,
    potential: f.p,
    contribution: f.c,
    growth: metrics.growth,
    churnLevel,
    priorContribution: Number.isNaN(f.priorContribution) ? null : level(f.priorContribution),
    lifecycle,
  });
  return {
    nineBox: NINE_BOX[f.p][f.c],
    quadrant: f.quadrant,
    strategy,
    potential: f.potential,
    contribution: f.contribution,
    priorContribution: Number.isNaN(f.priorContribution) ? null : f.priorContribution,
    reason: rule,
  };
}

/** The figures of a segment before the strategy: what segmentAccount and book scoring (on columns) both compute. */
export type SegmentFigures = {
  potential: number;
  contribution: number;
  /** NaN where nothing was bought the year before. */
  priorContribution: number;
  p: Level;
  c: Level;
  quadrant: Quadrant;
};

/** A fresh record for segmentFigures to write into, reused across accounts by a caller that scores many. */
export function segmentScratch(): SegmentFigures {
  return { potential: 0, contribution: 0, priorContribution: 0, p: "low", c: "low", quadrant: "develop" };
}

const SCRATCH = segmentScratch();

/**
 * segmentAccount's arithmetic on plain numbers (NaN for an unknown metric, as metric columns hold them), written into
 * `out`: book scoring places 100k accounts from their metric columns without a metrics object each. The two ratings
 * come as `rating` gives them (book scoring keeps them in columns rather than reading each account again).
 */
export function segmentFigures(
  strategicRating: number,
  winnabilityRating: number,
  walletHeadroom: number,
  growth: number,
  revenue12m: number,
  revenuePrev12m: number,
  grossProfit12m: number,
  marginRate: number,
  book: BookStats,
  out: SegmentFigures,
): SegmentFigures {
  const potential = potentialOf(strategicRating, winnabilityRating, walletHeadroom, growth, book);
  // contributionValue: stated gross profit, else revenue at the book's median margin.
  const contribution =
    revenue12m > 0
      ? round2(
          percentileRank(
            Number.isNaN(grossProfit12m) ? revenue12m * book.medianMarginRate : grossProfit12m,
            book.contributionGrid,
          ),
        )
      : 0;
  const priorContribution =
    revenuePrev12m > 0
      ? round2(
          percentileRank(
            revenuePrev12m * (Number.isNaN(marginRate) ? book.medianMarginRate : marginRate),
            book.contributionGrid,
          ),
        )
      : Number.NaN;
  const p = level(potential);
  const c = level(contribution);
  out.potential = potential;
  out.contribution = contribution;
  out.priorContribution = priorContribution;
  out.p = p;
  out.c = c;
  // The quadrant is read off the nine-box cell, so two accounts in one cell always share a quadrant.
  out.quadrant = quadrantOf(c === "high", p === "high");
  return out;
}

/**
 * Potential 0-100 = 0.35 x wallet headroom percentile + 0.25 x strategic value + 0.25 x winnability
 * + 0.15 x growth, where a 1-5 rating maps to 0-100 linearly, growth maps 50 + 100 x growth clamped
 * (+50% -> 100, -50% -> 0), and anything unknown counts 50.
 */
export function potentialScore(account: ScoringAccount, metrics: AccountMetrics, book: BookStats): number {
  return potentialOf(
    rating(account.strategicValue),
    rating(account.winnability),
    metrics.walletHeadroom ?? Number.NaN,
    metrics.growth ?? Number.NaN,
    book,
  );
}

/** potentialScore on plain numbers: the ratings as `rating` gives them, headroom and growth NaN when unknown. */
function potentialOf(
  strategicRating: number,
  winnabilityRating: number,
  walletHeadroom: number,
  growth: number,
  book: BookStats,
): number {
  const headroom = Number.isNaN(walletHeadroom) ? 50 : percentileRank(walletHeadroom, book.headroomGrid);
  const g = Number.isNaN(growth) ? 50 : clamp(50 + growth * 100);
  const score = 0.35 * headroom + 0.25 * strategicRating + 0.25 * winnabilityRating + 0.15 * g;
  return round2(score);
}

/** A 1-5 rating on the 0-100 potential scale; unknown counts 50. */
export function rating(value: number | null): number {
  return value === null ? 50 : clamp((value - 1) * 25);
}

function clamp(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** Tercile of a 0-100 axis: low below 33.33, mid below 66.67, else high. */
export function level(score: number): Level {
  return score < LOW_BELOW ? "low" : score < HIGH_FROM ? "mid" : "high";
}

function quadrantOf(highValue: boolean, highPotential: boolean): Quadrant {
  if (highValue) return highPotential ? "core" : "maintain";
  return highPotential ? "potential" : "develop";
}
