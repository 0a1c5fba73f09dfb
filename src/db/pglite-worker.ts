// The embedded database's own thread: PGlite runs every query synchronously on the thread that owns it, so here it
// cannot hold up the server's event loop. It serves the database on a private Unix socket (src/db/pglite-wire.ts);
// the main thread talks to it with the `postgres` driver, as it would to a real Postgres.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { servePglite } from "./pglite-wire";

export type WorkerData = { dataDir: string; socketPath: string };
export type WorkerMessage = { ready: true } | { error: string } | { closed: true };

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs as a worker thread (src/db/pglite-thread.ts starts it)");
const { dataDir, socketPath } = workerData as WorkerData;
const say = (m: WorkerMessage) => port.postMessage(m);

try {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : resolve(dataDir), { extensions: { vector } });
  const server = await servePglite(pglite, { path: socketPath });
  port.on("message", async (m: unknown) => {
    if (m !== "close") return;
    // The main thread has ended its connections: whatever they committed is in PGlite; close flushes it to disk.
    await server.close();
    await pglite.close();
    say({ closed: true });
    port.close();
  });
  say({ ready: true });
} catch (err) {
  say({ error: (err as Error).message });
  port.close();
}
