import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { WRITES_IDX_MAP } from "@langchain/langgraph-checkpoint";
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

/** The saver's cache of this turn's checkpoint reads (see `checkpointTurn`). */
const turnReads = new AsyncLocalStorage<Map<string, Promise<CheckpointRow | undefined>>>();

/**
 * Runs one chat turn's work with its checkpoint reads shared: the runtime reads the thread's state before the turn
 * and LangGraph reads the same checkpoint again to start it; the second read is served from the first. Only within
 * the turn (the thread's lease is held, so no other instance writes it meanwhile), and forgotten on every write.
 */
export function checkpointTurn<T>(fn: () => Promise<T>): Promise<T> {
  return turnReads.run(new Map(), fn);
}

type CheckpointRow = {
  checkpoint: { v: number } & Record<string, unknown>;
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  metadata: Record<string, unknown>;
  channel_values: [Uint8Array, Uint8Array, Uint8Array][];
  pending_writes: [Uint8Array, Uint8Array, Uint8Array, Uint8Array][];
};

type Config = Parameters<PostgresSaver["getTuple"]>[0];
type PutArgs = Parameters<PostgresSaver["put"]>;
type WriteArgs = Parameters<PostgresSaver["putWrites"]>;

/**
 * The official saver on its own tables and formats, with fewer round trips: a checkpoint and its channel blobs are
 * written by one statement (one implicit transaction) instead of BEGIN, one INSERT per channel, the checkpoint and
 * COMMIT; a task's writes likewise; a turn's repeated read of the latest checkpoint is served once. Reads and
 * writes are timed as stages of the chat turn being measured (turn-stages.ts).
 */
class TimedSaver extends PostgresSaver {
  private readonly db: pg.Pool;
  private readonly tables: { checkpoints: string; blobs: string; writes: string };
  private readonly selectSql: string;

  constructor(pool: pg.Pool, schema = "public") {
    super(pool, undefined, { schema });
    this.db = pool;
    this.tables = {
      checkpoints: `"${schema}".checkpoints`,
      blobs: `"${schema}".checkpoint_blobs`,
      writes: `"${schema}".checkpoint_writes`,
    };
    this.selectSql = selectSql(this.tables);
  }

  override getTuple(config: Config) {
    return stage("checkpoint read", () => this.readTuple(config));
  }

  private async readTuple(config: Config) {
    const { thread_id, checkpoint_ns = "", checkpoint_id } = config.configurable ?? {};
    const reads = turnReads.getStore();
    const key = `${thread_id}\u0000${checkpoint_ns}\u0000${checkpoint_id ?? ""}`;
    let pending = reads?.get(key);
    if (!pending) {
      pending = this.readRow(thread_id, checkpoint_ns, checkpoint_id);
      reads?.set(key, pending);
      pending.catch(() => reads?.delete(key));
    }
    const found = await pending;
    if (found === undefined) return undefined;
    // Old checkpoints (format < 4) with pending sends are migrated by the official code path.
    if (found.checkpoint.v < 4 && found.parent_checkpoint_id != null) return super.getTuple(config);
    // Each reader gets its own objects: LangGraph changes the checkpoint it runs from.
    const row = reads ? { ...found, checkpoint: structuredClone(found.checkpoint) } : found;
    return {
      config: { configurable: { thread_id, checkpoint_ns, checkpoint_id: row.checkpoint_id } },
      checkpoint: await this._loadCheckpoint(row.checkpoint as never, row.channel_values),
      metadata: await this._loadMetadata(row.metadata),
      parentConfig: row.parent_checkpoint_id
        ? { configurable: { thread_id, checkpoint_ns, checkpoint_id: row.parent_checkpoint_id } }
        : undefined,
      pendingWrites: await this._loadWrites(row.pending_writes),
    };
  }

  private async readRow(threadId: unknown, ns: unknown, checkpointId: unknown): Promise<CheckpointRow | undefined> {
    const { rows } = checkpointId
      ? await this.db.query<CheckpointRow>(
          `${this.selectSql} WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3`,
          [threadId, ns, checkpointId],
        )
      : await this.db.query<CheckpointRow>(
          `${this.selectSql} WHERE thread_id = $1 AND checkpoint_ns = $2 ORDER BY checkpoint_id DESC LIMIT 1`,
          [threadId, ns],
        );
    return rows[0];
  }

