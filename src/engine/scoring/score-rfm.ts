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

/**
 * A score of a grid (recencyScore, frequencyScore, monetaryScore) as steps, for book scoring: a score depends on x
 * only through how many grid points lie below it and how many equal it, so it is constant on each piece of the line
 * the grid's distinct values cut (below the first, each value, each open gap between two, above the last). The score
 * of each piece is worked out once, at a point in it, and an account's score is the score of the last piece that
 * starts at or below x: a few comparisons (one per change of score, at most 4 for a quintile that only rises or
 * falls) instead of two binary searches over the grid. `of(x)` is always `score(x, book)`.
 */
export class StepScores {
  /** Score of the pieces before the first change. */
  private readonly base: number;
  /** Where the score changes, in ascending order: at x >= at[k] (inclusive[k]) or x > at[k], it becomes to[k]. */
  private readonly at: number[] = [];
  private readonly inclusive: boolean[] = [];
  private readonly to: number[] = [];

  constructor(
    private readonly score: (x: number, book: BookStats) => number,
    private readonly book: BookStats,
    grid: readonly number[],
  ) {
    const values = distinctAscending(grid);
    const first = values.length > 0 ? values[0] : Number.POSITIVE_INFINITY;
    // The piece below the first value holds -Infinity unless the first value is -Infinity itself.
    let current = score(first === Number.NEGATIVE_INFINITY ? first : Number.NEGATIVE_INFINITY, book);
    this.base = current;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      current = this.step(v, true, score(v, book), current);
      const above = nextUp(v);
      // The open gap after v, when a double lies in it.
      if (k + 1 < values.length ? above < values[k + 1] : above > v)
        current = this.step(v, false, score(above, book), current);
    }
  }

  private step(at: number, inclusive: boolean, score: number, current: number): number {
    if (score === current) return current;
    this.at.push(at);
    this.inclusive.push(inclusive);
    this.to.push(score);
    return score;
  }

  /** score(x, book): the score of the last piece starting at or below x. NaN is scored by the function itself. */
  of(x: number): number {
    if (Number.isNaN(x)) return this.score(x, this.book);
    let s = this.base;
    for (let k = 0; k < this.at.length; k++) {
      if (this.inclusive[k] ? x >= this.at[k] : x > this.at[k]) s = this.to[k];
      else break;
    }
    return s;
  }
}

/** The grid's values without repeats (-0 and 0 are one value, as every comparison takes them), ascending. */
function distinctAscending(grid: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of grid) if (out.length === 0 || v !== out[out.length - 1]) out.push(v);
  return out;
}

const BITS = new BigInt64Array(1);
const FLOAT = new Float64Array(BITS.buffer);

/** The least double above a finite or infinite x (Infinity stays Infinity). */
export function nextUp(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  if (x === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE;
  FLOAT[0] = x;
  BITS[0] += x > 0 ? 1n : -1n;
  return FLOAT[0];
}
