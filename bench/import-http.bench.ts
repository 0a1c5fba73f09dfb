import { spawn } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { removeTempDataDirs, startServer, tempDataDir } from "../test/server";
import { percentile, report } from "./util";

const ROWS = Number(process.env.IMPORT_ROWS ?? 200_000);

/** The CSV as an upload stream, generated piece by piece. */
function csvBody(rows: number): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(ctrl) {
      if (i === 0) ctrl.enqueue(enc.encode("external_id,name,industry,region,employees,wallet_estimate\n"));
      let chunk = "";
      for (const end = Math.min(rows, i + 2_000); i < end; i++)
        chunk += `H-${i},导入客户${i}号医院,hospital,浙江省杭州市,${100 + (i % 5000)},${(i % 97) * 10000}\n`;
      if (chunk) ctrl.enqueue(enc.encode(chunk));
      if (i >= rows) ctrl.close();
    },
  });
}

/** Asks `url` every 100 ms from a child process until stopped; each wait in ms, and how many failed. */
function startProbe(url: string) {
  const script = `
    const health = []; let failed = 0, on = true;
    process.stdin.on("end", () => { on = false; }); process.stdin.resume();
    (async () => {
      while (on) {
        const t0 = performance.now();
        const ok = await fetch(${JSON.stringify(url)}).then(async (r) => { await r.arrayBuffer(); return r.ok; }, () => false);
        health.push(performance.now() - t0);
        if (!ok) failed++;
        await new Promise((r) => setTimeout(r, 100));
      }
      console.log(JSON.stringify({ health, failed }));
    })();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  return {
    async stop(): Promise<{ health: number[]; failed: number }> {
      child.stdin.end();
      await once(child, "exit");
      return JSON.parse(out);
    },
  };
}

const ADMIN = "bench-import-admin-key-000";

/**
 * A 200,000-account CSV import over HTTP into a real server process (the import, then the whole-book re-score it
 * triggers), while /healthz is asked every 100 ms from another process: how long the longest health check waited.
 * Goal: under 1 s. Run twice in one go: the embedded database in the server's own thread (PGLITE_THREAD=false, the
 * same-run baseline) and in its worker thread (the default); IMPORT_THREAD=true runs only the latter.
 */
export async function run(): Promise<void> {
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const modes = (process.env.IMPORT_THREAD ?? "false,true").split(",");
  for (const thread of modes) await importOnce(thread);
  removeTempDataDirs();
}

async function importOnce(thread: string): Promise<void> {
  const env = { DATA_DIR: tempDataDir("furrow-import-"), SEED_DEMO: "false", FURROW_API_KEY: ADMIN, LOG_LEVEL: "warn" };
  const server = await startServer({ ...env, PGLITE_THREAD: thread }, 180_000);
  const label = `HTTP import of ${ROWS} accounts, PGLITE_THREAD=${thread}`;
  try {
    const probe = startProbe(`${server.url}/healthz`);
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/import/accounts`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "text/csv" },
      body: csvBody(ROWS),
      duplex: "half",
    } as RequestInit);
    const text = await res.text();
    const body = (text.startsWith("{") ? JSON.parse(text) : {}) as { imported?: number };
    if (res.status !== 200) console.log(`answer ${res.status}: ${text.slice(0, 300)}\n${server.output().slice(-2000)}`);
    const seconds = (performance.now() - t0) / 1000;
    const { health, failed } = await probe.stop();
    report(`${label} + re-score: status ${res.status}, ${body.imported ?? 0} imported`, seconds, "s");
    report(
      `${label}: /healthz longest wait (${health.length} asked, ${failed} failed)`,
      Math.max(...health),
      "ms",
      "< 1000",
    );
    report(`${label}: /healthz p95`, percentile(health, 95), "ms");
  } finally {
    await server.stop();
  }
}
