// `npm run tenders:import -- <folder | notices.jsonl>`: bulk-ingests tender notices into the database
// (DATA_DIR, or DATABASE_URL when set). The embedded database belongs to one process: stop Furrow first, or send
// the JSON lines to a running Furrow with POST /api/tenders/bulk.
import { createDeps } from "../deps";
import { loadEnv } from "../env";
import { AppError } from "../errors";
import { ingestNotices, readNotices } from "../services/bulk-notices";

const path = process.argv[2];
if (!path) {
  console.error("usage: npm run tenders:import -- <folder of .txt notices | notices.jsonl>");
  process.exit(2);
}
try {
  const notices = readNotices(path);
  const deps = await createDeps({ ...loadEnv(), LOG_LEVEL: "warn" });
  const t0 = performance.now();
  const result = await ingestNotices(deps, notices, null);
  await deps.close();
  console.log(JSON.stringify({ ...result, seconds: Math.round(performance.now() - t0) / 1000 }));
} catch (err) {
  console.error(
    err instanceof AppError ? `${err.message}\n${JSON.stringify(err.details, null, 2)}` : (err as Error).message,
  );
  process.exit(1);
}
