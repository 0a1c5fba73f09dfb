import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { buildDemoDeps } from "./demo-template";

/**
 * Once per run: a migrated empty database and a migrated database holding the seeded demo data (scores, notices,
 * matches: what `npm start` seeds), both dumped. Test files start from a copy, which is much cheaper than migrating
 * and seeding in every file.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "furrow-template-"));
  const handle = await openPglite("memory://");
  await migrate(handle);
  const empty = join(dir, "template.tar");
  writeFileSync(empty, Buffer.from(await (await handle.pglite!.dumpDataDir("none")).arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplate", empty);

  const demo = await buildDemoDeps(empty);
  const demoFile = join(dir, "demo.tar");
  writeFileSync(demoFile, Buffer.from(await (await demo.dbHandle.pglite!.dumpDataDir("none")).arrayBuffer()));
  await demo.close();
  project.provide("pgliteDemoTemplate", demoFile);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgliteDemoTemplate: string;
  }
}
