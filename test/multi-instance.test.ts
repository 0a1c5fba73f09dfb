import { readdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../src/db/migrate";
import { freshPglite } from "./harness";
import { type RunningServer, startServer } from "./server";

const ADMIN = "multi-instance-admin-key";

// The README: a conversation moves between instances, and a second instance finds the database migrated.
// Two real Furrow processes (DATABASE_URL, the `postgres` driver) share one database served over the wire.
describe("two Furrow instances on one database", () => {
  let pglite: PGlite;
  let db: PGLiteSocketServer;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    pglite = await freshPglite({ extensions: { vector } });
    db = new PGLiteSocketServer({ db: pglite, port: 0, host: "127.0.0.1", maxConnections: 64 });
    await db.start();
    const env = {
      // One connection per instance: PGlite over the wire is one session, so a pool's connections would interleave.
      DATABASE_URL: `postgres://postgres:postgres@${db.getServerConn()}/postgres?max=1`,
      SEED_DEMO: "false",
      FURROW_API_KEY: ADMIN,
    };
    // One after the other: PGlite over the wire is one database session, so two clients talking at the same
    // moment interleave their protocol messages ("unnamed prepared statement does not exist"). Booting both at once
    // (the advisory lock on migrations) needs a real Postgres with pgvector.
    a = await startServer(env, 120_000);
    b = await startServer(env, 120_000);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db.stop();
    await pglite.close();
  });

  it("both come up on the one database, every migration applied exactly once", async () => {
    for (const s of [a, b]) expect((await (await fetch(`${s.url}/healthz`)).json()).db).toBe("postgres");
    const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql"));
    const { rows } = await pglite.query<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct hash)::int as distinct from __furrow_migrations`,
    );
    expect(rows[0]).toEqual({ n: files.length, distinct: files.length });
  });

  it("continues a conversation started on one instance on the other", async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const imported = await fetch(`${a.url}/api/import/accounts`, {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: "external_id,name,region\nM-1,华东医疗集团有限公司,上海市徐汇区\n",
    });
    expect(imported.status).toBe(200);
    const [{ id }] = (await pglite.query<{ id: string }>(`select id from accounts where external_id = 'M-1'`)).rows;
    const chat = async (url: string, body: unknown) => {
      const res = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { threadId: string; toolCalls: { name: string; args: { accountId?: string } }[] };
    };
    const first = await chat(a.url, { message: "华东医疗集团的评分" });
    expect(first.toolCalls[0]).toMatchObject({ name: "explain_score", args: { accountId: id } });
    // Instance B has never seen this conversation; "它" still means the account of A's turn.
    const next = await chat(b.url, { message: "它的决策人是谁?", threadId: first.threadId });
    expect(next.toolCalls[0]).toMatchObject({ name: "power_map", args: { accountId: id } });
  });
});
