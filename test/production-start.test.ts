/**
 * The production commands as a user types them: `npm run serve` (the compiled dist/main.js, built here by the server
 * half of `npm run build`) and `npm start`, each through npm, each stopped with SIGTERM sent to npm itself. The server
 * process must get the signal, stop cleanly (exit 0) and leave no process behind.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDataDirs, seededDataDir, tempDataDir } from "./server";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The processes whose parent is `pid`. */
function children(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((s) => Number(s.trim()))
      .filter(Boolean);
  } catch {
    return [];
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function throughNpm(args: string[], dataDir: string) {
  const npm = spawn("npm", args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  npm.stdout?.on("data", (d) => (out += d));
  npm.stderr?.on("data", (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${out}`)), 120_000);
    const check = () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    npm.stdout?.on("data", check);
    npm.on("exit", (code) => reject(new Error(`npm exited with ${code}:\n${out}`)));
  });
  return { npm, url, output: () => out };
}

/** SIGTERM to npm; resolves with npm's exit code once the server process is gone too. */
async function stopNpm(npm: ChildProcess): Promise<{ code: number | null; leftOver: number[] }> {
  const servers = children(npm.pid!).flatMap((p) => [p, ...children(p)]);
  expect(servers.length).toBeGreaterThan(0);
  const exited = once(npm, "exit");
  npm.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  // A clean stop closes the database first; give the process the moment it needs to be reaped.
  for (let i = 0; i < 50 && servers.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  const leftOver = servers.filter(alive);
  for (const pid of leftOver) process.kill(pid, "SIGKILL");
  return { code, leftOver };
}

describe("the production start commands", () => {
  afterAll(removeTempDataDirs);

  it("`npm run serve` runs the compiled server on the demo data and stops on SIGTERM sent to npm", async () => {
    execFileSync(process.execPath, ["--import", "tsx", "src/build-server.ts"], { cwd: ROOT, stdio: "pipe" });
    const { npm, url, output } = await throughNpm(["run", "serve"], tempDataDir("furrow-prod-"));
    expect(output()).not.toMatch(/tsx/);
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: "ok", db: "pglite" });
    // Migrated (from dist/migrations) and seeded: the demo rep sees their accounts.
    const res = await fetch(`${url}/api/accounts?limit=1`, { headers: { authorization: "Bearer demo-rep-1-key" } });
    expect(((await res.json()) as { total: number }).total).toBeGreaterThan(0);
    const { code, leftOver } = await stopNpm(npm);
    expect(leftOver).toEqual([]);
    expect(code).toBe(0);
    expect(output()).toContain('"msg":"stopping","signal":"SIGTERM"');
  }, 240_000);

  it("`npm start` stops on SIGTERM sent to npm, leaving no server behind", async () => {
    // --ignore-scripts skips prestart (the widget build), which other tests' browsers may be reading. The first boot
    // (migrating, seeding) is the test above's: this one starts on a folder already holding the demo data.
    const { npm, url, output } = await throughNpm(["start", "--ignore-scripts"], await seededDataDir("furrow-prod-"));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const { code, leftOver } = await stopNpm(npm);
    expect(leftOver).toEqual([]);
    expect(code).toBe(0);
    expect(output()).toContain('"msg":"stopping","signal":"SIGTERM"');
  }, 240_000);
});
