// `npm run restore -- file.sql`: restores a dump made by `npm run backup` into an empty database
// (DATA_DIR, or DATABASE_URL when set). Migrations run first, so the target may be brand new.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createDeps } from "../deps";
import { loadEnv } from "../env";
import { restoreDatabase } from "./dump";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run restore -- <backup.sql>");
  process.exit(2);
}
try {
  const deps = await createDeps({ ...loadEnv(), LOG_LEVEL: "warn" });
  const n = await restoreDatabase(
    deps.db,
    createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY }),
  );
  await deps.close();
  console.log(`restored ${n} statements from ${file}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
