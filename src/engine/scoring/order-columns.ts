import type { Order } from "../types";
import type { OrderScan } from "./compute-metrics";
import { fromDayNumber, toDayNumber } from "./day-numbers";
import type { ScoringFacts } from "./scoring-facts";

/**
 * A whole book's orders as typed columns (issue 14): what scoring reads of an order, 28 bytes each instead of an
 * object with six strings. Account i's orders are entries start[i] until start[i+1], in the order the object path
 * reads them (ordered date, then id), so every sum adds in the same order. Days are day numbers in 32-bit integers,
 * NO_DAY for none (no due date, unpaid, unparsable): read them with `dayAt`, which gives NaN for none. A margin of NaN
 * means none stated.
 */
export type OrderColumns = {
  /** Accounts (start has accounts + 1 entries). */
  accounts: number;
  start: Uint32Array;
  orderedDay: Int32Array;
  amount: Float64Array;
  margin: Float64Array;
  dueDay: Int32Array;
  paidDay: Int32Array;
};

/** A day column's "none": no day number of a four-digit year comes near it. */
export const NO_DAY = -2147483648;

/** Entry k of a day column as scanOrder takes it: the day number, NaN for none. */
export function dayAt(days: Int32Array, k: number): number {
  const d = days[k];
  return d === NO_DAY ? Number.NaN : d;
}

/** A day number (NaN for none) as a day column stores it. */
const storedDay = (day: number) => (Number.isNaN(day) ? NO_DAY : day);

/**
 * Adds account i's orders (entries start[i]..start[i+1]) to `t`: scanOrder's arithmetic (addSale, addPayment), the
 * same operations in the same order, so the sums agree to the bit with the object path. Running totals are kept in
 * locals (NaN for none) and written to `t` once: a field that may hold null boxes every number stored in it, and this
 * loop runs per order. Days compare as integers, NO_DAY tested first.
 */
export function scanOrderColumns(c: OrderColumns, i: number, nowDay: number, t: OrderScan): OrderScan {
  const { orderedDay, amount, margin, dueDay, paidDay } = c;
  const end = c.start[i + 1];
  let first = t.firstOrderDay ?? Number.NaN;
  let last = t.lastOrderDay ?? Number.NaN;
  let revenue12m = t.revenue12m;
  let revenuePrev12m = t.revenuePrev12m;
  let orders12m = t.orders12m;
  let ordersPrev12m = t.ordersPrev12m;
  let marginAmount = t.marginAmount;
  let marginBase = t.marginBase;
  let due = t.due;
  let onTime = t.onTime;
  let delaySum = t.delaySum;
  let overdueUnpaidAmount = t.overdueUnpaidAmount;
  let maxOverdue = t.maxOverdueDays ?? Number.NaN;
  for (let k = c.start[i]; k < end; k++) {
    const day = orderedDay[k];
    const a = amount[k];
    // addSale (a future or unparsable date adds nothing); !(x >= NaN) is true, as `first === null` was.
    if (day !== NO_DAY && day <= nowDay) {
      if (!(day >= first)) first = day;
      if (!(day <= last)) last = day;
      const age = nowDay - day;
      if (age < 365) {
        revenue12m += a;
        orders12m++;
        const mg = margin[k];
        if (!Number.isNaN(mg)) {
          marginAmount += a * mg;
          marginBase += a;
        }
      } else if (age < 730) {
        revenuePrev12m += a;
        ordersPrev12m++;
      }
    }
    // addPayment (not yet due, or no due date, adds nothing).
    const dueAt = dueDay[k];
    if (dueAt !== NO_DAY && dueAt <= nowDay) {
      const paidAt = paidDay[k];
      const unpaid = paidAt === NO_DAY;
      if (unpaid) {
        overdueUnpaidAmount += a;
        const late = nowDay - dueAt;
        if (late > 0 && !(late <= maxOverdue)) maxOverdue = late;
      }
      if (nowDay - dueAt < 365) {
        due++;
        const delay = (unpaid ? nowDay : paidAt) - dueAt;
        if (!unpaid && delay <= 0) onTime++;
        delaySum += Math.max(0, delay);
      }
    }
  }
  t.firstOrderDay = Number.isNaN(first) ? null : first;
  t.lastOrderDay = Number.isNaN(last) ? null : last;
  t.revenue12m = revenue12m;
  t.revenuePrev12m = revenuePrev12m;
  t.orders12m = orders12m;
  t.ordersPrev12m = ordersPrev12m;
  t.marginAmount = marginAmount;
  t.marginBase = marginBase;
  t.due = due;
  t.onTime = onTime;
  t.delaySum = delaySum;
  t.overdueUnpaidAmount = overdueUnpaidAmount;
  t.maxOverdueDays = Number.isNaN(maxOverdue) ? null : maxOverdue;
  return t;
}

