import { and, desc, inArray, lt } from "drizzle-orm";
import type { AccountScore } from "../../engine/scoring/score-account";
import type { Db } from "../client";
import { accountScores } from "../schema";

/** Each account's newest stored score computed before `cutoff` (e.g. the week-ago baseline), in one query. */
export async function scoresBefore(db: Db, ids: string[], cutoff: Date): Promise<Map<string, AccountScore>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectDistinctOn([accountScores.accountId], { accountId: accountScores.accountId, body: accountScores.body })
    .from(accountScores)
    .where(and(inArray(accountScores.accountId, ids), lt(accountScores.computedAt, cutoff.toISOString())))
    .orderBy(accountScores.accountId, desc(accountScores.id));
  return new Map(rows.map((r) => [r.accountId, r.body as AccountScore]));
}
