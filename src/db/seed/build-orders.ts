import type { Order } from "../../engine/types";
import type { AccountSpec, OrderPlan } from "./account-spec";
import { addDays, type Clock } from "./dates";
import { createRng, demoId, type Rng, seedOf } from "./prng";

type Window = { total: number; count: number; from: number; to: number };

/** Orders for one account: exact totals per 12-month window, the first order exactly `firstDaysAgo` back. */
export function buildOrders(spec: AccountSpec, accountId: string, clock: Clock): Order[] {
  const plan = spec.orders;
  if (!plan) return [];
  const rng = createRng(seedOf(`orders:${spec.key}`));
  const latest = plan.latestDaysAgo ?? 7;
  const windows: Window[] = [];
  const add = (w: [number, number] | undefined, from: number, to: number) => {
    if (w && w[1] > 0) windows.push({ total: w[0], count: w[1], from: Math.min(from, plan.firstDaysAgo), to });
  };
  add(plan.old, plan.firstDaysAgo, 735);
  add(plan.prior, 725, 370);
  add(plan.recent, 360, latest);

  const drafts: { daysAgo: number; amount: number }[] = [];
  for (const w of windows) {
    const amounts = splitAmount(w.total, w.count, rng);
    const days = spreadDays(w, plan.firstDaysAgo, rng);
    for (const [i, amount] of amounts.entries()) drafts.push({ daysAgo: days[i], amount });
  }
  drafts.sort((a, b) => b.daysAgo - a.daysAgo);

  const orders = drafts.map((d, i) => draftToOrder(d, i, spec, accountId, plan, rng, clock));
  markOverdue(orders, plan.overdue ?? 0, clock);
  return orders;
}

function splitAmount(total: number, count: number, rng: Rng): number[] {
  const spread = total / count < 150_000 ? 0.1 : 0.4;
  const weights = Array.from({ length: count }, () => 1 - spread + rng.next() * 2 * spread);
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.round((total * w) / sum / 100) * 100);
  amounts[count - 1] += total - amounts.reduce((a, b) => a + b, 0);
  return amounts;
}

/** Days-ago for each order of a window, oldest first; the window holding the first order starts with it. */
function spreadDays(w: Window, firstDaysAgo: number, rng: Rng): number[] {
  const hasFirst = w.from === firstDaysAgo;
  const slots = w.count;
  const span = w.from - w.to;
  return Array.from({ length: slots }, (_, i) => {
    if (i === 0 && hasFirst) return firstDaysAgo;
    const base = w.from - Math.round((span * (i + (hasFirst ? 0 : 0.5))) / slots);
    const jitter = rng.int(-Math.floor(span / slots / 4), Math.floor(span / slots / 4));
    return Math.max(w.to, Math.min(w.from - 1, base + jitter));
  });
}

function draftToOrder(
  d: { daysAgo: number; amount: number },
  i: number,
  spec: AccountSpec,
  accountId: string,
  plan: OrderPlan,
  rng: Rng,
  clock: Clock,
): Order {
  const orderedAt = clock.date(d.daysAgo);
  const term = rng.pick(spec.industry === "hospital" || spec.industry === "government" ? [60, 90, 90] : [30, 60]);
  const dueAt = addDays(orderedAt, term);
  const [lo, hi] = plan.margin ?? [0.25, 0.38];
  const margin = Math.round((lo + rng.next() * (hi - lo)) * 1000) / 1000;
  const late = plan.payment === "late" ? rng.chance(0.85) : plan.payment === "mixed" ? rng.chance(0.35) : false;
  const paidOffset = late ? rng.int(20, 75) : -rng.int(0, Math.min(20, term - 5));
  const paid = addDays(dueAt, paidOffset);
  return {
    id: demoId("order", `${spec.key}-${i + 1}`),
    accountId,
    productSku: plan.skus[i % plan.skus.length],
    orderedAt,
    amount: d.amount,
    margin,
    dueAt,
    // Not yet paid when the payment date would be after now (open or overdue, depending on dueAt).
    paidAt: clock.daysSince(paid) >= 1 ? paid : null,
  };
}

function markOverdue(orders: Order[], count: number, clock: Clock): void {
  const pastDue = orders.filter((o) => o.dueAt && clock.daysSince(o.dueAt) >= 10);
  if (count === 0) return;
  for (const o of pastDue.slice(-count)) o.paidAt = null;
}
