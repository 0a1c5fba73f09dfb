// `npm run backup [-- file.sql]`: a logical dump of the database (DATA_DIR, or DATABASE_URL when set).
// The embedded database belongs to one process: stop Furrow first (the data-folder lock says so if you forget).

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createDeps } from "../deps";
import { loadEnv } from "../env";
import { dumpDatabase } from "./dump";

const env = loadEnv();
const file = process.argv[2] ?? `furrow-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.sql`;
try {
  const deps = await createDeps({ ...env, LOG_LEVEL: "warn" });
  const out = createWriteStream(file);
  let lines = 0;
  for await (const line of dumpDatabase(deps.db)) {
    if (!out.write(`${line}\n`)) await once(out, "drain");
    lines++;
  }
  out.end();
  await once(out, "finish");
  await deps.close();
  console.log(`wrote ${file} (${lines} lines)`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
