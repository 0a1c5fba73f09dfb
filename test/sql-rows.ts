import type { SQL } from "drizzle-orm";
import type { Executor } from "../src/db/client";

/**
 * The rows of a hand-written query, for tests that check an answer against the data independently. PGlite gives
 * `{ rows }`, the postgres driver an array: both are read here.
 */
export async function sqlRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const out = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(out) ? out : (out.rows ?? []);
}