/** Builds order columns by appending one account's orders at a time (a database batch, a generated book). */
export class OrderColumnsBuilder {
  private size = 0;
  private accountsSeen = 0;
  private cols: OrderColumns;

  /** Capacity hints only: the columns grow as accounts and orders are added. */
  constructor(accountsHint: number, ordersHint = accountsHint * 20) {
    this.cols = {
      accounts: 0,
      start: new Uint32Array(accountsHint + 1),
      orderedDay: new Int32Array(ordersHint),
      amount: new Float64Array(ordersHint),
      margin: new Float64Array(ordersHint),
      dueDay: new Int32Array(ordersHint),
      paidDay: new Int32Array(ordersHint),
    };
  }

  /** Appends one order of the current account (days as whole day numbers, as toDayNumber gives them; NaN for none). */
  push(orderedDay: number, amount: number, margin: number, dueDay: number, paidDay: number): void {
    if (this.size === this.cols.amount.length) this.grow();
    const c = this.cols;
    const k = this.size++;
    c.orderedDay[k] = storedDay(orderedDay);
    c.amount[k] = amount;
    c.margin[k] = margin;
    c.dueDay[k] = storedDay(dueDay);
    c.paidDay[k] = storedDay(paidDay);
  }

  pushOrder(o: Pick<Order, "orderedAt" | "amount" | "margin" | "dueAt" | "paidAt">): void {
    this.push(
      toDayNumber(o.orderedAt),
      o.amount,
      o.margin === null ? Number.NaN : o.margin,
      o.dueAt == null ? Number.NaN : toDayNumber(o.dueAt),
      o.paidAt == null ? Number.NaN : toDayNumber(o.paidAt),
    );
  }

  /** Closes the current account: the orders pushed since the last call are its. */
  endAccount(): void {
    const c = this.cols;
    if (this.accountsSeen + 1 === c.start.length) {
      const bigger = new Uint32Array(Math.max(1024, c.start.length * 2));
      bigger.set(c.start);
      c.start = bigger;
    }
    c.start[++this.accountsSeen] = this.size;
  }

  /**
   * The columns of the accounts ended so far, as views of the builder's arrays: never a copy. Capacity never written
   * is zero pages the system has not backed (not resident), so a view costs no memory, while a trimming copy held the
   * whole book's orders twice at its peak (66 MB more for a 100k-account book).
   */
  finish(): OrderColumns {
    const c = this.cols;
    const n = this.size;
    const trim = <T extends Float64Array | Int32Array | Uint32Array>(a: T, size: number): T => a.subarray(0, size) as T;
    return {
      accounts: this.accountsSeen,
      start: trim(c.start, this.accountsSeen + 1),
      orderedDay: trim(c.orderedDay, n),
      amount: trim(c.amount, n),
      margin: trim(c.margin, n),
      dueDay: trim(c.dueDay, n),
      paidDay: trim(c.paidDay, n),
    };
  }

  private grow(): void {
    const c = this.cols;
    const size = Math.max(1024, Math.ceil(c.amount.length * 1.5));
    const bigger = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (length: number) => T)(size);
      b.set(a);
      return b;
    };
    this.cols = {
      ...c,
      orderedDay: bigger(c.orderedDay),
      amount: bigger(c.amount),
      margin: bigger(c.margin),
      dueDay: bigger(c.dueDay),
      paidDay: bigger(c.paidDay),
    };
  }
}

/** The order columns of facts already in memory (tests, and a caller that has objects anyway). */
export function orderColumnsOf(factsList: ScoringFacts[]): OrderColumns {
  const b = new OrderColumnsBuilder(
    factsList.length,
    factsList.reduce((s, f) => s + f.orders.length, 0),
  );
  for (const f of factsList) {
    for (const o of f.orders) b.pushOrder(o);
    b.endAccount();
  }
  return b.finish();
}

/**
 * Account i's orders back as objects, for rendering one account's reasons (the aging of its receivables) from
 * columns. Ids and SKUs are not kept in columns: scoring reads neither.
 */
export function ordersOf(c: OrderColumns, i: number, accountId: string): Order[] {
  const out: Order[] = [];
  const day = (days: Int32Array, k: number) => (days[k] === NO_DAY ? null : fromDayNumber(days[k]));
  for (let k = c.start[i]; k < c.start[i + 1]; k++) {
    out.push({
      id: `${accountId}-${k - c.start[i]}`,
      accountId,
      productSku: null,
      orderedAt: fromDayNumber(dayAt(c.orderedDay, k)),
      amount: c.amount[k],
      margin: Number.isNaN(c.margin[k]) ? null : c.margin[k],
      dueAt: day(c.dueDay, k),
      paidAt: day(c.paidDay, k),
    });
  }
  return out;
}
