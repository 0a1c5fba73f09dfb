import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { type ActionView, listActions } from "../src/services/actions";

const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for all of the user's accounts"),
  status: z.enum(["open", "done", "dropped", "all"]).default("open").describe("Which actions; open by default"),
  dueBefore: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
    .optional()
    .describe("Only actions due on or before this day (e.g. the end of this week)"),
  overdueOnly: z.boolean().default(false).describe("Only open actions already past their due date"),
});

export type ListActionsResult = {
  accountName: string | null;
  dueBefore: string | null;
  overdueOnly: boolean;
  items: ActionView[];
};

/** Plan actions (to-dos) on the user's accounts, soonest due first: the list "the first one" refers to. */
export function createListActionsTool(): ToolDef<typeof Input, ListActionsResult> {
  return {
    name: "list_actions",
    description: "List plan actions (to-dos) soonest due first: due this week, overdue, or for one account.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      let accountName: string | null = null;
      if (args.accountId) {
        const account = await findVisibleAccount(deps.db, user, args.accountId);
        if (!account) return fail("not_found", "No such account among yours.");
        accountName = account.name;
      }
      const today = now.toISOString().slice(0, 10);
      const items = (
        await listActions(deps.db, user, now, {
          accountId: args.accountId,
          status: args.overdueOnly ? "open" : args.status,
          dueBefore: args.overdueOnly ? today : args.dueBefore,
        })
      ).filter((a) => !args.overdueOnly || a.overdue);
      return ok({ accountName, dueBefore: args.dueBefore ?? null, overdueOnly: args.overdueOnly, items });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "actions",
        data: {
          columns: ["#", "due", "account", "action", "owner", "status"],
          rows: r.items.map((a, i) => [
            i + 1,
            a.due,
            a.accountName,
            a.title,
            a.owner,
            a.overdue ? "overdue" : a.status,
          ]),
        },
      },
    ],
  };
}
