import { releaseAllLeases } from "./db/queries/threads";
import { ensureAdmin } from "./db/queries/users";
import { seedIfEmpty } from "./db/seed-demo";
import type { Deps } from "./deps";
import { demoSeedHooks } from "./services/demo-hooks";

/** What boot does to the database before serving: the admin key, the demo data, leases left by a crashed process. */
export async function prepareDatabase(deps: Deps): Promise<void> {
  const { env } = deps;
  if (env.FURROW_API_KEY) await ensureAdmin(deps.db, env.FURROW_API_KEY);
  if (env.SEED_DEMO) {
    const seeded = await seedIfEmpty(deps, demoSeedHooks(deps));
    if (seeded) deps.logger.info("seeded the demo data set", seeded);
  }
  // The embedded database belongs to this process alone (DATA_DIR lock): every lease in it is a dead process's.
  if (deps.dbHandle.kind === "pglite") {
    const released = await releaseAllLeases(deps.db);
    if (released) deps.logger.info("released conversation leases left by a stopped process", { released });
  }
}
