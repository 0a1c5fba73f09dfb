// The web channel: the widget bundle's gzipped size, and the time to the first streamed token of a chat turn
// (POST /api/chat/stream on the real server, offline mode, embedded database, demo data, as the demo user 李伟).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DEMO_SUGGESTIONS } from "../src/services/demo-access";
import { startServer } from "../test/server";
import { percentile, report } from "./util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WIDGET = join(ROOT, "dist/web/widget.js");
const KEY = "demo-rep-1-key";
const TURNS = 20;

/** ms from sending the request to the first `event: token` in the response; the rest of the stream is drained. */
async function firstToken(url: string, message: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/chat/stream`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ message }),
  });
  if (res.status !== 200 || !res.body) throw new Error(`chat/stream answered ${res.status}: ${await res.text()}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  let at: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at === null) {
      seen += decoder.decode(value, { stream: true });
      if (/^event: ?token$/m.test(seen)) at = performance.now() - t0;
      else if (/^event: ?error$/m.test(seen)) throw new Error(`chat/stream error for "${message}": ${seen}`);
    }
  }
  if (at === null) throw new Error(`no token event for "${message}": ${seen.slice(0, 300)}`);
  return at;
}

export async function run(): Promise<void> {
  if (!existsSync(WIDGET)) {
    execFileSync(process.execPath, ["--import", "tsx", "src/channels/web/build.ts"], { cwd: ROOT, stdio: "ignore" });
  }
  const gz = gzipSync(readFileSync(WIDGET), { level: 9 }).length;
  report("widget bundle gzipped", gz / 1024, "KB", "< 60 KB");

  const dataDir = mkdtempSync(join(tmpdir(), "furrow-bench-widget-"));
  const server = await startServer({ DATA_DIR: dataDir }, 120_000);
  try {
    // The demo page's own questions, in both languages, each turn a new conversation.
    const questions = [...DEMO_SUGGESTIONS.zh, ...DEMO_SUGGESTIONS.en];
    // The first turn after boot pays for loading dictionaries and preparing queries: shown on its own.
    report("time to first streamed token, first turn after boot", await firstToken(server.url, questions[0]), "ms");
    // Warm-up: each question once, so every reply path has run before it is timed.
    for (const q of questions.slice(1)) await firstToken(server.url, q);
    const times: number[] = [];
    for (let i = 0; i < TURNS; i++) times.push(await firstToken(server.url, questions[i % questions.length]));
    report(`time to first streamed token p50 (${TURNS} turns, offline)`, percentile(times, 50), "ms");
    report(`time to first streamed token p95 (${TURNS} turns, offline)`, percentile(times, 95), "ms");
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
