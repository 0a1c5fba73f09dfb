import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtOnce, provided } from "./run-once";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * How to run the real server: its build (`node <build>/main.js`, compiled once per run by test/global-setup.ts from
 * today's src/, as `npm run serve` runs it), or src/main.ts through tsx outside a vitest run. `npm start` (tsx) keeps
 * its own test: test/production-start.test.ts.
 */
function serverArgs(): string[] {
  const build = provided("serverBuild");
  return build ? ["--enable-source-maps", build] : ["--import", "tsx", "src/main.ts"];
}

export type RunningServer = {
  url: string;
  proc: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/** Starts the real server (src/main.ts, built: serverArgs) as a child process on a free port and waits until it listens. */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const proc = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout?.on("data", (d) => (out += d));
  proc.stderr?.on("data", (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout?.on("data", check);
    proc.stderr?.on("data", check);
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (proc.exitCode !== null) return proc.exitCode;
    proc.kill(signal);
    const [code] = (await once(proc, "exit")) as [number | null];
    return code;
  };
  return { url, proc, output: () => out, stop };
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout?.on("data", (d) => (out += d));
  proc.stderr?.on("data", (d) => (out += d));
  const [code] = (await once(proc, "exit")) as [number | null];
  return { code, output: out };
}

const made: string[] = [];

/** Removes the data folders made by tempDataDir (call from afterAll). */
export function removeTempDataDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.on("exit", removeTempDataDirs);

/** A fresh data folder for a real server; removeTempDataDirs (or the process ending) deletes it. */
export function tempDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A fresh data folder holding what a first `npm start` leaves behind (migrated, demo data seeded): a copy of one
 * folder a real server seeded once for the run. For tests about something other than the first boot, which then
 * start in a second instead of migrating and seeding again (production-start keeps a first boot: `npm run serve`).
 */
export async function seededDataDir(prefix: string): Promise<string> {
  const { path } = await builtOnce("seeded-data-dir", async (dir) => {
    const server = await startServer({ DATA_DIR: dir }, 240_000);
    const code = await server.stop();
    if (code !== 0)
      throw new Error(`the server seeding the template data folder exited with ${code}:\n${server.output()}`);
  });
  const dir = tempDataDir(prefix);
  cpSync(path, dir, { recursive: true });
  return dir;
}
