import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { createCheckpointer } from "./agent/checkpointer";
import type { Clock } from "./clock";
import { systemClock } from "./clock";
import type { Db, DbHandle } from "./db/client";
import { openPglite, openPostgres } from "./db/client";
import { lockDataDir } from "./db/data-dir-lock";
import { migrate } from "./db/migrate";
import { openPgliteThread } from "./db/pglite-thread";
import type { EmbeddingProvider } from "./engine/embed/embedding-provider";
import type { Env } from "./env";
import type { Logger } from "./logger";
import { createLogger } from "./logger";
import { createEmbedder } from "./services/embeddings";

/** Everything that does I/O, built in one place and passed down. Tests build their own. */
export type Deps = {
  env: Env;
  db: Db;
  dbHandle: DbHandle;
  clock: Clock;
  logger: Logger;
  /** "offline" or the model name in use. */
  llm: string;
  embedder: EmbeddingProvider;
  /** LangGraph checkpoints in the same database: conversations survive restarts and move between instances. */
  checkpointer: BaseCheckpointSaver;
  close: () => Promise<void>;
};

export async function createDeps(env: Env, overrides: Partial<Pick<Deps, "clock" | "logger">> = {}): Promise<Deps> {
  const logger = overrides.logger ?? createLogger(env.LOG_LEVEL);
  let release: (() => void) | undefined;
  let handle: DbHandle;
  if (env.DATABASE_URL) {
    handle = openPostgres(env.DATABASE_URL);
  } else {
    release = lockDataDir(env.DATA_DIR);
    try {
      handle = env.PGLITE_THREAD ? await openPgliteThread(env.DATA_DIR) : await openPglite(env.DATA_DIR);
    } catch (err) {
      release();
      throw err;
    }
  }
  await migrate(handle);
  const checkpoints = await createCheckpointer(handle, env.DATABASE_URL ?? handle.url);
  return {
    env,
    db: handle.db,
    dbHandle: handle,
    clock: overrides.clock ?? systemClock,
    logger,
    llm: env.OPENAI_API_KEY ? env.OPENAI_MODEL : "offline",
    embedder: createEmbedder(env),
    checkpointer: checkpoints.saver,
    close: async () => {
      await checkpoints.close();
      await handle.close();
      release?.();
    },
  };
}
