import { monthsBetween, toDayNumber, toDayOrNull } from "./day-numbers";
import type { ScoringContact, ScoringFacts, ScoringOrder } from "./scoring-facts";

/**
 * Dynamic facts about one account at `now`. Money in yuan, rates as fractions (0.32 = 32%), durations
 * in days unless named months. The trailing year is the 365 days ending on `now` (inclusive); the prior
 * year the 365 days before that. Orders dated after `now` are ignored. null means "cannot be known".
 */
export type AccountMetrics = {
  accountId: string;
  nowDay: number;
  hasOrders: boolean;
  firstOrderDay: number | null;
  lastOrderDay: number | null;
  /** First order or first won opportunity, whichever is earlier: when cooperation began. */
  cooperationStartDay: number | null;
  revenue12m: number;
  revenuePrev12m: number;
  /** (revenue12m - revenuePrev12m) / revenuePrev12m; null when the prior year had no revenue. */
  growth: number | null;
  walletEstimate: number | null;
  /** revenue12m / walletEstimate (may exceed 1 when the estimate is stale). */
  shareOfWallet: number | null;
  /** max(0, walletEstimate - revenue12m): what is left to win. */
  walletHeadroom: number | null;
  /** Whole calendar months since the first order. */
  purchaseMonths: number | null;
  orders12m: number;
  ordersPrev12m: number;
  recencyDays: number | null;
  /** Amount-weighted gross margin of trailing-year orders that state a margin. */
  marginRate: number | null;
  /** revenue12m × marginRate. */
  grossProfit12m: number | null;
  /** Share of invoices due in the trailing year that were paid on or before their due date. */
  onTimePaymentRate: number | null;
  /** Mean days late (0 when on time; unpaid counts until now) of invoices due in the trailing year. */
  avgPaymentDelayDays: number | null;
  /** Unpaid amount past its due date, any age. */
  overdueUnpaidAmount: number;
  /** Days the oldest unpaid overdue invoice is late; null when none. */
  maxOverdueDays: number | null;
  /** Influence-weighted ourStrength (0-5) of contacts still at the account (unknown influence counts 1). */
  relationship: number | null;
  /** Days since the latest interaction or contact touch. */
  lastTouchDays: number | null;
};

/** Running totals of one pass over an account's orders (sales and payments together, so each order is read once). */
export type OrderScan = {
  firstOrderDay: number | null;
  lastOrderDay: number | null;
  revenue12m: number;
  revenuePrev12m: number;
  orders12m: number;
  ordersPrev12m: number;
  marginAmount: number;
  marginBase: number;
  due: number;
  onTime: number;
  delaySum: number;
  overdueUnpaidAmount: number;
  maxOverdueDays: number | null;
};

/** Computes the metrics of one account in one pass over its orders; `now` is an ISO date. */
export function computeMetrics(facts: ScoringFacts, now: string): AccountMetrics {
  const nowDay = toDayNumber(now);
  return metricsFromScan(facts, scanOrders(facts.orders, nowDay, emptyScan()), nowDay);
}

/**
 * The metrics from an order scan plus the account's other facts (its `orders` are not read), written into `m` when
 * given: book scoring fills one object for the whole book rather than allocating one per account.
 */
export function metricsFromScan(facts: ScoringFacts, t: OrderScan, nowDay: number, m = blankMetrics()): AccountMetrics {
  const wallet = facts.account.walletEstimate;
  const marginRate = t.marginBase > 0 ? t.marginAmount / t.marginBase : null;
  const lastTouch = lastTouchDay(facts, nowDay);
  m.accountId = facts.account.id;
  m.nowDay = nowDay;
  m.hasOrders = t.firstOrderDay !== null;
  m.firstOrderDay = t.firstOrderDay;
  m.lastOrderDay = t.lastOrderDay;
  m.cooperationStartDay = cooperationStart(facts, t.firstOrderDay, nowDay);
  m.revenue12m = t.revenue12m;
  m.revenuePrev12m = t.revenuePrev12m;
  m.growth = t.revenuePrev12m > 0 ? (t.revenue12m - t.revenuePrev12m) / t.revenuePrev12m : null;
  m.walletEstimate = wallet;
  m.shareOfWallet = wallet != null && wallet > 0 ? t.revenue12m / wallet : null;
  m.walletHeadroom = wallet != null && wallet > 0 ? Math.max(0, wallet - t.revenue12m) : null;
  m.purchaseMonths = t.firstOrderDay === null ? null : monthsBetween(t.firstOrderDay, nowDay);
  m.orders12m = t.orders12m;
  m.ordersPrev12m = t.ordersPrev12m;
  m.recencyDays = t.lastOrderDay === null ? null : nowDay - t.lastOrderDay;
  m.marginRate = marginRate;
  m.grossProfit12m = marginRate === null ? null : t.revenue12m * marginRate;
  m.onTimePaymentRate = t.due > 0 ? t.onTime / t.due : null;
  m.avgPaymentDelayDays = t.due > 0 ? t.delaySum / t.due : null;
  m.overdueUnpaidAmount = t.overdueUnpaidAmount;
  m.maxOverdueDays = t.maxOverdueDays;
  m.relationship = relationship(facts.contacts);
  m.lastTouchDays = lastTouch === null ? null : nowDay - lastTouch;
  return m;
}

