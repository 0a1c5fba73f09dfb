import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client";
import { accounts, auditLog, contacts, interactions, opportunities, orders, products } from "../db/schema";
import type { ImportEntity } from "./entities";

const TABLES = { accounts, contacts, orders, opportunities, interactions, products } as const;
const KEYS: Record<ImportEntity, string> = {
  accounts: "externalId",
  contacts: "externalId",
  orders: "externalId",
  opportunities: "externalId",
  interactions: "externalId",
  products: "sku",
};
/** Columns an update must not overwrite: the record's own id and when it was first created. */
const KEEP = new Set(["id", "createdAt", "stageHistory"]);

export type Written = { id: string; key: string; inserted: boolean };

/** Upserts one batch by external id (sku for products); reports for each row whether it was new. */
export async function writeBatch(
  tx: Executor,
  entity: ImportEntity,
  rows: Record<string, unknown>[],
  userId: string,
  importId: string,
): Promise<Written[]> {
  if (!rows.length) return [];
  const table = TABLES[entity] as PgTable;
  const cols = getTableColumns(table) as Record<string, { name: string }>;
  const keyProp = KEYS[entity];
  const set: Record<string, SQL> = {};
  for (const prop of Object.keys(rows[0])) {
    if (prop === keyProp || KEEP.has(prop)) continue;
    set[prop] = sql.raw(`excluded."${cols[prop].name}"`);
  }
  if ("updatedAt" in cols) set.updatedAt = sql`now()`;
  if (entity === "opportunities") {
    // A stage change on re-import is history, not an overwrite.
    set.stageHistory = sql`case when ${opportunities.stage} is distinct from excluded.stage then ${opportunities.stageHistory} || excluded.stage_history else ${opportunities.stageHistory} end`;
  }
  const keyCol = (cols as Record<string, unknown>)[keyProp] as never;
  const idCol = (
    entity === "products" ? (cols as Record<string, unknown>).sku : (cols as Record<string, unknown>).id
  ) as never;
  const written = (await tx
    .insert(table)
    .values(rows as never)
    .onConflictDoUpdate({
      target: keyCol,
      set: Object.keys(set).length ? set : { [keyProp]: sql.raw(`excluded."${cols[keyProp].name}"`) },
    })
    .returning({ id: idCol, key: keyCol, inserted: sql<boolean>`(xmax = 0)` })) as Written[];
  await tx.insert(auditLog).values(
    written.map((w) => ({
      userId,
      action: w.inserted ? "import.insert" : "import.update",
      entity: entity.replace(/s$/, ""),
      entityId: w.id,
      details: { importId, key: w.key },
    })),
  );
  return written;
}
