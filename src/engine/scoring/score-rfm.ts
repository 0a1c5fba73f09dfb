import type { BookStats } from "./build-book-stats";
import type { AccountMetrics } from "./compute-metrics";
import { percentileRank } from "./percentile-rank";

/**
 * RFM quintile scores (1-5, 5 best) against the book's accounts that have ever ordered: r from days
 * since the last order (fewer is better), f from trailing-year order count, m from trailing-year
 * revenue. Quintile = 1 + floor(mid-rank percentile / 20), capped at 5, so ties share a score.
 * An account that never ordered scores 0 on all three.
 */
export function scoreRfm(metrics: AccountMetrics, book: BookStats): { r: number; f: number; m: number } {
  if (metrics.recencyDays === null) return { r: 0, f: 0, m: 0 };
  return {
    r: recencyScore(metrics.recencyDays, book),
    f: frequencyScore(metrics.orders12m, book),
    m: monetaryScore(metrics.revenue12m, book),
  };
}

/** The three scores one by one, for an account that has ordered (book scoring reads them off metric columns). */
export const recencyScore = (recencyDays: number, book: BookStats) =>
  quintile(100 - percentileRank(recencyDays, book.recencyGrid));
export const frequencyScore = (orders12m: number, book: BookStats) =>
  quintile(percentileRank(orders12m, book.frequencyGrid));
export const monetaryScore = (revenue12m: number, book: BookStats) =>
  quintile(percentileRank(revenue12m, book.monetaryGrid));

function quintile(percentile: number): number {
  return Math.min(5, 1 + Math.floor(percentile / 20));
}
