import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import type { DbHandle } from "../db/client";

/**
 * LangGraph's official Postgres checkpointer on the project's own database, so a conversation survives restarts
 * and any instance can continue it. On PGlite (one connection) the `pg` pool is backed in-process by the same
 * PGlite; on Postgres it is a normal pool on DATABASE_URL.
 */
export async function createCheckpointer(
  handle: DbHandle,
  databaseUrl?: string,
): Promise<{ saver: PostgresSaver; close: () => Promise<void> }> {
  const pool = handle.pglite
    ? new pg.Pool(createPgConfig(handle.pglite) as unknown as pg.PoolConfig)
    : new pg.Pool({ connectionString: databaseUrl, max: 5 });
  const saver = new PostgresSaver(pool);
  await saver.setup();
  return { saver, close: () => pool.end() };
}
