import { and, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts } from "../db/schema";
import { computeMetrics } from "../engine/scoring/compute-metrics";
import { type GroupRollUp, rollUpGroup } from "../engine/scoring/roll-up-group";
import { latestScores } from "./scores";

/**
 * The roll-up of the group tree under `rootId` (the account and every descendant), counting only the members this
 * user may see: a hidden branch adds nothing and is not mentioned. null when the account has no visible descendant.
 */
export async function groupRollUpFor(db: Executor, user: User, rootId: string, now: Date): Promise<GroupRollUp | null> {
  const tree = sql`(with recursive t(id) as (select ${rootId}::text union all
                    select a.id from accounts a join t on a.parent_id = t.id) select id from t)`;
  const rows = await db
    .select({ id: accounts.id, name: accounts.name, parentId: accounts.parentId })
    .from(accounts)
    .where(and(sql`${accounts.id} in ${tree}`, visibleAccounts(user)));
  if (!rows.some((r) => r.id !== rootId)) return null;
  const ids = rows.map((r) => r.id);
  const [facts, scores] = await Promise.all([loadAccountFacts(db, ids), latestScores(db, ids)]);
  const iso = now.toISOString();
  return rollUpGroup(
    rows.map((r) => {
      const s = scores.get(r.id);
      return {
        accountId: r.id,
        name: r.name,
        parentId: r.parentId,
        metrics: computeMetrics(facts.get(r.id)!, iso),
        score: s ? { total: s.total, tier: s.tier, lifecycle: s.lifecycle, churnLevel: s.churn.level } : null,
      };
    }),
  );
}