  override put(...args: PutArgs) {
    turnReads.getStore()?.clear();
    return stage("checkpoint write", () => this.writeCheckpoint(...args));
  }

  private async writeCheckpoint(...[config, checkpoint, metadata, newVersions]: PutArgs) {
    if (config.configurable === undefined) throw new Error(`Missing "configurable" field in "config" param`);
    const { thread_id, checkpoint_ns = "", checkpoint_id } = config.configurable;
    const [blobs, meta] = await Promise.all([
      this._dumpBlobs(thread_id, checkpoint_ns, checkpoint.channel_values, newVersions),
      this._dumpMetadata(metadata),
    ]);
    const params: unknown[] = [
      thread_id,
      checkpoint_ns,
      checkpoint.id,
      checkpoint_id,
      this._dumpCheckpoint(checkpoint),
      meta,
    ];
    const values = blobs.map(([, , channel, version, type, blob]) => {
      params.push(channel, version, type, blob ?? null);
      const n = params.length;
      return `($1, $2, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    const upsert = `INSERT INTO ${this.tables.checkpoints} (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
      VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata`;
    await this.db.query(
      values.length
        ? `WITH blobs AS (INSERT INTO ${this.tables.blobs} (thread_id, checkpoint_ns, channel, version, type, blob)
            VALUES ${values.join(", ")} ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING) ${upsert}`
        : upsert,
      params,
    );
    return { configurable: { thread_id, checkpoint_ns, checkpoint_id: checkpoint.id } };
  }

  override putWrites(...args: WriteArgs) {
    turnReads.getStore()?.clear();
    return stage("checkpoint write", () => this.writeWrites(...args));
  }

  private async writeWrites(...[config, writes, taskId]: WriteArgs) {
    if (!writes.length) return;
    const upsert = writes.every((w) => w[0] in WRITES_IDX_MAP);
    const dumped = await this._dumpWrites(
      config.configurable?.thread_id,
      config.configurable?.checkpoint_ns,
      config.configurable?.checkpoint_id,
      taskId,
      writes,
    );
    // One statement may not update a row twice: of writes to the same slot, the last one stands (as one by one).
    const rows = upsert ? [...new Map(dumped.map((w) => [w[4], w])).values()] : dumped;
    const params: unknown[] = [];
    const values = rows.map((w) => {
      params.push(...w);
      const n = params.length;
      return `(${Array.from({ length: 8 }, (_, i) => `$${n - 7 + i}`).join(", ")})`;
    });
    await this.db.query(
      `INSERT INTO ${this.tables.writes} (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, blob)
        VALUES ${values.join(", ")}
        ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, task_id, idx) DO ${
          upsert ? "UPDATE SET channel = EXCLUDED.channel, type = EXCLUDED.type, blob = EXCLUDED.blob" : "NOTHING"
        }`,
      params,
    );
  }

  override deleteThread(threadId: string) {
    turnReads.getStore()?.clear();
    return super.deleteThread(threadId);
  }
}

/** The official saver's read: the checkpoint, its channels' blobs and its pending writes, in one query. */
function selectSql(t: { checkpoints: string; blobs: string; writes: string }): string {
  return `select thread_id, checkpoint, checkpoint_ns, checkpoint_id, parent_checkpoint_id, metadata,
    (select array_agg(array[bl.channel::bytea, bl.type::bytea, bl.blob])
      from jsonb_each_text(checkpoint -> 'channel_versions')
      inner join ${t.blobs} bl
        on bl.thread_id = cp.thread_id and bl.checkpoint_ns = cp.checkpoint_ns
        and bl.channel = jsonb_each_text.key and bl.version = jsonb_each_text.value
    ) as channel_values,
    (select array_agg(array[cw.task_id::text::bytea, cw.channel::bytea, cw.type::bytea, cw.blob] order by cw.task_id, cw.idx)
      from ${t.writes} cw
      where cw.thread_id = cp.thread_id and cw.checkpoint_ns = cp.checkpoint_ns and cw.checkpoint_id = cp.checkpoint_id
    ) as pending_writes
  from ${t.checkpoints} cp `;
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
