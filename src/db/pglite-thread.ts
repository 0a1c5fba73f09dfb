import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db, DbHandle } from "./client";
import type { WorkerData, WorkerMessage } from "./pglite-worker";
import * as schema from "./schema";

// From src/db/pglite-thread.ts the worker is src/db/pglite-worker.ts (run by tsx); from the build, dist/main.js,
// it is dist/pglite-worker.js (src/build-server.ts builds both). Not a literal: the bundler must not rewrite it.
const here = import.meta.url;
const WORKER_FILE = here.endsWith(".ts") ? "./pglite-worker.ts" : "./pglite-worker.js";

/** Run from TypeScript (tsx), the worker registers tsx's loader itself: Node 20 workers do not inherit it. */
function startWorker(data: WorkerData): Worker {
  const file = new URL(WORKER_FILE, here).href;
  if (WORKER_FILE.endsWith(".js")) return new Worker(new URL(file), { workerData: data });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const boot = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * The embedded database (PGlite in `dataDir`) in a worker thread, reached over the Postgres wire protocol on a Unix
 * socket in a folder only this user can open. The main thread keeps only HTTP and agent work; a pool of `max`
 * connections lets several requests' queries queue at the database instead of in the driver.
 */
export async function openPgliteThread(dataDir: string, opts: { max?: number } = {}): Promise<DbHandle> {
  const socketDir = mkdtempSync(join(tmpdir(), "furrow-db-"));
  const socketPath = join(socketDir, ".s.PGSQL.5432");
  const worker = startWorker({ dataDir, socketPath });
  const cleanup = () => rmSync(socketDir, { recursive: true, force: true });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once("message", (m: WorkerMessage) => ("error" in m ? reject(new Error(m.error)) : resolve()));
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the database thread stopped while starting (exit ${code})`)));
    });
  } catch (err) {
    await worker.terminate();
    cleanup();
    throw err;
  }
  worker.removeAllListeners();
  // Without its database a server can only fail every request: stop, and let the supervisor start it again.
  worker.on("error", (err) => {
    console.error("Furrow: the database thread failed:", err.message);
    process.exit(1);
  });
  const client = postgres({
    path: socketPath,
    user: "postgres",
    database: "postgres",
    max: opts.max ?? 4,
    onnotice: () => {},
  });
  const db = drizzle({ client, schema }) as unknown as Db;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    db,
    kind: "pglite",
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    close: async () => {
      await client.end({ timeout: 5 });
      worker.postMessage("close");
      await exited;
      cleanup();
    },
  };
}
