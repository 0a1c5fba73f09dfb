import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";

type Template = { dir: string; empty: string };
const shared = globalThis as { furrowTemplate?: Promise<Template>; furrowTemplateUsers?: number };

/** The migrated empty database, dumped once per run, whichever project (vitest.config.ts) asks first. */
async function makeTemplate(): Promise<Template> {
  const dir = mkdtempSync(join(tmpdir(), "furrow-template-"));
  const handle = await openPglite("memory://");
  await migrate(handle);
  const empty = join(dir, "template.tar");
  writeFileSync(empty, Buffer.from(await (await handle.pglite!.dumpDataDir("none")).arrayBuffer()));
  await handle.close();
  return { dir, empty };
}

/**
 * Once per run: a migrated empty database, dumped; every test file starts from a copy (much cheaper than migrating).
 * The seeded demo database is dumped into the same folder by the first test file that needs it (test/harness.ts),
 * so a run of unit tests alone does not pay for seeding. Vitest runs this once per project: the projects share one
 * folder (this process's global), removed when the last one is done.
 */
export default async function setup(project: TestProject) {
  shared.furrowTemplate ??= makeTemplate();
  shared.furrowTemplateUsers = (shared.furrowTemplateUsers ?? 0) + 1;
  const { dir, empty } = await shared.furrowTemplate;
  project.provide("pgliteTemplate", empty);
  project.provide("templateDir", dir);
  return () => {
    shared.furrowTemplateUsers = (shared.furrowTemplateUsers ?? 1) - 1;
    if (shared.furrowTemplateUsers > 0) return;
    shared.furrowTemplate = undefined;
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    templateDir: string;
  }
}
