import { removeTempDataDirs, startServer, tempDataDir } from "../test/server";
import { percentile, report } from "./util";

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const KEYS = [
  "demo-rep-1-key",
  "demo-rep-2-key",
  "demo-rep-3-key",
  "demo-rep-4-key",
  "demo-manager-key",
  "demo-admin-key",
];

/** One client's mix: list, search, one account's 360 view and score, tender matches, and now and then a chat turn. */
const MIX: ((url: string, key: string, n: number) => Promise<Response>)[] = [
  (url, key) => get(`${url}/api/accounts?limit=20`, key),
  (url, key) => get(`${url}/api/accounts?limit=5&q=${encodeURIComponent("医院")}`, key),
  (url, key) => get(`${url}/api/tenders/matches?limit=10`, key),
  (url, key) => get(`${url}/api/my-week`, key),
  (url, key, n) =>
    n % 4 === 0
      ? fetch(`${url}/api/chat`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ message: "哪些客户有流失风险？" }),
        })
      : get(`${url}/api/accounts?limit=1`, key),
];

const get = (url: string, key: string) => fetch(url, { headers: { authorization: `Bearer ${key}` } });

/**
 * A bounded load on a real server process (demo data, embedded database): 50 clients, each sending its next request
 * when the last one is answered, for 20 s, while /healthz is asked every 100 ms. Goals: 0 errors, /healthz p95 < 200 ms.
 */
export async function run(): Promise<void> {
  const server = await startServer(
    { DATA_DIR: tempDataDir("furrow-load-"), LOG_LEVEL: "warn", PGLITE_THREAD: process.env.PGLITE_THREAD ?? "true" },
    180_000,
  );
  try {
    const end = Date.now() + SECONDS * 1000;
    const latencies: number[] = [];
    const errors: string[] = [];
    let throttled = 0;
    const health: number[] = [];
    const client = async (c: number) => {
      for (let n = c; Date.now() < end; n++) {
        const t0 = performance.now();
        try {
          const res = await MIX[n % MIX.length](server.url, KEYS[c % KEYS.length], n);
          await res.arrayBuffer();
          // 429 is the per-key rate limit doing its job (LIMITS.requestsPerMinute), counted apart from errors.
          if (res.status === 429) throttled++;
          else if (res.status >= 400) errors.push(`${res.status} ${res.url}`);
        } catch (err) {
          errors.push(String(err));
        }
        latencies.push(performance.now() - t0);
      }
    };
    const probe = async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await fetch(`${server.url}/healthz`).then((r) => r.arrayBuffer());
        health.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await Promise.all([probe(), ...Array.from({ length: CLIENTS }, (_, c) => client(c))]);
    report(`load ${CLIENTS} clients × ${SECONDS} s: requests answered`, latencies.length, "requests");
    report(
      `load ${CLIENTS} clients × ${SECONDS} s: errors${errors.length ? ` (first: ${errors[0]})` : ""}`,
      errors.length,
      "errors",
      "0",
    );
    report(`load ${CLIENTS} clients × ${SECONDS} s: answered 429 (per-key rate limit)`, throttled, "requests");
    report(`load ${CLIENTS} clients × ${SECONDS} s: request p95`, percentile(latencies, 95), "ms");
    report(`load ${CLIENTS} clients × ${SECONDS} s: /healthz p95`, percentile(health, 95), "ms", "< 200");
    report(`load ${CLIENTS} clients × ${SECONDS} s: /healthz longest`, Math.max(...health), "ms");
  } finally {
    await server.stop();
    removeTempDataDirs();
  }
}
