import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { createCheckpointer } from "../src/agent/checkpointer";
import { type Clock, fixedClock } from "../src/clock";
import { wrapPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import type { Deps } from "../src/deps";
import { type Env, parseEnv } from "../src/env";
import { createLogger } from "../src/logger";
import { createEmbedder } from "../src/services/embeddings";

// No vitest import here: the global setup (outside any test file) builds the demo template with these.

export const TEST_NOW = "2026-11-22T02:00:00.000Z";

export type TestDepsOptions = { clock?: Clock; env?: Partial<Record<keyof Env, string>> };

/** Test deps on an in-memory PGlite loaded from a dump (or migrated from nothing when there is no dump). */
export async function depsFromDump(dump: string | undefined, opts: TestDepsOptions = {}): Promise<Deps> {
  const pglite = await PGlite.create({
    extensions: { vector },
    ...(dump ? { loadDataDir: new Blob([readFileSync(dump)]) } : {}),
  });
  const handle = wrapPglite(pglite);
  if (!dump) await migrate(handle);
  const env = parseEnv({ SEED_DEMO: "false", LOG_LEVEL: "silent", ...opts.env });
  const checkpoints = await createCheckpointer(handle);
  return {
    env,
    db: handle.db,
    dbHandle: handle,
    clock: opts.clock ?? fixedClock(TEST_NOW),
    logger: createLogger(process.env.TEST_LOG === "1" ? "debug" : "silent"),
    llm: "offline",
    embedder: createEmbedder(env),
    checkpointer: checkpoints.saver,
    close: async () => {
      await checkpoints.close();
      await handle.close();
    },
  };
}

/** Seeds the demo data set as `npm start` does (scores, notices and matches included), at TEST_NOW. */
export async function buildDemoDeps(emptyDump: string | undefined): Promise<Deps> {
  const { seedIfEmpty } = await import("../src/db/seed-demo");
  const { demoSeedHooks } = await import("../src/services/demo-hooks");
  const deps = await depsFromDump(emptyDump);
  await seedIfEmpty(deps, demoSeedHooks(deps));
  return deps;
}
