import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { loadAccountFacts } from "../src/db/queries/account-facts";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { settleAll } from "../src/request-context";
import { metricsOf } from "../src/services/book";
import { latestScores } from "../src/services/scores";

const Input = z.object({
  accountIds: z.array(z.string().min(1)).min(2).max(4).describe("Two to four account ids to compare"),
});

export type CompareRow = {
  id: string;
  name: string;
  total: number;
  tier: string;
  strategy: string;
  lifecycle: string;
  revenue12m: number;
  growth: number | null;
  shareOfWallet: number | null;
  churnLevel: string;
};
export type CompareAccountsResult = { rows: CompareRow[] };

/** Side by side: score, tier, strategy, revenue, growth, share of wallet and churn risk. */
export function createCompareAccountsTool(): ToolDef<typeof Input, CompareAccountsResult> {
  return {
    name: "compare_accounts",
    description:
      "Compare two to four accounts side by side: score, tier, strategy, lifecycle, revenue, growth, share of wallet, churn risk.",
    input: Input,
    run: async ({ accountIds }, { deps, user, now }) => {
      const visible = await settleAll(accountIds.map((id) => findVisibleAccount(deps.db, user, id)));
      if (visible.some((a) => !a)) return fail("not_found", "One of these accounts is not among yours.");
      const [facts, scores] = await settleAll([
        loadAccountFacts(deps.db, accountIds),
        latestScores(deps.db, accountIds),
      ]);
      const rows = visible.map((a) => {
        const m = metricsOf(facts.get(a!.id)!, now);
        const s = scores.get(a!.id)!;
        return {
          id: a!.id,
          name: a!.name,
          total: s.total,
          tier: s.tier,
          strategy: s.segment.strategy,
          lifecycle: s.lifecycle,
          revenue12m: m.revenue12m,
          growth: m.growth,
          shareOfWallet: m.shareOfWallet,
          churnLevel: s.churn.level,
        };
      });
      return ok({ rows });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "compare",
        data: {
          columns: ["name", "total", "tier", "strategy", "revenue12m", "growth", "shareOfWallet", "churnLevel"],
          rows: r.rows.map((x) => [
            x.name,
            x.total,
            x.tier,
            x.strategy,
            x.revenue12m,
            x.growth,
            x.shareOfWallet,
            x.churnLevel,
          ]),
        },
      },
    ],
  };
}
