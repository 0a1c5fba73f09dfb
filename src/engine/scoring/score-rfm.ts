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

/** Widest span of whole values a WholeValueScores table covers (a byte each). */
const MAX_SPAN = 1 << 16;

/**
 * A score (recencyScore, frequencyScore) of every whole value from a grid's first point to its last, when those are
 * 32-bit whole numbers at most MAX_SPAN apart, as days since the last order and order counts are: book scoring looks an
 * account's score up instead of two binary searches over the grid. Any other value (outside the grid's range, or
 * not whole) is scored by `score` itself, so `of(x)` is always `score(x, book)`.
 */
export class WholeValueScores {
  private readonly from: number;
  private readonly scores: Uint8Array;

  constructor(
    private readonly score: (x: number, book: BookStats) => number,
    private readonly book: BookStats,
    grid: readonly number[],
  ) {
    const from = grid.length > 0 ? grid[0] : 0;
    const to = grid.length > 0 ? grid[grid.length - 1] : -1;
    const whole = isInt32(from) && isInt32(to) && to - from <= MAX_SPAN;
    this.from = whole ? from : 0;
    this.scores = new Uint8Array(whole ? to - from + 1 : 0);
    for (let k = 0; k < this.scores.length; k++) this.scores[k] = score(from + k, book);
  }

  /**
   * score(x, book), looked up when x is a whole value in the table's range. Whole is tested on x itself: x - from
   * may round to a whole number when x is not one (0.9999999999999999 + 50).
   */
  of(x: number): number {
    if (!isInt32(x)) return this.score(x, this.book);
    const k = x - this.from; // exact: both 32-bit integers
    return k >= 0 && k < this.scores.length ? this.scores[k] : this.score(x, this.book);
  }
}

/** A whole number within 32 bits (-0 included, which every grid comparison takes for 0). */
const isInt32 = (x: number) => (x | 0) === x;
