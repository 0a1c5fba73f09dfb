import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { getAccount360 } from "../src/db/queries/accounts";
import { type GroupOverview, groupOverviewFor } from "../src/services/group-roll-up";

const Input = z.object({
  accountId: z.string().min(1).describe("The group's (parent account's) id, from find_accounts or the conversation"),
});

export type GroupOverviewResult = GroupOverview;

/**
 * A group as a whole (集团汇总): revenue summed, the revenue-weighted score, and every member the user may see with its
 * own score, tier, lifecycle, risks, last order, owner and the products other members buy that it does not.
 */
export function createGroupOverviewTool(): ToolDef<typeof Input, GroupOverviewResult> {
  return {
    name: "group_overview",
    description:
      "A group account and every subsidiary/branch under it: group revenue and score, then each member's score, tier, lifecycle, risks, last order, owner, and products bought elsewhere in the group but not by that member.",
    input: Input,
    run: async ({ accountId }, { deps, user, now }) => {
      const view = await getAccount360(deps.db, user, accountId);
      if (!view) return fail("not_found", "No such account among yours.");
      const overview = await groupOverviewFor(deps.db, user, accountId, now);
      if (!overview) return fail("not_a_group", `${view.account.name} has no branch or subsidiary that you can see.`);
      return ok(overview);
    },
  };
}
