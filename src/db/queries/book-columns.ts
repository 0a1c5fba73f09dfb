import { asc, inArray } from "drizzle-orm";
import { toDayNumber, toDayOrNull } from "../../engine/scoring/day-numbers";
import { type OrderColumns, OrderColumnsBuilder } from "../../engine/scoring/order-columns";
import type { AccountFacts, Interaction } from "../../engine/types";
import type { Executor } from "../client";
import { accounts, contacts, interactions, opportunities, orders, riskRecords } from "../schema";
import { emptyFacts } from "./account-facts";
import { loadCompetitorAwards } from "./competitor-awards";
import { toContact, toOpportunity, toRiskRecord } from "./mappers";

/** Accounts per batch: far below Postgres' bind-parameter limit, and the event loop turns between batches. */
const CHUNK = 2000;

/**
 * What whole-book scoring reads, for the given accounts (in the order given) at `now` (ISO date): orders streamed in
 * batches into typed columns (no order object kept), and per account only what scoring reads besides orders. Of the
 * interactions only the latest one on or before `now` is kept, the only one scoring reads (its last touch); so these
 * facts are for book scoring, not for rendering a timeline.
 */
export async function loadBookColumns(
  db: Executor,
  accountIds: string[],
  now: string,
): Promise<{ facts: AccountFacts[]; orders: OrderColumns }> {
  const ids = [...new Set(accountIds)];
  const nowDay = toDayNumber(now);
  const facts: AccountFacts[] = [];
  const builder = new OrderColumnsBuilder(ids.length);
  for (let i = 0; i < ids.length; i += CHUNK) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    const chunk = await loadChunk(db, ids.slice(i, i + CHUNK), nowDay, builder);
    for (const f of chunk) facts.push(f);
  }
  return { facts, orders: builder.finish() };
}

async function loadChunk(
  db: Executor,
  ids: string[],
  nowDay: number,
  builder: OrderColumnsBuilder,
): Promise<AccountFacts[]> {
  const [accs, cons, ords, opps, touches, risks, awards] = await Promise.all([
    db.select().from(accounts).where(inArray(accounts.id, ids)).orderBy(asc(accounts.id)),
    db.select().from(contacts).where(inArray(contacts.accountId, ids)).orderBy(asc(contacts.id)),
    db
      .select({
        accountId: orders.accountId,
        orderedAt: orders.orderedAt,
        amount: orders.amount,
        margin: orders.margin,
        dueAt: orders.dueAt,
        paidAt: orders.paidAt,
      })
      .from(orders)
      .where(inArray(orders.accountId, ids))
      .orderBy(asc(orders.orderedAt), asc(orders.id)),
    db.select().from(opportunities).where(inArray(opportunities.accountId, ids)).orderBy(asc(opportunities.id)),
    db
      .select({
        id: interactions.id,
        accountId: interactions.accountId,
        contactId: interactions.contactId,
        kind: interactions.kind,
        occurredAt: interactions.occurredAt,
      })
      .from(interactions)
      .where(inArray(interactions.accountId, ids)),
    db.select().from(riskRecords).where(inArray(riskRecords.accountId, ids)).orderBy(asc(riskRecords.id)),
    loadCompetitorAwards(db, ids),
  ]);
  const byId = new Map<string, AccountFacts>();
  const out: AccountFacts[] = [];
  for (const a of accs) {
    const f = emptyFacts(a, awards.get(a.id) ?? []);
    byId.set(a.id, f);
    out.push(f);
  }
  for (const c of cons) byId.get(c.accountId)?.contacts.push(toContact(c));
  for (const o of opps) byId.get(o.accountId)?.opportunities.push(toOpportunity(o));
  for (const r of risks) byId.get(r.accountId)?.riskRecords.push(toRiskRecord(r));
  for (const t of touches) keepLatestTouch(byId.get(t.accountId), t, nowDay);
  // Orders come sorted by day then id (the object path's order); each account's go into the columns together.
  const perAccount = new Map<string, typeof ords>();
  for (const o of ords) {
    const list = perAccount.get(o.accountId);
    if (list) list.push(o);
    else perAccount.set(o.accountId, [o]);
  }
  for (const f of out) {
    for (const o of perAccount.get(f.account.id) ?? []) builder.pushOrder(o);
    builder.endAccount();
  }
  return out;
}

/** Keeps only the latest touch on or before now (what lastTouchDays reads), as the interactions mapper dates it. */
function keepLatestTouch(
  f: AccountFacts | undefined,
  t: { id: string; accountId: string; contactId: string | null; kind: string; occurredAt: string },
  nowDay: number,
): void {
  if (!f) return;
  const occurredAt = new Date(t.occurredAt).toISOString();
  const day = toDayOrNull(occurredAt);
  if (day === null || day > nowDay) return;
  const kept = f.interactions[0];
  if (kept && (toDayOrNull(kept.occurredAt) as number) >= day) return;
  const touch: Interaction = {
    id: t.id,
    accountId: t.accountId,
    contactId: t.contactId,
    kind: t.kind as Interaction["kind"],
    occurredAt,
    summary: null,
  };
  f.interactions[0] = touch;
}
