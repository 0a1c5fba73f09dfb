import { and, inArray, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, products, users } from "../db/schema";
import { type AccountMetrics, computeMetrics } from "../engine/scoring/compute-metrics";
import { fromDayNumber } from "../engine/scoring/day-numbers";
import { groupWhitespace } from "../engine/scoring/group-whitespace";
import { openReceivables } from "../engine/scoring/open-receivables";
import { type GroupRollUp, rollUpGroup } from "../engine/scoring/roll-up-group";
import { round2 } from "../engine/scoring/round";
import type { AccountFacts } from "../engine/types";
import { settleAll } from "../request-context";
import { latestScores } from "./scores";

type TreeRow = { id: string; name: string; parentId: string | null; ownerId: string | null };

/** The account and every descendant that this user may see (a hidden branch is not there at all). */
async function visibleTree(db: Executor, user: User, rootId: string): Promise<TreeRow[]> {
  const tree = sql`(with recursive t(id) as (select ${rootId}::text union all
                    select a.id from accounts a join t on a.parent_id = t.id) select id from t)`;
  return db
    .select({ id: accounts.id, name: accounts.name, parentId: accounts.parentId, ownerId: accounts.ownerId })
    .from(accounts)
    .where(and(sql`${accounts.id} in ${tree}`, visibleAccounts(user)));
}

type Loaded = { rows: TreeRow[]; facts: Map<string, AccountFacts>; metrics: Map<string, AccountMetrics> };

async function rollUpOf(db: Executor, rows: TreeRow[], now: Date) {
  const ids = rows.map((r) => r.id);
  const [facts, scores] = await settleAll([loadAccountFacts(db, ids), latestScores(db, ids)]);
  const iso = now.toISOString();
  const metrics = new Map(rows.map((r) => [r.id, computeMetrics(facts.get(r.id)!, iso)]));
  const rollUp = rollUpGroup(
    rows.map((r) => {
      const s = scores.get(r.id);
      return {
        accountId: r.id,
        name: r.name,
        parentId: r.parentId,
        metrics: metrics.get(r.id)!,
        score: s ? { total: s.total, tier: s.tier, lifecycle: s.lifecycle, churnLevel: s.churn.level } : null,
      };
    }),
  );
  return { rollUp, scores, loaded: { rows, facts, metrics } as Loaded };
}

/**
 * The roll-up of the group tree under `rootId` (the account and every descendant), counting only the members this
 * user may see: a hidden branch adds nothing and is not mentioned. null when the account has no visible descendant.
 */
export async function groupRollUpFor(db: Executor, user: User, rootId: string, now: Date): Promise<GroupRollUp | null> {
  const rows = await visibleTree(db, user, rootId);
  if (!rows.some((r) => r.id !== rootId)) return null;
  return (await rollUpOf(db, rows, now)).rollUp;
}

/** One member's line in the group answer: its own score and risks, last order, owner and whitespace. */
export type GroupMemberView = GroupRollUp["members"][number] & {
  owner: string | null;
  lastOrderAt: string | null;
  risks: { code: string; severity: string }[];
  /** What this member owes (unpaid, overdue part); null when everything is paid. */
  receivables: { unpaid: number; overdue: number } | null;
  /** Products other members of the group buy that this one has never ordered (most-bought first). */
  whitespace: { sku: string; name: string }[];
};

export type GroupOverview = Omit<GroupRollUp, "members"> & {
  group: { id: string; name: string };
  members: GroupMemberView[];
  /** What the visible members owe together (永鲜连子公司一共欠多少): unpaid and its overdue part; null when nothing. */
  receivables: { unpaid: number; overdue: number } | null;
  /** The open deals of the group and its visible members (永鲜集团现在啥情况), biggest first, at most five. */
  openDeals: {
    name: string;
    accountId: string;
    accountName: string;
    amount: number | null;
    stage: string;
    expectedClose: string | null;
    competitor: string | null;
  }[];
  /** How many open deals there are in all (openDeals shows the first five). */
  openDealCount: number;
};

