import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { openPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";

type Template = { dir: string; empty: string; bare: string };
const shared = globalThis as {
  furrowTemplate?: Promise<Template>;
  furrowTemplateUsers?: number;
  furrowServerBuild?: Promise<string>;
};
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The migrated empty database, dumped once per run, whichever project (vitest.config.ts) asks first; and the same
 * database before its migrations (a fresh cluster, as initdb leaves it), for the tests that migrate a database of
 * their own or want a bare one: loading a dump takes a fraction of a second, initdb several.
 */
async function makeTemplate(): Promise<Template> {
  const dir = mkdtempSync(join(tmpdir(), "furrow-template-"));
  const handle = await openPglite("memory://");
  const dump = async (file: string) => {
    writeFileSync(file, Buffer.from(await (await handle.pglite!.dumpDataDir("none")).arrayBuffer()));
    return file;
  };
  const bare = await dump(join(dir, "bare.tar"));
  await migrate(handle);
  const empty = await dump(join(dir, "template.tar"));
  await handle.close();
  return { dir, empty, bare };
}

/**
 * The server compiled once per run by the server half of `npm run build` (src/build-server.ts), for the tests that
 * start real servers (test/server.ts): each start then runs plain JavaScript instead of compiling TypeScript again.
 * It lives under dist/ (node_modules is found from there) as `<folder>/dist/main.js`, with `<folder>/dist/web` the
 * widget's real build folder, where main.js looks for it (src/app.ts). Not dist/main.js itself: the production-start
 * test rebuilds that one while other servers run.
 */
async function buildServer(): Promise<string> {
  mkdirSync(join(ROOT, "dist/web"), { recursive: true });
  const folder = mkdtempSync(join(ROOT, "dist/.test-server-"));
  const out = join(folder, "dist");
  await promisify(execFile)(process.execPath, ["--import", "tsx", "src/build-server.ts", out], { cwd: ROOT });
  symlinkSync(join(ROOT, "dist/web"), join(out, "web"), "dir");
  return join(out, "main.js");
}

/**
 * Once per run: a migrated empty database, dumped; every test file starts from a copy (much cheaper than migrating).
 * The seeded demo database is dumped into the same folder by the first test file that needs it (test/harness.ts),
 * so a run of unit tests alone does not pay for seeding. Vitest runs this once per project: the projects share one
 * folder (this process's global), removed when the last one is done.
 */
export default async function setup(project: TestProject) {
  shared.furrowTemplate ??= makeTemplate();
  // Built while the template is made (one thread busy with initdb), so a run of unit tests alone barely waits for it.
  shared.furrowServerBuild ??= buildServer();
  shared.furrowTemplateUsers = (shared.furrowTemplateUsers ?? 0) + 1;
  const { dir, empty, bare } = await shared.furrowTemplate;
  project.provide("pgliteTemplate", empty);
  project.provide("pgliteBare", bare);
  project.provide("templateDir", dir);
  project.provide("serverBuild", await shared.furrowServerBuild);
  return () => {
    shared.furrowTemplateUsers = (shared.furrowTemplateUsers ?? 1) - 1;
    if (shared.furrowTemplateUsers > 0) return;
    shared.furrowTemplate = undefined;
    rmSync(dir, { recursive: true, force: true });
    const build = shared.furrowServerBuild;
    shared.furrowServerBuild = undefined;
    // <folder>/dist/main.js: remove <folder> (the web link inside it, not what it points to).
    return build?.then((main) => rmSync(join(main, "../.."), { recursive: true, force: true }));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgliteBare: string;
    templateDir: string;
    serverBuild: string;
  }
}
