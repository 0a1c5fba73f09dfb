import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { draftPlan, savePlan } from "../src/services/plans";

const Input = z.object({
  accountId: z.string().min(1).describe("The account whose plan to store"),
  horizonMonths: z.number().int().min(1).max(36).default(12).describe("Plan horizon in months"),
});

export type SavePlanResult = {
  accountName: string;
  version: number;
  strategy: string;
  actions: number;
  /** True when the plan equals the latest version: nothing new was stored. */
  unchanged?: boolean;
};

/** Stores the account's plan as a new version (after the user confirms). */
export function createSavePlanTool(): ToolDef<typeof Input, SavePlanResult> {
  return {
    name: "save_plan",
    description: "Store the account's plan as a new version, with its actions.",
    input: Input,
    write: true,
    summarize: (args, lang) =>
      lang === "zh"
        ? `保存该客户的新版客户计划（${args.horizonMonths}个月）`
        : `Save a new version of this account's plan (${args.horizonMonths} months)`,
    run: async ({ accountId, horizonMonths }, { deps, user, now, language }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const draft = await draftPlan(deps.db, user, accountId, now, { horizonMonths, language });
      if (!draft) return fail("not_found", "No such account among yours.");
      const saved = await savePlan(deps.db, user, draft, now);
      return ok({
        accountName: account.name,
        version: saved.version,
        strategy: saved.strategy,
        actions: saved.actions.length,
        ...(saved.unchanged ? { unchanged: true } : {}),
      });
    },
  };
}