/** A metrics object with every field present (one shape for all), to be filled by metricsFromScan or readMetrics. */
export function blankMetrics(): AccountMetrics {
  return {
    accountId: "",
    nowDay: 0,
    hasOrders: false,
    firstOrderDay: null,
    lastOrderDay: null,
    cooperationStartDay: null,
    revenue12m: 0,
    revenuePrev12m: 0,
    growth: null,
    walletEstimate: null,
    shareOfWallet: null,
    walletHeadroom: null,
    purchaseMonths: null,
    orders12m: 0,
    ordersPrev12m: 0,
    recencyDays: null,
    marginRate: null,
    grossProfit12m: null,
    onTimePaymentRate: null,
    avgPaymentDelayDays: null,
    overdueUnpaidAmount: 0,
    maxOverdueDays: null,
    relationship: null,
    lastTouchDays: null,
  };
}

/** A scan of no orders yet; `resetScan` clears one for reuse (book scoring scans 100k accounts with one). */
export function emptyScan(): OrderScan {
  return resetScan({} as OrderScan);
}

export function resetScan(t: OrderScan): OrderScan {
  t.firstOrderDay = null;
  t.lastOrderDay = null;
  t.revenue12m = 0;
  t.revenuePrev12m = 0;
  t.orders12m = 0;
  t.ordersPrev12m = 0;
  t.marginAmount = 0;
  t.marginBase = 0;
  t.due = 0;
  t.onTime = 0;
  t.delaySum = 0;
  t.overdueUnpaidAmount = 0;
  t.maxOverdueDays = null;
  return t;
}

function scanOrders(orders: readonly ScoringOrder[], nowDay: number, t: OrderScan): OrderScan {
  for (const o of orders) {
    const day = toDayNumber(o.orderedAt);
    const margin = o.margin === null ? Number.NaN : o.margin;
    // An unparsable due or paid date counts as none, as toDayOrNull reads it.
    const dueDay = o.dueAt == null ? Number.NaN : toDayNumber(o.dueAt);
    const paidDay = o.paidAt == null ? Number.NaN : toDayNumber(o.paidAt);
    scanOrder(t, nowDay, day, o.amount, margin, dueDay, paidDay);
  }
  return t;
}

/**
 * Adds one order to the scan: days as day numbers, NaN for none (or unparsable), margin NaN for none. The column
 * path (scanOrderColumns in order-columns.ts) runs the same operations in the same order on integer day columns, so
 * their sums agree to the bit (score-book-columns.test.ts compares the two paths): change both together.
 */
export function scanOrder(
  t: OrderScan,
  nowDay: number,
  day: number,
  amount: number,
  margin: number,
  dueDay: number,
  paidDay: number,
): void {
  if (day <= nowDay) addSale(t, amount, margin, nowDay - day, day); // else future or unparsable
  if (dueDay <= nowDay) addPayment(t, amount, dueDay, paidDay, nowDay); // else not yet due, or no due date
}

function addSale(t: OrderScan, amount: number, margin: number, age: number, day: number): void {
  if (t.firstOrderDay === null || day < t.firstOrderDay) t.firstOrderDay = day;
  if (t.lastOrderDay === null || day > t.lastOrderDay) t.lastOrderDay = day;
  if (age < 365) {
    t.revenue12m += amount;
    t.orders12m++;
    if (!Number.isNaN(margin)) {
      t.marginAmount += amount * margin;
      t.marginBase += amount;
    }
  } else if (age < 730) {
    t.revenuePrev12m += amount;
    t.ordersPrev12m++;
  }
}

/** Unpaid overdue invoices count at any age; punctuality only for invoices due in the trailing year. */
function addPayment(t: OrderScan, amount: number, dueDay: number, paidDay: number, nowDay: number): void {
  const unpaid = Number.isNaN(paidDay);
  if (unpaid) {
    t.overdueUnpaidAmount += amount;
    const late = nowDay - dueDay;
    if (late > 0 && (t.maxOverdueDays === null || late > t.maxOverdueDays)) t.maxOverdueDays = late;
  }
  if (nowDay - dueDay >= 365) return;
  t.due++;
  const delay = (unpaid ? nowDay : paidDay) - dueDay;
  if (!unpaid && delay <= 0) t.onTime++;
  t.delaySum += Math.max(0, delay);
}

function cooperationStart(facts: ScoringFacts, firstOrderDay: number | null, nowDay: number): number | null {
  let start = firstOrderDay;
  for (const o of facts.opportunities) {
    if (o.status !== "won") continue;
    const day = toDayOrNull(o.closedAt);
    if (day !== null && day <= nowDay && (start === null || day < start)) start = day;
  }
  return start;
}

function relationship(contacts: readonly ScoringContact[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const c of contacts) {
    if (c.leftCompany || c.ourStrength === null) continue;
    const w = c.influence ?? 1;
    weight += w;
    sum += w * c.ourStrength;
  }
  return weight > 0 ? sum / weight : null;
}

// Plain loops, no closure: a named closure per account costs a defineProperty under a keep-names build (tsx).
function lastTouchDay(facts: ScoringFacts, nowDay: number): number | null {
  let last = Number.NaN;
  for (const i of facts.interactions) last = laterTouch(last, i.occurredAt, nowDay);
  for (const c of facts.contacts) last = laterTouch(last, c.lastContactAt, nowDay);
  return Number.isNaN(last) ? null : last;
}

/** The later of `last` (NaN: none yet) and an ISO date up to now; an unparsable or future date is skipped. */
function laterTouch(last: number, iso: string | null, nowDay: number): number {
  if (iso == null) return last;
  const day = toDayNumber(iso);
  return day <= nowDay && !(day <= last) ? day : last;
}
