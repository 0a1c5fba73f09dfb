import type { Db } from "../db/client";
import type { SeedHooks } from "../db/seed-demo";
import type { Deps } from "../deps";
import { rescoreBook } from "./scores";

/** What the demo needs beyond its records: scores for every account, then the tender notices ingested and matched. */
export function demoSeedHooks(_deps: Deps): SeedHooks {
  return {
    afterInsert: async (tx, _data, now) => {
      const scored = await rescoreBook(tx as unknown as Db, now);
      return { scored: scored.accounts };
    },
  };
}
