import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import type { Plan } from "../src/engine/planning/types";
import { draftPlan } from "../src/services/plans";

const Input = z.object({
  accountId: z.string().min(1).describe("The account's id"),
  horizonMonths: z.number().int().min(1).max(36).default(12).describe("Plan horizon in months"),
});

export type PlanResult = { accountName: string; plan: Plan; stored: boolean };

/** A new account plan (GOSART) as a draft: nothing is stored until the user saves it. */
export function createGeneratePlanTool(): ToolDef<typeof Input, PlanResult> {
  return {
    name: "generate_plan",
    description:
      "Draft a new account plan (GOSART: goal, objectives, strategy, dated actions with owners and contacts, resources, KPIs, risks). Not stored; save_plan stores it.",
    input: Input,
    run: async ({ accountId, horizonMonths }, { deps, user, now, language }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const plan = await draftPlan(deps.db, user, accountId, now, { horizonMonths, language });
      return plan
        ? ok({ accountName: account.name, plan, stored: false })
        : fail("not_found", "No such account among yours.");
    },
    cards: (r) => [{ kind: "plan", accountId: r.plan.accountId, accountName: r.accountName, data: r.plan as never }],
  };
}
