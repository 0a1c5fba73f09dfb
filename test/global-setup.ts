import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";

/**
 * Once per run: a migrated empty database, dumped; every test file starts from a copy (much cheaper than migrating).
 * The seeded demo database is dumped into the same folder by the first test file that needs it (test/harness.ts),
 * so a run of unit tests alone does not pay for seeding.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "furrow-template-"));
  const handle = await openPglite("memory://");
  await migrate(handle);
  const empty = join(dir, "template.tar");
  writeFileSync(empty, Buffer.from(await (await handle.pglite!.dumpDataDir("none")).arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplate", empty);
  project.provide("templateDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    templateDir: string;
  }
}
