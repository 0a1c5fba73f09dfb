import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { inject } from "vitest";
import { createCheckpointer } from "../src/agent/checkpointer";
import { createApp } from "../src/app";
import { type Clock, fixedClock } from "../src/clock";
import { wrapPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { insertApiKey } from "../src/db/queries/users";
import { users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { type Env, parseEnv } from "../src/env";
import { createLogger } from "../src/logger";
import { createEmbedder } from "../src/services/embeddings";

export const TEST_NOW = "2026-11-22T02:00:00.000Z";

/** A fresh in-memory PGlite from the migrated template (falls back to migrating when run outside vitest's setup). */
export async function createTestDeps(
  opts: { clock?: Clock; env?: Partial<Record<keyof Env, string>> } = {},
): Promise<Deps> {
  let path: string | undefined;
  try {
    path = inject("pgliteTemplate");
  } catch {
    path = undefined;
  }
  const pglite = await PGlite.create({
    extensions: { vector },
    ...(path ? { loadDataDir: new Blob([readFileSync(path)]) } : {}),
  });
  const handle = wrapPglite(pglite);
  if (!path) await migrate(handle);
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

export type TestUser = {
  id: string;
  key: string;
  role: "rep" | "manager" | "admin";
  team: string | null;
  email: string;
};

/** Inserts users with known keys: admin, a manager of team east, reps in east and north. */
export async function seedUsers(
  deps: Deps,
): Promise<Record<"admin" | "manager" | "repEast" | "repEast2" | "repNorth", TestUser>> {
  const list: Record<string, TestUser> = {
    admin: { id: "u-admin", key: "key-admin-0000000000", role: "admin", team: null, email: "admin@test.local" },
    manager: { id: "u-mgr", key: "key-manager-00000000", role: "manager", team: "east", email: "mgr@test.local" },
    repEast: { id: "u-rep-e", key: "key-rep-east-0000000", role: "rep", team: "east", email: "rep.e@test.local" },
    repEast2: { id: "u-rep-e2", key: "key-rep-east2-000000", role: "rep", team: "east", email: "rep.e2@test.local" },
    repNorth: { id: "u-rep-n", key: "key-rep-north-000000", role: "rep", team: "north", email: "rep.n@test.local" },
  };
  await deps.db.insert(users).values(
    Object.values(list).map((u) => ({
      id: u.id,
      name: u.id,
      email: u.email,
      role: u.role,
      team: u.team,
    })),
  );
  for (const u of Object.values(list))
    await insertApiKey(deps.db, { id: `key_${u.id}`, userId: u.id, key: u.key, label: "test" });
  return list as never;
}

export function testApp(deps: Deps) {
  const app = createApp(deps);
  const call = (method: string, path: string, key: string | null, body?: unknown, contentType = "application/json") =>
    app.request(path, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body !== undefined ? { "content-type": contentType } : {}),
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  return { app, call };
}

/** Test deps holding the demo data set (seeded as `npm start` seeds it, scores included), at TEST_NOW. */
export async function createDemoDeps(): Promise<Deps> {
  const { seedIfEmpty } = await import("../src/db/seed-demo");
  const { demoSeedHooks } = await import("../src/services/demo-hooks");
  const deps = await createTestDeps();
  await seedIfEmpty(deps, demoSeedHooks(deps));
  return deps;
}

export const DEMO_KEYS = {
  admin: "demo-admin-key",
  manager: "demo-manager-key",
  rep1: "demo-rep-1-key",
  rep2: "demo-rep-2-key",
  rep3: "demo-rep-3-key",
  rep4: "demo-rep-4-key",
};
