import { readFileSync, writeFileSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { createApp } from "../src/app";
import { insertApiKey } from "../src/db/queries/users";
import { users } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { buildDemoDeps, depsFromDump, TEST_NOW, type TestDepsOptions } from "./demo-template";
import { builtOnce, provided } from "./run-once";

export { TEST_NOW };

/** A fresh in-memory PGlite from the migrated template (falls back to migrating when run outside vitest's setup). */
export async function createTestDeps(opts: TestDepsOptions = {}): Promise<Deps> {
  return depsFromDump(provided("pgliteTemplate"), opts);
}

/**
 * A new PGlite holding a freshly initialised cluster and nothing else (no migrations), as `PGlite.create(options)`
 * makes one: loaded from the run's dump of such a cluster (test/global-setup.ts) instead of running initdb again,
 * which takes seconds each time. Outside vitest's setup it runs initdb.
 */
export async function freshPglite(options: PGliteOptions = {}): Promise<PGlite> {
  const bare = provided("pgliteBare");
  return PGlite.create({ ...options, ...(bare ? { loadDataDir: new Blob([readFileSync(bare)]) } : {}) });
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

/**
 * Test deps holding the demo data set (seeded as `npm start` seeds it, scores included), at TEST_NOW: a copy of the
 * demo database seeded once for the run (by the first test file that needs it).
 */
export async function createDemoDeps(): Promise<Deps> {
  const { path, made } = await builtOnce("demo.tar", async (file) => {
    const deps = await buildDemoDeps(provided("pgliteTemplate"));
    const dump = await deps.dbHandle.pglite!.dumpDataDir("none");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return deps;
  });
  return made ?? depsFromDump(path);
}

export const DEMO_KEYS = {
  admin: "demo-admin-key",
  manager: "demo-manager-key",
  rep1: "demo-rep-1-key",
  rep2: "demo-rep-2-key",
  rep3: "demo-rep-3-key",
  rep4: "demo-rep-4-key",
};
