import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import type { DbHandle } from "../db/client";
import { checkpointTypes } from "./bytea-array";
import { stage } from "./turn-stages";

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
    ? exclusivePool(handle.pglite)
    : new pg.Pool({ connectionString: databaseUrl, max: 5, types: checkpointTypes });
  const saver = new TimedSaver(pool);
  await saver.setup();
  return { saver, close: () => pool.end() };
}

/** The official saver, its reads and writes timed as stages of the chat turn being measured (turn-stages.ts). */
class TimedSaver extends PostgresSaver {
  override getTuple(...args: Parameters<PostgresSaver["getTuple"]>) {
    return stage("checkpoint read", () => super.getTuple(...args));
  }

  override put(...args: Parameters<PostgresSaver["put"]>) {
    return stage("checkpoint write", () => super.put(...args));
  }

  override putWrites(...args: Parameters<PostgresSaver["putWrites"]>) {
    return stage("checkpoint write", () => super.putWrites(...args));
  }
}

type Client = pg.PoolClient;

/**
 * PGlite is one database session. Its own queries and transactions take its transaction lock, but the `pg` adapter
 * does not: without this, a query from elsewhere could run inside the checkpointer's BEGIN…COMMIT and be rolled back
 * with it. A checked-out client therefore holds PGlite's transaction lock until it is released.
 */
function exclusivePool(pglite: PGlite): pg.Pool {
  const pool = new pg.Pool({ ...(createPgConfig(pglite) as unknown as pg.PoolConfig), types: checkpointTypes });
  const connect = pool.connect.bind(pool) as () => Promise<Client>;
  const acquire = async (): Promise<Client> => {
    let unlock!: () => void;
    await new Promise<void>((locked) => {
      void pglite._runExclusiveTransaction(
        () =>
          new Promise<void>((release) => {
            unlock = release;
            locked();
          }),
      );
    });
    try {
      const client = await connect();
      const release = client.release.bind(client);
      client.release = ((err?: Error | boolean) => {
        release(err);
        unlock();
      }) as Client["release"];
      return client;
    } catch (err) {
      unlock();
      throw err;
    }
  };
  // pg calls connect with a callback (pool.query) or without one (await pool.connect()).
  pool.connect = ((callback?: (err: Error | undefined, client?: Client, done?: Client["release"]) => void) => {
    const pending = acquire();
    if (!callback) return pending;
    pending.then(
      (client) => callback(undefined, client, client.release),
      (err: Error) => callback(err),
    );
    return undefined;
  }) as typeof pool.connect;
  return pool;
}
