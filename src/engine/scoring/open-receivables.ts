import type { Order } from "../types";
import { toDayNumber, toDayOrNull } from "./day-numbers";
import { round2 } from "./round";

export type OpenReceivables = {
  /** Everything ordered and not paid yet. */
  unpaid: number;
  /** The part of it past its due date. */
  overdue: number;
  /** The earliest due date still ahead (YYYY-MM-DD): "那笔款啥时候到期". */
  nextDueAt: string | null;
  /** What falls due then. */
  nextDueAmount: number;
  /** The earliest due date already past (YYYY-MM-DD): "尾款啥时候到期的", how long it has been owed. */
  overdueSince: string | null;
  /** Days from `overdueSince` to `now`; 0 when nothing is overdue. */
  overdueDays: number;
};

/**
 * What the account still owes (应收未回款) as of `now`: the unpaid total, its overdue part, and the next payment due.
 * Null when everything is paid. Pure: one pass over the orders.
 */
export function openReceivables(orders: readonly Order[], now: string): OpenReceivables | null {
  const today = toDayNumber(now);
  let unpaid = 0;
  let overdue = 0;
  let next: { day: number; at: string; amount: number } | null = null;
  let oldest: { day: number; at: string } | null = null;
  for (const o of orders) {
    if (o.paidAt !== null) continue;
    unpaid += o.amount;
    const due = toDayOrNull(o.dueAt);
    if (due === null || o.dueAt === null) continue;
    if (due < today) {
      overdue += o.amount;
      if (!oldest || due < oldest.day) oldest = { day: due, at: o.dueAt.slice(0, 10) };
    } else if (!next || due < next.day) next = { day: due, at: o.dueAt.slice(0, 10), amount: o.amount };
    else if (due === next.day) next.amount += o.amount;
  }
  if (unpaid === 0) return null;
  return {
    unpaid: round2(unpaid),
    overdue: round2(overdue),
    nextDueAt: next?.at ?? null,
    nextDueAmount: round2(next?.amount ?? 0),
    overdueSince: oldest?.at ?? null,
    overdueDays: oldest ? today - oldest.day : 0,
  };
}
