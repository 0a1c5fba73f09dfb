import type { AccountFacts, Order } from "../types";
import type { OrderScan } from "./compute-metrics";
import { scanOrder } from "./compute-metrics";
import { fromDayNumber, toDayNumber } from "./day-numbers";

/**
 * A whole book's orders as typed columns (issue 14): what scoring reads of an order, 36 bytes each instead of an
 * object with six strings. Account i's orders are entries start[i] until start[i+1], in the order the object path
 * reads them (ordered date, then id), so every sum adds in the same order. Days are day numbers; NaN means none
 * (no due date, unpaid, no stated margin).
 */
export type OrderColumns = {
  /** Accounts (start has accounts + 1 entries). */
  accounts: number;
  start: Uint32Array;
  orderedDay: Float64Array;
  amount: Float64Array;
  margin: Float64Array;
  dueDay: Float64Array;
  paidDay: Float64Array;
};

/** Adds account i's orders (entries start[i]..start[i+1]) to `t`, with the object path's arithmetic. */
export function scanOrderColumns(c: OrderColumns, i: number, nowDay: number, t: OrderScan): OrderScan {
  const end = c.start[i + 1];
  for (let k = c.start[i]; k < end; k++)
    scanOrder(t, nowDay, c.orderedDay[k], c.amount[k], c.margin[k], c.dueDay[k], c.paidDay[k]);
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
      orderedDay: new Float64Array(ordersHint),
      amount: new Float64Array(ordersHint),
      margin: new Float64Array(ordersHint),
      dueDay: new Float64Array(ordersHint),
      paidDay: new Float64Array(ordersHint),
    };
  }

  /** Appends one order of the current account (days as day numbers, NaN for none). */
  push(orderedDay: number, amount: number, margin: number, dueDay: number, paidDay: number): void {
    if (this.size === this.cols.amount.length) this.grow();
    const c = this.cols;
    const k = this.size++;
    c.orderedDay[k] = orderedDay;
    c.amount[k] = amount;
    c.margin[k] = margin;
    c.dueDay[k] = dueDay;
    c.paidDay[k] = paidDay;
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
    const trim = <T extends Float64Array | Uint32Array>(a: T, size: number): T => a.subarray(0, size) as T;
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
    const bigger = (a: Float64Array) => {
      const b = new Float64Array(size);
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
export function orderColumnsOf(factsList: AccountFacts[]): OrderColumns {
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
  const day = (d: number) => (Number.isNaN(d) ? null : fromDayNumber(d));
  for (let k = c.start[i]; k < c.start[i + 1]; k++) {
    out.push({
      id: `${accountId}-${k - c.start[i]}`,
      accountId,
      productSku: null,
      orderedAt: fromDayNumber(c.orderedDay[k]),
      amount: c.amount[k],
      margin: Number.isNaN(c.margin[k]) ? null : c.margin[k],
      dueAt: day(c.dueDay[k]),
      paidAt: day(c.paidDay[k]),
    });
  }
  return out;
}
