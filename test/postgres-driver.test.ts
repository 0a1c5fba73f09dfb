import type { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckpointer } from "../src/agent/checkpointer";
import { fixedClock } from "../src/clock";
import { openPostgres } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import type { Deps } from "../src/deps";
import { parseEnv } from "../src/env";
import { createLogger } from "../src/logger";
import { createEmbedder } from "../src/services/embeddings";
import { freshPglite, seedUsers, TEST_NOW, testApp } from "./harness";

// The `postgres` driver path (DATABASE_URL) against a real Postgres wire protocol: PGlite served over a socket.
describe("the postgres driver over the wire", () => {
  let server: PGLiteSocketServer;
  let pglite: PGlite;
  let deps: Deps;

  beforeAll(async () => {
    pglite = await freshPglite({ extensions: { vector } });
    server = new PGLiteSocketServer({ db: pglite, port: 0, host: "127.0.0.1", maxConnections: 4 });
    await server.start();
    const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres`;
    const handle = openPostgres(url, { max: 1 });
    await migrate(handle);
    const checkpoints = await createCheckpointer(handle, url);
    deps = {
      env: parseEnv({ DATABASE_URL: url, LOG_LEVEL: "silent" }),
      db: handle.db,
      dbHandle: handle,
      clock: fixedClock(TEST_NOW),
      logger: createLogger("silent"),
      llm: "offline",
      embedder: createEmbedder(parseEnv({})),
      checkpointer: checkpoints.saver,
      close: async () => {
        await checkpoints.close();
        await handle.close();
      },
    };
  });
  afterAll(async () => {
    await deps.close();
    await server.stop();
    await pglite.close();
  });

  it("applies the same migrations, including pgvector, and running them twice is a no-op", async () => {
    await migrate(deps.dbHandle);
    const rows = await deps.db.execute(sql`select extname from pg_extension where extname = 'vector'`);
    expect(Array.from(rows as unknown as { extname: string }[]).map((r) => r.extname)).toEqual(["vector"]);
  });

  it("imports, updates and lists accounts with the visibility rule", async () => {
    const u = await seedUsers(deps);
    const { call } = testApp(deps);
    const csv = `external_id,name,aliases,owner_email\nP-1,华东医疗集团,East China Medical;华东医疗,${u.repEast.email}\nP-2,北方医院,,${u.repNorth.email}\n`;
    expect(await (await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv")).json()).toMatchObject({
      imported: 2,
    });
    expect(await (await call("POST", "/api/import/accounts", u.admin.key, csv, "text/csv")).json()).toMatchObject({
      updated: 2,
    });
    const mine = await (await call("GET", "/api/accounts?q=east%20china", u.repEast.key)).json();
    expect(mine.items.map((a: { name: string }) => a.name)).toEqual(["华东医疗集团"]);
    const health = await (await call("GET", "/healthz", null)).json();
    expect(health).toEqual({ status: "ok", db: "postgres", llm: "offline" });
  });
});
