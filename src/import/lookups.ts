import { and, inArray, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, contacts, users } from "../db/schema";

/** Account ids by external id, among the accounts this user may see (others look unknown, as in the API). */
export async function accountIdsByExternalId(tx: Executor, user: User, extIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(extIds)];
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: accounts.id, ext: accounts.externalId })
    .from(accounts)
    .where(and(inArray(accounts.externalId, ids), visibleAccounts(user)));
  return new Map(rows.map((r) => [r.ext as string, r.id]));
}

/** Existing accounts with these external ids, visible or not (an import must not take over someone else's). */
export async function existingAccounts(
  tx: Executor,
  user: User,
  extIds: string[],
): Promise<Map<string, { visible: boolean }>> {
  const ids = [...new Set(extIds)];
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ ext: accounts.externalId, visible: sql<boolean>`${visibleAccounts(user)}` })
    .from(accounts)
    .where(inArray(accounts.externalId, ids));
  return new Map(rows.map((r) => [r.ext as string, { visible: Boolean(r.visible) }]));
}

export async function contactIdsByExternalId(
  tx: Executor,
  extIds: string[],
): Promise<Map<string, { id: string; accountId: string }>> {
  const ids = [...new Set(extIds)];
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: contacts.id, ext: contacts.externalId, accountId: contacts.accountId })
    .from(contacts)
    .where(inArray(contacts.externalId, ids));
  return new Map(rows.map((r) => [r.ext as string, { id: r.id, accountId: r.accountId }]));
}

export async function userIdsByEmail(
  tx: Executor,
  emails: string[],
): Promise<Map<string, { id: string; team: string | null }>> {
  const list = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (!list.length) return new Map();
  const rows = await tx
    .select({ id: users.id, email: users.email, team: users.team })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, list));
  return new Map(rows.map((r) => [r.email.toLowerCase(), { id: r.id, team: r.team }]));
}
