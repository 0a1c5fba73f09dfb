import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase } from "../src/db/dump";
import type { Deps } from "../src/deps";
import { createDemoDeps, createTestDeps } from "./harness";
import { requireOrSkip } from "./require-or-skip";

const run = promisify(execFile);
const PSQL = process.env.PSQL_PATH ?? "psql";
const hasPsql = requireOrSkip(
  "the psql client",
  await run(PSQL, ["--version"]).then(
    () => true,
    () => false,
  ),
  "apt-get install -y postgresql-client, or set PSQL_PATH",
);

// The README: the dump is plain SQL, so it also restores with `psql -f furrow.sql` into a database Furrow migrated.
// Here the target is PGlite served over the Postgres wire protocol, and the real psql client runs the file.
describe.skipIf(!hasPsql)("restoring a backup with psql -f", () => {
  let source: Deps;
  let target: Deps;
  let server: PGLiteSocketServer;
  const dir = mkdtempSync(join(tmpdir(), "furrow-psql-"));

  beforeAll(async () => {
    [source, target] = await Promise.all([createDemoDeps(), createTestDeps()]);
    server = new PGLiteSocketServer({ db: target.dbHandle.pglite!, port: 0, host: "127.0.0.1" });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([source.close(), target.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("brings back every row of the demo database", async () => {
    const lines: string[] = [];
    for await (const line of dumpDatabase(source.db)) lines.push(line);
    const file = join(dir, "furrow.sql");
    writeFileSync(file, `${lines.join("\n")}\n`);

    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    await run(PSQL, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file, url], { maxBuffer: 64 * 1024 * 1024 });

    // Compare table by table: row counts and a fingerprint of every row's content.
    const tables = (
      await source.dbHandle.pglite!.query<{ name: string }>(
        `select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' and left(table_name, 2) <> '__' order by 1`,
      )
    ).rows.map((r) => r.name);
    expect(tables).toContain("accounts");
    const fingerprint = async (deps: Deps, table: string) =>
      (
        await deps.dbHandle.pglite!.query<{ n: number; h: string | null }>(
          `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${table}" t`,
        )
      ).rows[0];
    const [accounts] = (await source.dbHandle.pglite!.query<{ n: number }>(`select count(*)::int as n from accounts`))
      .rows;
    expect(accounts.n).toBeGreaterThan(30);
    for (const table of tables) {
      if (table.startsWith("checkpoint")) continue; // LangGraph's tables: conversations, none in a fresh demo
      expect(await fingerprint(target, table), table).toEqual(await fingerprint(source, table));
    }
  }, 180_000);
});
