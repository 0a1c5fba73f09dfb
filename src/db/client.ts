import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the rest of Furrow sees, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database or a transaction: queries take either, so callers decide the transaction boundary. */
export type Executor = Db | Tx;

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The embedded engine, when there is one (tests clone and dump it). */
  pglite?: PGlite;
  /** A connection URL for other drivers (the checkpointer's `pg` pool), when the database is served over the wire. */
  url?: string;
  close: () => Promise<void>;
};

/** Embedded Postgres (PGlite with pgvector) in `dataDir`, or in memory when dataDir is "memory://". */
export async function openPglite(dataDir: string): Promise<DbHandle> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : resolve(dataDir), { extensions: { vector } });
  return wrapPglite(pglite);
}

export function wrapPglite(pglite: PGlite): DbHandle {
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return { db, kind: "pglite", pglite, close: () => pglite.close() };
}

/**
 * A real Postgres (with the pgvector extension available) through the `postgres` driver. The pool holds 10
 * connections unless the URL says otherwise (`?max=N`, e.g. behind a small connection limit).
 */
export function openPostgres(url: string, opts: { max?: number } = {}): DbHandle {
  const fromUrl = Number.parseInt(new URL(url).searchParams.get("max") ?? "", 10);
  const max = opts.max ?? (fromUrl > 0 ? fromUrl : 10);
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}
