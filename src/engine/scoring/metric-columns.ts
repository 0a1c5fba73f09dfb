import {
  type AccountMetrics,
  blankMetrics,
  computeMetrics,
  emptyScan,
  metricsFromScan,
  resetScan,
} from "./compute-metrics";
import { toDayNumber } from "./day-numbers";
import { type OrderColumns, scanOrderColumns } from "./order-columns";
import type { ScoringFacts } from "./scoring-facts";

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

/**
 * Sees account i's metrics as soon as they are computed, its row already written: book scoring decides there what
 * needs no book grid, while the account's facts are still in cache.
 */
export type MetricVisitor = (i: number, facts: ScoringFacts, m: AccountMetrics) => void;

/**
 * One pass over each account's orders (computeMetrics), kept as columns (`into`, or new ones). With `orders` the
 * orders are read from those columns (account i's are orders' account i) and each facts' own `orders` list is not read.
 */
export function metricColumns(
  factsList: ScoringFacts[],
  now: string,
  { orders, visit, into }: { orders?: OrderColumns; visit?: MetricVisitor; into?: MetricColumns } = {},
): MetricColumns {
  const n = factsList.length;
  if (orders && orders.accounts !== n) throw new Error(`order columns hold ${orders.accounts} accounts, not ${n}`);
  const cols = into ?? emptyMetricColumns(n);
  const c = cols;
  const nowDay = toDayNumber(now);
  const scan = emptyScan();
  const reused = blankMetrics();
  // Field by field, not a loop over names: a keyed loop over 22 names costs more than the orders themselves.
  for (let i = 0; i < n; i++) {
    const m = orders
      ? metricsFromScan(factsList[i], scanOrderColumns(orders, i, nowDay, resetScan(scan)), nowDay, reused)
      : computeMetrics(factsList[i], now);
    c.nowDay[i] = m.nowDay;
    c.firstOrderDay[i] = m.firstOrderDay ?? Number.NaN;
    c.lastOrderDay[i] = m.lastOrderDay ?? Number.NaN;
    c.cooperationStartDay[i] = m.cooperationStartDay ?? Number.NaN;
    c.revenue12m[i] = m.revenue12m;
    c.revenuePrev12m[i] = m.revenuePrev12m;
    c.growth[i] = m.growth ?? Number.NaN;
    c.walletEstimate[i] = m.walletEstimate ?? Number.NaN;
    c.shareOfWallet[i] = m.shareOfWallet ?? Number.NaN;
    c.walletHeadroom[i] = m.walletHeadroom ?? Number.NaN;
    c.purchaseMonths[i] = m.purchaseMonths ?? Number.NaN;
    c.orders12m[i] = m.orders12m;
    c.ordersPrev12m[i] = m.ordersPrev12m;
    c.recencyDays[i] = m.recencyDays ?? Number.NaN;
    c.marginRate[i] = m.marginRate ?? Number.NaN;
    c.grossProfit12m[i] = m.grossProfit12m ?? Number.NaN;
    c.onTimePaymentRate[i] = m.onTimePaymentRate ?? Number.NaN;
    c.avgPaymentDelayDays[i] = m.avgPaymentDelayDays ?? Number.NaN;
    c.overdueUnpaidAmount[i] = m.overdueUnpaidAmount;
    c.maxOverdueDays[i] = m.maxOverdueDays ?? Number.NaN;
    c.relationship[i] = m.relationship ?? Number.NaN;
    c.lastTouchDays[i] = m.lastTouchDays ?? Number.NaN;
    visit?.(i, factsList[i], m);
  }
  return cols;
}

/**
 * Zeroed columns for n accounts. One literal, not 22 properties added by name in a loop: V8 turns an object given that
 * many properties by computed key into a dictionary, and every `columns.revenue12m` in the book's loops became a hash
 * lookup (a third of the metric pass).
 */
export function emptyMetricColumns(n: number): MetricColumns {
  const f = () => new Float64Array(n);
  return {
    n,
    nowDay: f(),
    firstOrderDay: f(),
    lastOrderDay: f(),
    cooperationStartDay: f(),
    revenue12m: f(),
    revenuePrev12m: f(),
    growth: f(),
    walletEstimate: f(),
    shareOfWallet: f(),
    walletHeadroom: f(),
    purchaseMonths: f(),
    orders12m: f(),
    ordersPrev12m: f(),
    recencyDays: f(),
    marginRate: f(),
    grossProfit12m: f(),
    onTimePaymentRate: f(),
    avgPaymentDelayDays: f(),
    overdueUnpaidAmount: f(),
    maxOverdueDays: f(),
    relationship: f(),
    lastTouchDays: f(),
  } satisfies MetricColumns;
}

/** Fills `m` with account i's metrics, exactly as computeMetrics gave them. */
export function readMetrics(cols: MetricColumns, i: number, accountId: string, m: AccountMetrics): AccountMetrics {
  const c = cols;
  m.nowDay = c.nowDay[i];
  m.firstOrderDay = orNull(c.firstOrderDay[i]);
  m.lastOrderDay = orNull(c.lastOrderDay[i]);
  m.cooperationStartDay = orNull(c.cooperationStartDay[i]);
  m.revenue12m = c.revenue12m[i];
  m.revenuePrev12m = c.revenuePrev12m[i];
  m.growth = orNull(c.growth[i]);
  m.walletEstimate = orNull(c.walletEstimate[i]);
  m.shareOfWallet = orNull(c.shareOfWallet[i]);
  m.walletHeadroom = orNull(c.walletHeadroom[i]);
  m.purchaseMonths = orNull(c.purchaseMonths[i]);
  m.orders12m = c.orders12m[i];
  m.ordersPrev12m = c.ordersPrev12m[i];
  m.recencyDays = orNull(c.recencyDays[i]);
  m.marginRate = orNull(c.marginRate[i]);
  m.grossProfit12m = orNull(c.grossProfit12m[i]);
  m.onTimePaymentRate = orNull(c.onTimePaymentRate[i]);
  m.avgPaymentDelayDays = orNull(c.avgPaymentDelayDays[i]);
  m.overdueUnpaidAmount = c.overdueUnpaidAmount[i];
  m.maxOverdueDays = orNull(c.maxOverdueDays[i]);
  m.relationship = orNull(c.relationship[i]);
  m.lastTouchDays = orNull(c.lastTouchDays[i]);
  m.accountId = accountId;
  m.hasOrders = m.firstOrderDay !== null;
  return m;
}

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
