import type { Db } from "../db/client";
import type { SeedHooks } from "../db/seed-demo";
import type { Deps } from "../deps";
import { rescoreBook } from "./scores";
import { ingestNotice } from "./tenders";

/** What the demo needs beyond its records: scores for every account, then the tender notices ingested and matched. */
export function demoSeedHooks(deps: Deps): SeedHooks {
  return {
    afterInsert: async (tx, data, now) => {
      const db = tx as unknown as Db;
      await rescoreBook(db, now);
      let matches = 0;
      for (const n of data.tenderNotices) {
        matches += (
          await ingestNotice(
            db,
            deps.embedder,
            { text: n.text, url: n.url, publishedAt: n.publishedAt.slice(0, 10) },
            now,
            null,
          )
        ).matches.length;
      }
      // Competitor wins found in the notices are risks: score again with them.
      const scored = await rescoreBook(db, now);
      return { scored: scored.accounts, notices: data.tenderNotices.length, tenderMatches: matches };
    },
  };
}
