import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestNotice } from "../src/services/tenders";
import { createDemoDeps } from "../test/harness";
import { percentile, report } from "./util";

const DATA = fileURLToPath(new URL("../test/fixtures/tenders/", import.meta.url));

/** End-to-end tender ingestion on the demo database: parse, de-duplicate, store, embed, match, predict. */
export async function run(): Promise<void> {
  const deps = await createDemoDeps();
  const texts = ["zh", "en"].flatMap((lang) =>
    readdirSync(`${DATA}${lang}`)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(`${DATA}${lang}/${f}`, "utf8")),
  );
  const rounds = 4;
  const times: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const [i, text] of texts.entries()) {
      // A distinct line per round makes each a new notice (no de-duplication shortcut).
      const start = performance.now();
      await ingestNotice(deps.db, deps.embedder, { text: `${text}\n批次 ${r}-${i}` }, deps.clock.now(), null);
      times.push(performance.now() - start);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  report("tender ingest end-to-end (PGlite, demo book of 40 accounts)", times.length / seconds, "notices/s");
  report("tender ingest latency p50", percentile(times, 50), "ms");
  report("tender ingest latency p95", percentile(times, 95), "ms");
  await deps.close();
}
