import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";

/** Migrates one PGlite once per run and dumps it; every test file starts from a copy (much cheaper than migrating). */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "furrow-template-"));
  const handle = await openPglite("memory://");
  await migrate(handle);
  const dump = await handle.pglite!.dumpDataDir("none");
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
