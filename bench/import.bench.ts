import { importCsv } from "../src/import/import-csv";
import { createTestDeps, seedUsers } from "../test/harness";
import { report } from "./util";

const ROWS = 100_000;

/** A 100k-row accounts CSV produced piece by piece, as a network upload arrives: never one big string. */
const memory = { peak: 0 };

async function* csv(rows: number, round: number): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  yield enc.encode("external_id,name,aliases,industry,region,employees,wallet_estimate,strategic_value,winnability\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += `B-${i},客户${i}号医院,Hospital ${i};H${i},hospital,浙江省杭州市,${100 + (i % 5000)},${(i % 97) * 10000 + round},${(i % 5) + 1},${((i + 2) % 5) + 1}\n`;
    if (chunk.length > 64_000) {
      // Sampled as the importer pulls data (PGlite keeps the event loop busy, so timers would not fire).
      memory.peak = Math.max(memory.peak, process.memoryUsage().rss);
      yield enc.encode(chunk);
      chunk = "";
    }
  }
  yield enc.encode(chunk);
}

/** Streaming CSV import of 100,000 accounts in one transaction, then the same file again (all updates). */
export async function run(): Promise<void> {
  const deps = await createTestDeps();
  const users = await seedUsers(deps);
  const admin = {
    id: users.admin.id,
    name: "admin",
    email: users.admin.email,
    role: "admin" as const,
    team: null,
    locale: "en" as const,
  };
  for (const round of [0, 1]) {
    memory.peak = 0;
    const base = process.memoryUsage().rss;
    const t0 = performance.now();
    const result = await importCsv(deps.db, {
      entity: "accounts",
      source: csv(ROWS, round),
      user: admin,
      today: "2026-11-22",
    });
    const seconds = (performance.now() - t0) / 1000;
    const what = round === 0 ? "new" : "update";
    report(
      `CSV import ${ROWS} accounts (${what}: ${result.imported} inserted, ${result.updated} updated)`,
      ROWS / seconds,
      "rows/s",
    );
    report(`CSV import ${ROWS} accounts (${what}) wall time`, seconds, "s");
    report(
      `CSV import ${ROWS} accounts (${what}) peak RSS (process total, incl. the WASM database)`,
      memory.peak / 1024 / 1024,
      "MB",
    );
    report(
      `CSV import ${ROWS} accounts (${what}) RSS growth during the import`,
      (memory.peak - base) / 1024 / 1024,
      "MB",
    );
  }
  await deps.close();
}