/**
 * The whole group as one answer (华东医疗集团旗下各医院的情况): the roll-up, then every visible member with its score,
 * tier, risks, last order, owner and product whitespace. null when the account has no visible descendant.
 */
export async function groupOverviewFor(
  db: Executor,
  user: User,
  rootId: string,
  now: Date,
): Promise<GroupOverview | null> {
  const rows = await visibleTree(db, user, rootId);
  const root = rows.find((r) => r.id === rootId);
  if (!root || !rows.some((r) => r.id !== rootId)) return null;
  const { rollUp, scores, loaded } = await rollUpOf(db, rows, now);
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((x): x is string => x !== null))];
  const skus = [
    ...new Set(
      [...loaded.facts.values()].flatMap((f) => f.orders.flatMap((o) => (o.productSku ? [o.productSku] : []))),
    ),
  ];
  const [owners, catalogue] = await settleAll([
    ownerIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ownerIds)) : [],
    skus.length
      ? db.select({ sku: products.sku, name: products.name }).from(products).where(inArray(products.sku, skus))
      : [],
  ]);
  const ownerName = new Map(owners.map((o) => [o.id, o.name]));
  const productName = new Map(catalogue.map((p) => [p.sku, p.name]));
  const space = groupWhitespace(
    rows.map((r) => ({
      accountId: r.id,
      skus: loaded.facts.get(r.id)!.orders.flatMap((o) => (o.productSku ? [o.productSku] : [])),
    })),
  );
  const missing = new Map(space.members.map((m) => [m.accountId, m.missing]));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const owed = new Map(
    rows.map((r) => {
      const open = openReceivables(loaded.facts.get(r.id)!.orders, now.toISOString());
      return [r.id, open ? { unpaid: open.unpaid, overdue: open.overdue } : null] as const;
    }),
  );
  const owing = [...owed.values()].filter((o) => o !== null);
  const deals = rows
    .flatMap((r) =>
      loaded.facts
        .get(r.id)!
        .opportunities.filter((o) => o.status === "open")
        .map((o) => ({
          name: o.name,
          accountId: r.id,
          accountName: r.name,
          amount: o.amount,
          stage: o.stage,
          expectedClose: o.expectedClose,
          competitor: o.competitor,
        })),
    )
    .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || a.name.localeCompare(b.name));
  return {
    ...rollUp,
    group: { id: root.id, name: root.name },
    receivables: owing.length
      ? {
          unpaid: round2(owing.reduce((sum, o) => sum + o.unpaid, 0)),
          overdue: round2(owing.reduce((sum, o) => sum + o.overdue, 0)),
        }
      : null,
    openDeals: deals.slice(0, 5),
    openDealCount: deals.length,
    members: rollUp.members.map((m) => {
      const last = loaded.metrics.get(m.accountId)!.lastOrderDay;
      const ownerId = rowOf.get(m.accountId)!.ownerId;
      return {
        ...m,
        owner: ownerId ? (ownerName.get(ownerId) ?? null) : null,
        lastOrderAt: last === null ? null : fromDayNumber(last),
        risks: (scores.get(m.accountId)?.risks ?? []).map((r) => ({ code: r.code, severity: r.severity })),
        receivables: owed.get(m.accountId) ?? null,
        whitespace: (missing.get(m.accountId) ?? []).map((sku) => ({ sku, name: productName.get(sku) ?? sku })),
      };
    }),
  };
}

/**
 * The facts of a group tree as one account for its power map: the root's account with every visible member's people
 * and touches, so a branch GM's line to the group's vice-president is an edge of the map. null without branches.
 */
export async function groupPowerMapFacts(db: Executor, user: User, rootId: string): Promise<AccountFacts | null> {
  const rows = await visibleTree(db, user, rootId);
  if (!rows.some((r) => r.id === rootId) || !rows.some((r) => r.id !== rootId)) return null;
  const facts = await loadAccountFacts(
    db,
    rows.map((r) => r.id),
  );
  const root = facts.get(rootId)!;
  const members = rows.map((r) => facts.get(r.id)!);
  return {
    ...root,
    contacts: members.flatMap((f) => f.contacts),
    interactions: members.flatMap((f) => f.interactions),
  };
}
