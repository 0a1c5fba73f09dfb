import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, contacts, interactions, opportunities, orders } from "../db/schema";

const TABLES = { contacts, orders, opportunities, interactions } as const;
export type OwnedEntity = keyof typeof TABLES;

/**
 * Records that already carry these external ids, and whether the caller may change each: a record belongs to its
 * account, so it may be changed exactly when its account is one the caller may see (rep: own, manager: team).
 */
export async function existingRecords(
  tx: Executor,
  entity: OwnedEntity,
  user: User,
  extIds: string[],
): Promise<Map<string, { changeable: boolean }>> {
  const ids = [...new Set(extIds)];
  if (!ids.length) return new Map();
  const t = TABLES[entity];
  const rows = await tx
    .select({ ext: t.externalId, changeable: sql<boolean>`${visibleAccounts(user)}` })
    .from(t)
    .innerJoin(accounts, eq(accounts.id, t.accountId))
    .where(inArray(t.externalId, ids));
  return new Map(rows.map((r) => [r.ext as string, { changeable: Boolean(r.changeable) }]));
}
