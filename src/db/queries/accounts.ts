import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { settleAll } from "../../request-context";
import type { Executor } from "../client";
import { accountScores, accounts, contacts, opportunities, orders, riskRecords, users } from "../schema";
import { toAccount, toContact, toOpportunity, toOrder, toRiskRecord } from "./mappers";
import type { User } from "./users";
import { visibleAccounts } from "./visibility";

export type AccountListItem = ReturnType<typeof toListItem>;

function toListItem(r: typeof accounts.$inferSelect) {
  return { ...toAccount(r), tier: r.tier, scoreTotal: r.scoreTotal, strategy: r.strategy };
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** Names and aliases, zh or en, case-insensitive. */
function matchesQuery(q: string): SQL {
  const p = likePattern(q.trim());
  return sql`(${accounts.name} ilike ${p} or exists (select 1 from unnest(${accounts.aliases}) as alias where alias ilike ${p}))`;
}

export async function listAccounts(
  db: Executor,
  user: User,
  opts: { q?: string; tier?: string[]; ownerId?: string; limit: number; offset: number },
): Promise<{ items: AccountListItem[]; total: number }> {
  const conditions = [visibleAccounts(user)];
  if (opts.q?.trim()) conditions.push(matchesQuery(opts.q));
  if (opts.ownerId) conditions.push(eq(accounts.ownerId, opts.ownerId));
  if (opts.tier?.length) conditions.push(inArray(accounts.tier, opts.tier));
  const where = and(...conditions);
  const [rows, [{ total }]] = await settleAll([
    db
      .select()
      .from(accounts)
      .where(where)
      .orderBy(sql`${accounts.scoreTotal} desc nulls last`, asc(accounts.name), asc(accounts.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ total: count() }).from(accounts).where(where),
  ]);
  return { items: rows.map(toListItem), total: Number(total) };
}

/** The account if this user may see it; null otherwise (callers answer 404 either way). */
export async function findVisibleAccount(db: Executor, user: User, id: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, id), visibleAccounts(user)))
    .limit(1);
  return row ?? null;
}

export async function getAccount360(db: Executor, user: User, id: string) {
  const row = await findVisibleAccount(db, user, id);
  if (!row) return null;
  const [parent, children, cons, recentOrders, opps, risks, [latestScore], [owner]] = await settleAll([
    row.parentId ? groupMembers(db, user, eq(accounts.id, row.parentId)) : Promise.resolve([]),
    groupMembers(db, user, eq(accounts.parentId, id)),
    db.select().from(contacts).where(eq(contacts.accountId, id)).orderBy(asc(contacts.id)),
    db.select().from(orders).where(eq(orders.accountId, id)).orderBy(desc(orders.orderedAt), asc(orders.id)).limit(20),
    db.select().from(opportunities).where(eq(opportunities.accountId, id)).orderBy(asc(opportunities.id)),
    db
      .select()
      .from(riskRecords)
      .where(eq(riskRecords.accountId, id))
      .orderBy(desc(riskRecords.occurredAt), asc(riskRecords.id)),
    db.select().from(accountScores).where(eq(accountScores.accountId, id)).orderBy(desc(accountScores.id)).limit(1),
    row.ownerId
      ? db
          .select({ id: users.id, name: users.name, email: users.email, team: users.team })
          .from(users)
          .where(eq(users.id, row.ownerId))
      : Promise.resolve([]),
  ]);
  const score = (latestScore?.body ?? null) as { segment?: unknown; risks?: unknown[] } | null;
  return {
    // The id of a parent the caller may not see is not theirs to know either.
    account: { ...toListItem(row), parentId: parent[0]?.visible ? row.parentId : null },
    owner: owner ?? null,
    parent: parent[0] ? toGroupMember(parent[0]) : null,
    children: children.map(toGroupMember),
    contacts: cons.map(toContact),
    recentOrders: recentOrders.map(toOrder),
    opportunities: opps.map(toOpportunity),
    riskRecords: risks.map(toRiskRecord),
    risks: score?.risks ?? [],
    score,
    segment: score?.segment ?? null,
  };
}

/** A parent or child account, with whether the caller may see it (decided in the query, like every visibility). */
function groupMembers(db: Executor, user: User, where: SQL) {
  return db
    .select({ row: accounts, visible: sql<boolean>`${visibleAccounts(user)}` })
    .from(accounts)
    .where(where)
    .orderBy(asc(accounts.name), asc(accounts.id));
}

export type GroupMember = (AccountListItem & { visible: true }) | { name: string; visible: false };

/** What the caller cannot see of a group is a name and nothing else (no id, revenue, wallet, score or owner). */
function toGroupMember(m: { row: typeof accounts.$inferSelect; visible: boolean }): GroupMember {
  return m.visible ? { ...toListItem(m.row), visible: true } : { name: m.row.name, visible: false };
}

/** A contact, with its account's name, if this user may see that account; null otherwise. */
export async function findVisibleContact(db: Executor, user: User, id: string) {
  const [row] = await db
    .select({
      name: contacts.name,
      title: contacts.title,
      accountName: accounts.name,
      phone: contacts.phone,
      email: contacts.email,
      reportsToId: contacts.reportsToId,
    })
    .from(contacts)
    .innerJoin(accounts, eq(contacts.accountId, accounts.id))
    .where(and(eq(contacts.id, id), visibleAccounts(user)))
    .limit(1);
  return row ?? null;
}
