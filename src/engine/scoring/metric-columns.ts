import type { AccountFacts } from "../types";
import { type AccountMetrics, computeMetrics } from "./compute-metrics";

/** The numeric metrics, one Float64Array each (null stored as NaN: no metric is NaN, see compute-metrics). */
export const METRIC_FIELDS = [
  "nowDay",
  "firstOrderDay",
  "lastOrderDay",
  "cooperationStartDay",
  "revenue12m",
  "revenuePrev12m",
  "growth",
  "walletEstimate",
  "shareOfWallet",
  "walletHeadroom",
  "purchaseMonths",
  "orders12m",
  "ordersPrev12m",
  "recencyDays",
  "marginRate",
  "grossProfit12m",
  "onTimePaymentRate",
  "avgPaymentDelayDays",
  "overdueUnpaidAmount",
  "maxOverdueDays",
  "relationship",
  "lastTouchDays",
] as const satisfies readonly (keyof AccountMetrics)[];
type Field = (typeof METRIC_FIELDS)[number];

/** Metrics of a whole book as columns: 22 numbers per account, no object per account kept alive. */
export type MetricColumns = { n: number } & Record<Field, Float64Array>;

/** One pass over each account's orders (computeMetrics), kept as columns. */
export function metricColumns(factsList: AccountFacts[], now: string): MetricColumns {
  const n = factsList.length;
  const cols = { n } as MetricColumns;
  for (const f of METRIC_FIELDS) cols[f] = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = computeMetrics(factsList[i], now);
    for (const f of METRIC_FIELDS) cols[f][i] = m[f] ?? Number.NaN;
  }
  return cols;
}

/** A blank metrics object to be filled by readMetrics (one reused for a whole book). */
export function scratchMetrics(): AccountMetrics {
  return computeMetrics(
    {
      account: { walletEstimate: null } as never,
      contacts: [],
      orders: [],
      opportunities: [],
      interactions: [],
    } as never,
    "1970-01-01",
  );
}

/** Fills `m` with account i's metrics, exactly as computeMetrics gave them. */
export function readMetrics(cols: MetricColumns, i: number, accountId: string, m: AccountMetrics): AccountMetrics {
  const w = m as unknown as Record<Field, number | null>;
  for (const f of METRIC_FIELDS) {
    const v = cols[f][i];
    w[f] = Number.isNaN(v) ? null : v;
  }
  m.accountId = accountId;
  m.hasOrders = m.firstOrderDay !== null;
  return m;
}
