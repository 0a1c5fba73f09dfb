import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import type { AccountScore } from "../src/engine/scoring/score-account";
import { currentScore } from "../src/services/scores";

const Input = z.object({ accountId: z.string().min(1).describe("The account's id") });

export type ExplainScoreResult = { accountName: string; score: AccountScore };

/** The scorecard breakdown behind an account's tier: each dimension's raw value, band, points and weight. */
export function createExplainScoreTool(): ToolDef<typeof Input, ExplainScoreResult> {
  return {
    name: "explain_score",
    description:
      "Explain an account's score and tier: every scorecard dimension with raw value, points and weight; segment, strategy, lifecycle and risks.",
    input: Input,
    run: async ({ accountId }, { deps, user, now }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const score = await currentScore(deps.db, accountId, now);
      return score ? ok({ accountName: account.name, score }) : fail("not_found", "No score yet.");
    },
    cards: (r) => [{ kind: "score", accountId: r.score.accountId, accountName: r.accountName, data: r.score }],
  };
}
