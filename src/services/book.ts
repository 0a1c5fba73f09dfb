import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, competitors, contacts, products, users } from "../db/schema";
import { forecastPipeline } from "../engine/planning/forecast-pipeline";
import { computeMetrics } from "../engine/scoring/compute-metrics";
import { portfolioKpis } from "../engine/scoring/portfolio-kpis";
import type { AccountFacts } from "../engine/types";
import { settleAll } from "../request-context";
import { loadProducts } from "./catalog";
import { latestScores } from "./scores";

/** Ids and names of the accounts this user may see, best score first. */
export async function visibleAccountRows(db: Executor, user: User) {
  return db
    .select({
      id: accounts.id,
      name: accounts.name,
      aliases: accounts.aliases,
      tier: accounts.tier,
      total: accounts.scoreTotal,
      strategy: accounts.strategy,
      industry: accounts.industry,
      region: accounts.region,
      annualRevenue: accounts.annualRevenue,
      employees: accounts.employees,
      parentId: accounts.parentId,
      target: accounts.target,
      ownerId: accounts.ownerId,
    })
    .from(accounts)
    .where(visibleAccounts(user))
    .orderBy(asc(accounts.name), asc(accounts.id));
}

type Directory = Awaited<ReturnType<typeof loadDirectory>>;
const DIRECTORY_TTL_MS = 5_000;
type Cached = Map<string, { at: number; value: Promise<Directory> }>;
// Per database: two databases in one process (tests, tools) have users with the same ids and different books.
let directories = new WeakMap<Executor, Cached>();

/**
 * What the offline understanding resolves against, and the names a grounded reply may use. Cached per user for a
 * few seconds: every chat turn needs it, and names change rarely (this instance drops the cache on its own writes;
 * another instance's new account is known here within DIRECTORY_TTL_MS).
 */
export function directoryFor(db: Executor, user: User): Promise<Directory> {
  const now = Date.now();
  const cached: Cached = directories.get(db) ?? new Map();
  directories.set(db, cached);
  const hit = cached.get(user.id);
  if (hit && now - hit.at < DIRECTORY_TTL_MS) return hit.value;
  const value = loadDirectory(db, user);
  cached.set(user.id, { at: now, value });
  value.catch(() => cached.delete(user.id));
  return value;
}

/** Forgets cached directories after a write that adds or renames accounts or contacts. */
export function invalidateDirectories(): void {
  directories = new WeakMap();
}

async function loadDirectory(db: Executor, user: User) {
  const accs = await visibleAccountRows(db, user);
  const ids = accs.map((a) => a.id);
  const cons = ids.length
    ? await db
        .select({
          id: contacts.id,
          accountId: contacts.accountId,
          name: contacts.name,
          title: contacts.title,
          departed: contacts.leftCompany,
          reportsToId: contacts.reportsToId,
        })
        .from(contacts)
        .where(inArray(contacts.accountId, ids))
        .orderBy(asc(contacts.id))
    : [];
  const ownerIds = [...new Set(accs.map((a) => a.ownerId).filter((id): id is string => !!id))];
  const [comp, prods, allNames, owners] = await settleAll([
    db.select({ name: competitors.name, aliases: competitors.aliases }).from(competitors),
    db.select({ name: products.name }).from(products),
    db.select({ id: accounts.id, name: accounts.name, aliases: accounts.aliases }).from(accounts),
    ownerIds.length > 1
      ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ownerIds))
      : Promise.resolve([] as { id: string; name: string }[]),
  ]);
  const visible = new Set(ids);
  // Names and aliases of accounts this user cannot see: a mention of one must not resolve to a look-alike of theirs.
  const otherNames = allNames.filter((a) => !visible.has(a.id)).flatMap((a) => [a.name, ...a.aliases]);
  const knownNames = [
    ...allNames.map((a) => a.name),
    ...cons.map((c) => c.name),
    ...comp.map((c) => c.name),
    ...prods.map((p) => p.name),
  ];
  return {
    otherNames: [...new Set(otherNames)],
    accounts: accs.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      parentId: a.parentId && visible.has(a.parentId) ? a.parentId : null,
      industry: a.industry,
      region: a.region,
      size: a.annualRevenue ?? a.employees,
    })),
    contacts: cons,
    competitors: comp.map((c) => ({ name: c.name, aliases: c.aliases })),
    knownNames: [...new Set(knownNames)],
    /** The reps who own the accounts this user sees, when more than one (a manager's team): "郑凯那边". */
    reps: owners,
  };
}

/** Facts of every account the user may see (the book), in id order. */
export async function bookFacts(db: Executor, user: User): Promise<AccountFacts[]> {
  const ids = (await visibleAccountRows(db, user)).map((a) => a.id).sort();
  return [...(await loadAccountFacts(db, ids)).values()];
}

/** The engine's per-account metrics (revenue, growth, share of wallet …) at `now`. */
export function metricsOf(facts: AccountFacts, now: Date) {
  return computeMetrics(facts, now.toISOString());
}

export async function bookKpis(db: Db, user: User, now: Date) {
  const facts = await bookFacts(db, user);
  const scores = [
    ...(
      await latestScores(
        db,
        facts.map((f) => f.account.id),
      )
    ).values(),
  ];
  return portfolioKpis(scores, facts, now.toISOString(), { products: await loadProducts(db) });
}

/**
 * Forecast for one account (against its target) or a book (against a quota): the user's whole book, or the part of it
 * the caller passes in `book` (one rep's accounts of a manager's book) with `quotaOf` naming whose quota it is measured
 * against (the user's by default).
 */
export async function forecastFor(
  db: Db,
  user: User,
  now: Date,
  accountId?: string,
  book?: AccountFacts[],
  quotaOf: string = user.id,
) {
  const facts = book ?? (await bookFacts(db, user));
  const scope = accountId ? facts.filter((f) => f.account.id === accountId) : facts;
  if (accountId && !scope.length) return null;
  const [me] = await db.select({ quota: users.quota }).from(users).where(eq(users.id, quotaOf));
  const target = accountId ? (scope[0].account.target ?? null) : null;
  return forecastPipeline(
    scope.flatMap((f) => f.opportunities),
    { now: now.toISOString(), target, quota: accountId ? null : (me?.quota ?? null) },
  );
}

export async function accountNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(and(inArray(accounts.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
