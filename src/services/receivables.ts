import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, orders } from "../db/schema";
import { openReceivables } from "../engine/scoring/open-receivables";
import { round2 } from "../engine/scoring/round";
import type { Order } from "../engine/types";

export type ReceivableDue = "all" | "overdue" | "not_due";

export type ReceivableItem = {
  accountId: string;
  name: string;
  unpaid: number;
  overdue: number;
  /** Unpaid and not past due yet (also orders with no due date). */
  notDue: number;
  nextDueAt: string | null;
  nextDueAmount: number;
  /** The earliest due date already past, and the days since (aging). */
  overdueSince: string | null;
  overdueDays: number;
};

export type ReceivablesView = {
  due: ReceivableDue;
  /** Accounts in the selection, before the limit. */
  total: number;
  totals: { unpaid: number; overdue: number; notDue: number };
  items: ReceivableItem[];
  /** Accounts in the selection past the limit, not listed ("……另有 N 家" reads this number). */
  more: number;
};

/**
 * What the user's accounts owe (应收账款) as of `today`: per account the unpaid total, its overdue part and what is
 * not due yet with the next due date. `due` keeps the accounts with overdue money, or with money not yet due; the
 * order follows the question (largest overdue first; soonest due first; largest unpaid first). Totals are over the
 * whole selection, not the page.
 */
export async function receivablesFor(
  db: Executor,
  user: User,
  opts: {
    today: string;
    due: ReceivableDue;
    accountId?: string;
    ownerId?: string;
    limit: number;
    /** "oldest": the money longest past due first ("超期最久的是哪家"). */
    sortBy?: "amount" | "oldest";
  },
): Promise<ReceivablesView> {
  const conditions = [visibleAccounts(user), isNull(orders.paidAt)];
  if (opts.accountId) conditions.push(eq(orders.accountId, opts.accountId));
  if (opts.ownerId) conditions.push(eq(accounts.ownerId, opts.ownerId));
  const rows = await db
    .select({
      accountId: orders.accountId,
      name: accounts.name,
      amount: orders.amount,
      dueAt: orders.dueAt,
      id: orders.id,
      orderedAt: orders.orderedAt,
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(and(...conditions));
  const byAccount = new Map<string, { name: string; orders: Order[] }>();
  for (const r of rows) {
    const entry = byAccount.get(r.accountId) ?? { name: r.name, orders: [] };
    entry.orders.push({ ...r, productSku: null, margin: null, paidAt: null });
    byAccount.set(r.accountId, entry);
  }
  const all: ReceivableItem[] = [];
  for (const [accountId, { name, orders: owed }] of byAccount) {
    const open = openReceivables(owed, opts.today);
    if (!open) continue;
    all.push({ accountId, name, ...open, notDue: round2(open.unpaid - open.overdue) });
  }
  const kept = all.filter((i) =>
    opts.due === "overdue" ? i.overdue > 0 : opts.due === "not_due" ? i.notDue > 0 : true,
  );
  const byId = (a: ReceivableItem, b: ReceivableItem) => a.accountId.localeCompare(b.accountId);
  kept.sort(
    opts.sortBy === "oldest"
      ? (a, b) => b.overdueDays - a.overdueDays || b.overdue - a.overdue || byId(a, b)
      : opts.due === "overdue"
        ? (a, b) => b.overdue - a.overdue || byId(a, b)
        : opts.due === "not_due"
          ? (a, b) => (a.nextDueAt ?? "9999").localeCompare(b.nextDueAt ?? "9999") || b.notDue - a.notDue || byId(a, b)
          : (a, b) => b.unpaid - a.unpaid || byId(a, b),
  );
  const sum = (k: "unpaid" | "overdue" | "notDue") => round2(kept.reduce((s, i) => s + i[k], 0));
  return {
    due: opts.due,
    total: kept.length,
    totals: { unpaid: sum("unpaid"), overdue: sum("overdue"), notDue: sum("notDue") },
    items: kept.slice(0, opts.limit),
    more: Math.max(0, kept.length - opts.limit),
  };
}
