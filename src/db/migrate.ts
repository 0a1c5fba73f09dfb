import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DbHandle } from "./client";

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "migrations");

// Any constant works; it only has to be the same for every Furrow instance on one database.
const MIGRATION_LOCK = 7_346_021;

/**
 * Applies the committed migrations. On a shared Postgres several instances may boot at once:
 * an advisory lock makes them take turns, so each migration runs exactly once. PGlite in its own thread is reached
 * like a Postgres (the lock is then a formality: one session). `folder`: tests pass their own.
 */
export async function migrate(handle: DbHandle, folder = MIGRATIONS_FOLDER): Promise<void> {
  const config = {
    migrationsFolder: folder,
    migrationsSchema: "public",
    migrationsTable: "__furrow_migrations",
  };
  if (handle.pglite) {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific database type
    await migratePglite(handle.db as any, config);
    return;
  }
  await handle.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific database type
    await migratePostgres(handle.db as any, config);
  } finally {
    await handle.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
