import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { localizePlan } from "../src/engine/planning/localize-plan";
import { draftPlan, latestPlan } from "../src/services/plans";
import type { PlanResult } from "./generate-plan";

const Input = z.object({ accountId: z.string().min(1).describe("The account's id") });

/** The latest stored plan; when there is none yet, a fresh draft (said so in `stored: false`). */
export function createShowPlanTool(): ToolDef<typeof Input, PlanResult> {
  return {
    name: "show_plan",
    description: "Show the account's latest stored plan; if it has none yet, a new draft.",
    input: Input,
    run: async ({ accountId }, { deps, user, now, language }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const stored = await latestPlan(deps.db, accountId);
      if (stored) return ok({ accountName: account.name, plan: localizePlan(stored, language), stored: true });
      const plan = await draftPlan(deps.db, user, accountId, now, { language });
      return plan
        ? ok({ accountName: account.name, plan, stored: false })
        : fail("not_found", "No such account among yours.");
    },
    cards: (r) => [{ kind: "plan", accountId: r.plan.accountId, accountName: r.accountName, data: r.plan as never }],
  };
}
