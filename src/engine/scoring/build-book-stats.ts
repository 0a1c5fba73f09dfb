import type { AccountMetrics } from "./compute-metrics";
import { percentileGrid } from "./percentile-rank";

/**
 * What scoring one account needs to know about the rest of the book: percentile grids (values at
 * percentiles 1..100) for RFM and for the value/potential axes. Small and JSON-serialisable, so it
 * can be stored; re-scoring one account after a write reuses it (rebuild it after an import or nightly).
 */
export type BookStats = {
  accounts: number;
  /** Among accounts with any order: days since last order, trailing-year order count and revenue. */
  recencyGrid: number[];
  frequencyGrid: number[];
  monetaryGrid: number[];
  /** Among accounts with trailing-year revenue: gross profit (see contributionValue). */
  contributionGrid: number[];
  /** Among accounts with a wallet estimate: wallet headroom in yuan. */
  headroomGrid: number[];
  /** Median stated margin rate, used for accounts whose orders state no margin (0.2 if none do). */
  medianMarginRate: number;
};

/** Margin rate assumed when not a single order in the book states a margin. */
export const FALLBACK_MARGIN_RATE = 0.2;

/** Builds the book's percentile grids from every account's metrics. O(n log n). */
export function buildBookStats(metrics: AccountMetrics[]): BookStats {
  const n = metrics.length;
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  const headroom = new Float64Array(n);
  const margins = new Float64Array(n);
  let buyers = 0;
  let walleted = 0;
  let margined = 0;
  for (const m of metrics) {
    if (m.recencyDays !== null) {
      recency[buyers] = m.recencyDays;
      frequency[buyers] = m.orders12m;
      monetary[buyers] = m.revenue12m;
      buyers++;
    }
    if (m.walletHeadroom !== null) headroom[walleted++] = m.walletHeadroom;
    if (m.marginRate !== null) margins[margined++] = m.marginRate;
  }
  const marginGrid = percentileGrid(margins.subarray(0, margined));
  const medianMarginRate = marginGrid.length > 0 ? marginGrid[49] : FALLBACK_MARGIN_RATE;
  const contribution = new Float64Array(n);
  let earning = 0;
  for (const m of metrics) {
    if (m.revenue12m > 0) contribution[earning++] = contributionValue(m, medianMarginRate);
  }
  return {
    accounts: n,
    recencyGrid: percentileGrid(recency.subarray(0, buyers)),
    frequencyGrid: percentileGrid(frequency.subarray(0, buyers)),
    monetaryGrid: percentileGrid(monetary.subarray(0, buyers)),
    contributionGrid: percentileGrid(contribution.subarray(0, earning)),
    headroomGrid: percentileGrid(headroom.subarray(0, walleted)),
    medianMarginRate,
  };
}

/** Contribution in yuan: trailing-year gross profit, at the book's median margin when none is stated. */
export function contributionValue(m: AccountMetrics, medianMarginRate: number): number {
  return m.grossProfit12m ?? m.revenue12m * medianMarginRate;
}

/** The stats of an empty book: every rank is 50, the neutral middle (useful for a one-off score). */
export const EMPTY_BOOK: BookStats = buildBookStats([]);
