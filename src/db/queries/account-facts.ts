import { asc, eq, inArray } from "drizzle-orm";
import type { AccountFacts } from "../../engine/types";
import { settleAll } from "../../request-context";
import type { Executor } from "../client";
import { accounts, contacts, interactions, opportunities, orders, riskRecords } from "../schema";
import { loadCompetitorAwards } from "./competitor-awards";
import { toAccount, toContact, toInteraction, toOpportunity, toOrder, toRiskRecord } from "./mappers";

/** Ids per query: far below Postgres' 65,535 bind parameters, and small enough to yield between chunks. */
const CHUNK = 2000;

/**
 * Loads everything the engine may know about the given accounts, in a stable order. Any number of accounts: the ids
 * go in chunks (in the order given: pass ids in id order for id order throughout), and the event loop gets a turn between chunks so a whole-book load never starves other requests.
 */
/** An account's facts before its rows are filled in: the account, its competitor awards, empty lists. */
export function emptyFacts(
  row: Parameters<typeof toAccount>[0],
  competitorAwards: AccountFacts["competitorAwards"],
): AccountFacts {
  return {
    account: toAccount(row),
    contacts: [],
    orders: [],
    opportunities: [],
    interactions: [],
    riskRecords: [],
    competitorAwards,
  };
}

export async function loadAccountFacts(db: Executor, accountIds: string[]): Promise<Map<string, AccountFacts>> {
  const ids = [...new Set(accountIds)];
  if (ids.length <= CHUNK) return loadChunk(db, ids);
  const out = new Map<string, AccountFacts>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const [k, v] of await loadChunk(db, ids.slice(i, i + CHUNK))) out.set(k, v);
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

async function loadChunk(db: Executor, ids: string[]): Promise<Map<string, AccountFacts>> {
  const out = new Map<string, AccountFacts>();
  if (ids.length === 0) return out;
  const [accs, cons, ords, opps, ints, risks, awards] = await settleAll([
    db.select().from(accounts).where(inArray(accounts.id, ids)).orderBy(asc(accounts.id)),
    db.select().from(contacts).where(inArray(contacts.accountId, ids)).orderBy(asc(contacts.id)),
    db.select().from(orders).where(inArray(orders.accountId, ids)).orderBy(asc(orders.orderedAt), asc(orders.id)),
    db.select().from(opportunities).where(inArray(opportunities.accountId, ids)).orderBy(asc(opportunities.id)),
    db
      .select()
      .from(interactions)
      .where(inArray(interactions.accountId, ids))
      .orderBy(asc(interactions.occurredAt), asc(interactions.id)),
    db.select().from(riskRecords).where(inArray(riskRecords.accountId, ids)).orderBy(asc(riskRecords.id)),
    loadCompetitorAwards(db, ids),
  ]);
  for (const a of accs) out.set(a.id, emptyFacts(a, awards.get(a.id) ?? []));
  for (const c of cons) out.get(c.accountId)?.contacts.push(toContact(c));
  for (const o of ords) out.get(o.accountId)?.orders.push(toOrder(o));
  for (const o of opps) out.get(o.accountId)?.opportunities.push(toOpportunity(o));
  for (const i of ints) out.get(i.accountId)?.interactions.push(toInteraction(i));
  for (const r of risks) out.get(r.accountId)?.riskRecords.push(toRiskRecord(r));
  return out;
}

export async function loadOneAccountFacts(db: Executor, accountId: string): Promise<AccountFacts | null> {
  return (await loadAccountFacts(db, [accountId])).get(accountId) ?? null;
}

export async function allAccountIds(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: accounts.id }).from(accounts).orderBy(asc(accounts.id));
  return rows.map((r) => r.id);
}

export async function accountExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, id)).limit(1);
  return Boolean(row);
}
