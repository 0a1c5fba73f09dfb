import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { inject } from "vitest";

/** A value the global setup provided (test/global-setup.ts), or undefined outside a vitest run. */
export function provided(name: "pgliteTemplate" | "pgliteBare" | "templateDir" | "serverBuild"): string | undefined {
  try {
    return inject(name);
  } catch {
    return undefined;
  }
}

let localDir: string | undefined;

/** The run's template folder (shared by every test file), or one for this process when run outside vitest. */
function runDir(): string {
  const dir = provided("templateDir");
  if (dir) return dir;
  localDir ??= mkdtempSync(join(tmpdir(), "furrow-template-local-"));
  return localDir;
}

/** Resolves once `path` exists, woken by the folder's change events (no polling); false after `ms`. */
function appeared(path: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const watcher = watch(dirname(path), () => {
      if (existsSync(path)) finish(true);
    });
    const timer = setTimeout(() => finish(existsSync(path)), ms);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      watcher.close();
      resolve(ok);
    };
    // Made between the caller's check and the watch starting.
    if (existsSync(path)) finish(true);
  });
}

/**
 * Something built once per test run (a seeded database, a seeded data folder) at `<run folder>/<name>`: the first
 * test file to ask builds it (into a scratch path, renamed into place when complete), every other one waits for it.
 * Resolves with its path and, in the file that built it, what `build` returned.
 */
export async function builtOnce<T>(
  name: string,
  build: (path: string) => Promise<T>,
): Promise<{ path: string; made?: T }> {
  const path = join(runDir(), name);
  if (existsSync(path)) return { path };
  try {
    mkdirSync(`${path}.lock`);
  } catch {
    // Another test file is building it; build here too only if that file died before finishing.
    if (await appeared(path, 300_000)) return { path };
    return buildInto(path, build);
  }
  return buildInto(path, build);
}

async function buildInto<T>(path: string, build: (path: string) => Promise<T>): Promise<{ path: string; made?: T }> {
  const part = join(dirname(path), `${basename(path)}.part-${process.pid}`);
  rmSync(part, { recursive: true, force: true });
  const made = await build(part);
  if (!existsSync(path)) renameSync(part, path);
  else rmSync(part, { recursive: true, force: true });
  return { path, made };
}
