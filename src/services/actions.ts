import { and, asc, eq, inArray, lte, type SQL } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, contacts, planActions, users } from "../db/schema";

export const ACTION_STATUSES = ["open", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type ActionView = {
  id: string;
  accountId: string;
  accountName: string;
  planId: string | null;
  title: string;
  owner: string;
  ownerId: string | null;
  due: string;
  /** The first due date when the action was rescheduled, else null. */
  originalDue: string | null;
  status: ActionStatus;
  completedAt: string | null;
  contactId: string | null;
  contactName: string | null;
  source: "plan" | "user";
  /** Open and past due at `now`. */
  overdue: boolean;
};

export type ActionFilter = {
  accountId?: string;
  status?: ActionStatus | "all";
  dueBefore?: string;
  ownerId?: string;
  limit?: number;
};

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Actions on accounts the user may see, soonest due first (then id); open ones unless a status is given. */
export async function listActions(db: Executor, user: User, now: Date, f: ActionFilter): Promise<ActionView[]> {
  const where: SQL[] = [visibleAccounts(user)];
  if (f.accountId) where.push(eq(planActions.accountId, f.accountId));
  if (f.status !== "all") where.push(eq(planActions.status, f.status ?? "open"));
  if (f.dueBefore) where.push(lte(planActions.due, f.dueBefore));
  if (f.ownerId) where.push(eq(planActions.ownerId, f.ownerId));
  const rows = await db
    .select({ a: planActions, accountName: accounts.name, accountOwner: accounts.ownerId })
    .from(planActions)
    .innerJoin(accounts, eq(accounts.id, planActions.accountId))
    .where(and(...where))
    .orderBy(asc(planActions.due), asc(planActions.id))
    .limit(f.limit ?? 200);
  return toViews(db, rows, now);
}

/** One action on an account the user may see, or null (missing and not-yours look the same). */
export async function findVisibleAction(db: Executor, user: User, id: string, now: Date): Promise<ActionView | null> {
  const rows = await db
    .select({ a: planActions, accountName: accounts.name, accountOwner: accounts.ownerId })
    .from(planActions)
    .innerJoin(accounts, eq(accounts.id, planActions.accountId))
    .where(and(eq(planActions.id, id), visibleAccounts(user)))
    .limit(1);
  return (await toViews(db, rows, now))[0] ?? null;
}

type Row = { a: typeof planActions.$inferSelect; accountName: string; accountOwner: string | null };

async function toViews(db: Executor, rows: Row[], now: Date): Promise<ActionView[]> {
  const contactIds = [...new Set(rows.map((r) => r.a.contactId).filter((x): x is string => Boolean(x)))];
  const names = contactIds.length
    ? new Map(
        (
          await db
            .select({ id: contacts.id, name: contacts.name })
            .from(contacts)
            .where(inArray(contacts.id, contactIds))
        ).map((c) => [c.id, c.name]),
      )
    : new Map<string, string>();
  return rows.map(({ a, accountName, accountOwner }) => ({
    id: a.id,
    accountId: a.accountId,
    accountName,
    planId: a.planId,
    title: a.title,
    owner: a.owner,
    ownerId: a.ownerId ?? accountOwner,
    due: a.due,
    originalDue: a.originalDue,
    status: a.status,
    completedAt: a.completedAt,
    contactId: a.contactId,
    contactName: a.contactId ? (names.get(a.contactId) ?? null) : null,
    source: a.source,
    overdue: a.status === "open" && a.due < today(now),
  }));
}

export type ActionPatch = { status?: ActionStatus; due?: string; owner?: string };

export type PatchOutcome =
  | { ok: true; action: ActionView; changed: string[] }
  | { ok: false; code: "not_found" | "bad_owner"; message: string };

/**
 * Completes, reopens, drops, reschedules or reassigns one action, audited in the same transaction. The new owner
 * (id, e-mail or name) must be the account's owner or someone in the owner's team.
 */
export async function updateAction(
  db: Db,
  user: User,
  id: string,
  patch: ActionPatch,
  now: Date,
): Promise<PatchOutcome> {
  const current = await findVisibleAction(db, user, id, now);
  if (!current) return { ok: false, code: "not_found", message: "No such action among yours." };
  const set: Partial<typeof planActions.$inferInsert> = {};
  const changed: string[] = [];
  if (patch.status && patch.status !== current.status) {
    set.status = patch.status;
    set.completedAt = patch.status === "done" ? today(now) : null;
    changed.push("status");
  }
  if (patch.due && patch.due !== current.due) {
    set.due = patch.due;
    if (!current.originalDue) set.originalDue = current.due;
    changed.push("due");
  }
  if (patch.owner) {
    const owner = await findAssignee(db, current.accountId, patch.owner);
    if (!owner)
      return {
        ok: false,
        code: "bad_owner",
        message: `owner: "${patch.owner}" is not the account's owner or in their team.`,
      };
    if (owner.id !== current.ownerId || owner.name !== current.owner) {
      set.ownerId = owner.id;
      set.owner = owner.name;
      changed.push("owner");
    }
  }
  if (!changed.length) return { ok: true, action: current, changed };
  await db.transaction(async (tx) => {
    await tx
      .update(planActions)
      .set({ ...set, updatedAt: now.toISOString() })
      .where(eq(planActions.id, id));
    await audit(tx, {
      userId: user.id,
      action: "action.update",
      entity: "plan_action",
      entityId: id,
      details: {
        changed,
        before: { status: current.status, due: current.due, owner: current.owner, ownerId: current.ownerId },
        after: { status: set.status ?? current.status, due: set.due ?? current.due, owner: set.owner ?? current.owner },
      },
    });
  });
  const action = await findVisibleAction(db, user, id, now);
  return { ok: true, action: action as ActionView, changed };
}

async function findAssignee(db: Executor, accountId: string, ref: string) {
  const [acc] = await db
    .select({ ownerId: accounts.ownerId, team: users.team })
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(eq(accounts.id, accountId));
  if (!acc) return null;
  const key = ref.trim();
  const candidates = await db
    .select({ id: users.id, name: users.name, email: users.email, team: users.team })
    .from(users)
    .orderBy(asc(users.id));
  const found = candidates.find((u) => u.id === key || u.email.toLowerCase() === key.toLowerCase() || u.name === key);
  if (!found) return null;
  return found.id === acc.ownerId || (acc.team !== null && found.team === acc.team) ? found : null;
}
