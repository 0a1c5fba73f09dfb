import { sql } from "drizzle-orm";
import type { Db, Executor } from "./client";

/** Rows of an `execute` result, whichever driver ran it (PGlite answers `{ rows }`, postgres.js an array). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;
const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Public tables, parents before children (by foreign keys), migrations bookkeeping excluded. */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and left(table_name, 2) <> '__' order by table_name`,
    ),
  ).map((r) => r.name);
  const deps = rowsOf<{ child: string; parent: string }>(
    await db.execute(
      sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
    ),
  );
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps)
      if (d.child.replace(/"/g, "") === t && d.parent.replace(/"/g, "") !== t) visit(d.parent.replace(/"/g, ""), path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/**
 * A logical dump as SQL statements: one INSERT per row through json_populate_record, so every column type
 * (arrays, jsonb, vectors, timestamps) round-trips and the file restores into PGlite or any Postgres with pgvector
 * whose schema Furrow has migrated.
 */
export async function* dumpDatabase(db: Db, pageSize = 1000): AsyncGenerator<string> {
  yield "-- Furrow logical dump. Restore: npm run restore -- <file> (into DATA_DIR, or DATABASE_URL when set).";
  yield "BEGIN;";
  for (const table of await tablesInDependencyOrder(db)) {
    yield `-- ${table}`;
    for (let offset = 0; ; offset += pageSize) {
      const rows = rowsOf<{ j: unknown }>(
        await db.execute(
          sql`select row_to_json(t)::text as j from ${sql.raw(quoteIdent(table))} t order by 1 limit ${pageSize} offset ${offset}`,
        ),
      );
      for (const r of rows) {
        // ON CONFLICT DO NOTHING: bookkeeping rows a fresh target already has (e.g. checkpointer migrations) are kept.
        yield `INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_record(null::${quoteIdent(table)}, ${quoteLiteral(String(r.j))}) ON CONFLICT DO NOTHING;`;
      }
      if (rows.length < pageSize) break;
    }
    const [seq] = rowsOf<{ s: string | null }>(
      await db.execute(
        sql`select pg_get_serial_sequence(${table}, column_name) as s from information_schema.columns where table_schema = 'public' and table_name = ${table} and column_name = 'id'`,
      ),
    );
    // Serial ids continue after the restored rows.
    if (seq?.s)
      yield `SELECT setval(${quoteLiteral(seq.s)}, coalesce((SELECT max(id) FROM ${quoteIdent(table)}), 0) + 1, false);`;
  }
  yield "COMMIT;";
}

/** Restores a dump into a migrated, empty database, in one transaction. */
export async function restoreDatabase(db: Db, statements: AsyncIterable<string>): Promise<number> {
  const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from accounts`));
  if (Number(n) > 0)
    throw new Error(
      "The target database already has accounts; restore into an empty one (a new DATA_DIR or database).",
    );
  let count = 0;
  await db.transaction(async (tx) => {
    for await (const line of statements) {
      if (!line.trim() || line.startsWith("--") || line === "BEGIN;" || line === "COMMIT;") continue;
      await tx.execute(sql.raw(line));
      count++;
    }
  });
  return count;
}
