/**
 * The README: "Migrations take an advisory lock, so several Furrow instances can boot against one database at once."
 * PGlite (even over the wire) is one backend session, where an advisory lock never waits, so this runs a real
 * PostgreSQL server (initdb + postgres from the machine, in a temporary folder). Its migrations are a small set
 * written here (the machine's Postgres has no pgvector for Furrow's own); the first one takes a second, so two
 * instances migrating at once really overlap. Without the lock both apply it and one fails.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { requireOrSkip } from "./require-or-skip";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const hasPostgres = requireOrSkip(
  `a PostgreSQL server at ${BIN} (initdb, postgres)`,
  existsSync(join(BIN, "initdb")) && existsSync(join(BIN, "postgres")),
  "apt-get install -y postgresql, or set PG_BIN to the folder holding initdb and postgres",
);

/** Postgres refuses to run as root: as root, run it as the `postgres` user. */
const asRoot = process.getuid?.() === 0;
const run = (cmd: string, args: string[]) =>
  (asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args]) as [string, string[]];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A drizzle migrations folder: a slow first migration (it holds its transaction for a second), then two more. */
function writeMigrations(dir: string): number {
  const files = [
    ["0000_slow", "create table lock_probe (id int primary key);\n--> statement-breakpoint\nselect pg_sleep(1);"],
    ["0001_rows", "insert into lock_probe values (1);"],
    ["0002_more", "alter table lock_probe add column note text;"],
  ];
  mkdirSync(join(dir, "meta"), { recursive: true });
  for (const [tag, body] of files) writeFileSync(join(dir, `${tag}.sql`), body);
  const entries = files.map(([tag], idx) => ({
    idx,
    version: "7",
    when: 1_700_000_000_000 + idx,
    tag,
    breakpoints: true,
  }));
  writeFileSync(join(dir, "meta/_journal.json"), JSON.stringify({ version: "7", dialect: "postgresql", entries }));
  return files.length;
}

describe.skipIf(!hasPostgres)("several instances migrating one Postgres at once", () => {
  const dir = mkdtempSync(join(tmpdir(), "furrow-pg-"));
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const data = join(dir, "data");
    mkdirSync(data);
    chmodSync(dir, 0o755);
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
      chownSync(data, uid, gid);
    }
    execFileSync(...run(join(BIN, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres"]), { stdio: "pipe" });
    const port = await freePort();
    server = spawn(
      ...run(join(BIN, "postgres"), ["-D", data, "-p", String(port), "-k", data, "-c", "listen_addresses=127.0.0.1"]),
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let log = "";
    server.stderr?.on("data", (d) => (log += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${log}`)), 60_000);
      server.stderr?.on("data", () => {
        if (log.includes("ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      // pg_ctl signals the server itself (runuser would not pass a signal on).
      execFileSync(...run(join(BIN, "pg_ctl"), ["-D", join(dir, "data"), "stop", "-m", "fast"]), { stdio: "pipe" });
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("applies every migration exactly once while three instances boot together", async () => {
    const folder = join(dir, "migrations");
    const count = writeMigrations(folder);
    const instances = [openPostgres(url), openPostgres(url), openPostgres(url)];
    try {
      const outcomes = await Promise.allSettled(instances.map((h) => migrate(h, folder)));
      expect(outcomes.map((o) => (o.status === "rejected" ? String(o.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
      const [check] = instances;
      const rows = async <T>(q: ReturnType<typeof sql>) => [...((await check.db.execute(q)) as unknown as T[])];
      expect(await rows(sql`select count(*)::int as n from __furrow_migrations`)).toEqual([{ n: count }]);
      expect(await rows(sql`select * from lock_probe`)).toEqual([{ id: 1, note: null }]);
      // The lock is free again: nothing is left holding or waiting on it.
      expect(await rows(sql`select count(*)::int as n from pg_locks where locktype = 'advisory'`)).toEqual([{ n: 0 }]);
    } finally {
      await Promise.all(instances.map((h) => h.close()));
    }
  }, 60_000);
});
