import type { AccountMetrics } from "./compute-metrics";
import type { MetricColumns } from "./metric-columns";
import { percentileGrid, percentileValue } from "./percentile-rank";

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

/** What the grids are built from: six metric columns (null as NaN). */
export type GridInput = Pick<
  MetricColumns,
  "n" | "recencyDays" | "orders12m" | "revenue12m" | "walletHeadroom" | "marginRate" | "grossProfit12m"
>;

/** Builds the book's percentile grids from every account's metrics. O(n log n). */
export function buildBookStats(metrics: AccountMetrics[]): BookStats {
  const n = metrics.length;
  const input: GridInput = {
    n,
    recencyDays: new Float64Array(n),
    orders12m: new Float64Array(n),
    revenue12m: new Float64Array(n),
    walletHeadroom: new Float64Array(n),
    marginRate: new Float64Array(n),
    grossProfit12m: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const m = metrics[i];
    input.recencyDays[i] = m.recencyDays ?? Number.NaN;
    input.orders12m[i] = m.orders12m;
    input.revenue12m[i] = m.revenue12m;
    input.walletHeadroom[i] = m.walletHeadroom ?? Number.NaN;
    input.marginRate[i] = m.marginRate ?? Number.NaN;
    input.grossProfit12m[i] = m.grossProfit12m ?? Number.NaN;
  }
  return buildBookStatsFromColumns(input);
}

/** The same grids from metric columns (book scoring as data). */
export function buildBookStatsFromColumns(c: GridInput): BookStats {
  const n = c.n;
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  const headroom = new Float64Array(n);
  const margins = new Float64Array(n);
  let buyers = 0;
  let walleted = 0;
  let margined = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(c.recencyDays[i])) {
      recency[buyers] = c.recencyDays[i];
      frequency[buyers] = c.orders12m[i];
      monetary[buyers] = c.revenue12m[i];
      buyers++;
    }
    if (!Number.isNaN(c.walletHeadroom[i])) headroom[walleted++] = c.walletHeadroom[i];
    if (!Number.isNaN(c.marginRate[i])) margins[margined++] = c.marginRate[i];
  }
  // The median alone (the 50th grid point): no margin grid is kept, so no other rank is selected.
  const medianMarginRate = margined > 0 ? percentileValue(margins.subarray(0, margined), 50) : FALLBACK_MARGIN_RATE;
  const contribution = new Float64Array(n);
  let earning = 0;
  for (let i = 0; i < n; i++) {
    if (!(c.revenue12m[i] > 0)) continue;
    const gp = c.grossProfit12m[i];
    // contributionValue on columns: stated gross profit, else revenue at the book's median margin.
    contribution[earning++] = Number.isNaN(gp) ? c.revenue12m[i] * medianMarginRate : gp;
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
