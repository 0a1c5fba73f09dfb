import { asc, inArray } from "drizzle-orm";
import { toDayNumber, toDayOrNull } from "../../engine/scoring/day-numbers";
import { type OrderColumns, OrderColumnsBuilder } from "../../engine/scoring/order-columns";
import {
  exactList,
  NONE,
  type ScoringContact,
  type ScoringFacts,
  type ScoringOpportunity,
  type ScoringTouch,
  scoringAccount,
  scoringContact,
  scoringOpportunity,
} from "../../engine/scoring/scoring-facts";
import type { RiskRecord, Role } from "../../engine/types";
import type { Executor } from "../client";
import { accounts, contacts, interactions, opportunities, orders, riskRecords } from "../schema";
import { loadCompetitorAwards } from "./competitor-awards";
import { toRiskRecord } from "./mappers";

/** Accounts per batch: far below Postgres' bind-parameter limit, and the event loop turns between batches. */
const CHUNK = 2000;

/**
 * What whole-book scoring reads, for the given accounts (in the order given) at `now` (ISO date): orders streamed in
 * batches into typed columns (no order object kept), and per account only the fields scoring reads besides orders
 * (ScoringFacts: no account names or aliases, 9 fields of a contact, 6 of an opportunity, lists at their exact length).
 * Of the interactions only the date of the latest one on or before `now` is kept, the only one scoring reads (its last
 * touch); so these facts are for book scoring, not for rendering a timeline.
 */
export async function loadBookColumns(
  db: Executor,
  accountIds: string[],
  now: string,
): Promise<{ facts: ScoringFacts[]; orders: OrderColumns }> {
  const ids = [...new Set(accountIds)];
  const nowDay = toDayNumber(now);
  const facts: ScoringFacts[] = [];
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
): Promise<ScoringFacts[]> {
  const [accs, cons, ords, opps, touches, risks, awards] = await Promise.all([
    db
      .select({
        id: accounts.id,
        industry: accounts.industry,
        region: accounts.region,
        employees: accounts.employees,
        annualRevenue: accounts.annualRevenue,
        walletEstimate: accounts.walletEstimate,
        strategicValue: accounts.strategicValue,
        winnability: accounts.winnability,
      })
      .from(accounts)
      .where(inArray(accounts.id, ids))
      .orderBy(asc(accounts.id)),
    db
      .select({
        accountId: contacts.accountId,
        id: contacts.id,
        name: contacts.name,
        role: contacts.role,
        influence: contacts.influence,
        ourStrength: contacts.ourStrength,
        competitor: contacts.competitor,
        competitorStrength: contacts.competitorStrength,
        lastContactAt: contacts.lastContactAt,
        leftCompany: contacts.leftCompany,
      })
      .from(contacts)
      .where(inArray(contacts.accountId, ids))
      .orderBy(asc(contacts.id)),
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
    db
      .select({
        accountId: opportunities.accountId,
        id: opportunities.id,
        name: opportunities.name,
        amount: opportunities.amount,
        closedAt: opportunities.closedAt,
        status: opportunities.status,
        competitor: opportunities.competitor,
      })
      .from(opportunities)
      .where(inArray(opportunities.accountId, ids))
      .orderBy(asc(opportunities.id)),
    db
      .select({ accountId: interactions.accountId, occurredAt: interactions.occurredAt })
      .from(interactions)
      .where(inArray(interactions.accountId, ids)),
    db.select().from(riskRecords).where(inArray(riskRecords.accountId, ids)).orderBy(asc(riskRecords.id)),
    loadCompetitorAwards(db, ids),
  ]);
  // Lists are gathered per account, then kept at their exact length (NONE when empty) in one facts shape.
  const byId = new Map<string, Gathered>();
  for (const a of accs) byId.set(a.id, { contacts: [], opportunities: [], riskRecords: [], touch: null, touchDay: 0 });
  for (const c of cons) {
    byId.get(c.accountId)?.contacts.push(scoringContact({ ...c, role: c.role as Role | null }));
  }
  for (const o of opps) byId.get(o.accountId)?.opportunities.push(scoringOpportunity(o));
  for (const r of risks) byId.get(r.accountId)?.riskRecords.push(toRiskRecord(r));
  for (const t of touches) keepLatestTouch(byId.get(t.accountId), t.occurredAt, nowDay);
  // Orders come sorted by day then id (the object path's order); each account's go into the columns together.
  const perAccount = new Map<string, typeof ords>();
  for (const o of ords) {
    const list = perAccount.get(o.accountId);
    if (list) list.push(o);
    else perAccount.set(o.accountId, [o]);
  }
  const out: ScoringFacts[] = new Array(accs.length);
  for (let k = 0; k < accs.length; k++) {
    const a = accs[k];
    const g = byId.get(a.id) as Gathered;
    out[k] = {
      account: scoringAccount(a),
      contacts: exactList(g.contacts),
      orders: NONE,
      opportunities: exactList(g.opportunities),
      interactions: g.touch === null ? NONE : [g.touch],
      riskRecords: exactList(g.riskRecords),
      competitorAwards: awards.get(a.id) ?? NONE,
    };
    for (const o of perAccount.get(a.id) ?? NONE) builder.pushOrder(o);
    builder.endAccount();
  }
  return out;
}

/** One account's rows while a batch is read. */
type Gathered = {
  contacts: ScoringContact[];
  opportunities: ScoringOpportunity[];
  riskRecords: RiskRecord[];
  touch: ScoringTouch | null;
  touchDay: number;
};

/** Keeps only the latest touch on or before now (what lastTouchDays reads), as the interactions mapper dates it. */
function keepLatestTouch(g: Gathered | undefined, at: string, nowDay: number): void {
  if (!g) return;
  const occurredAt = new Date(at).toISOString();
  const day = toDayOrNull(occurredAt);
  if (day === null || day > nowDay) return;
  if (g.touch !== null && g.touchDay >= day) return;
  g.touch = { occurredAt };
  g.touchDay = day;
}
