import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { type ReceivablesView, receivablesFor } from "../src/services/receivables";

const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for all of the user's accounts"),
  due: z
    .enum(["all", "overdue", "not_due"])
    .default("all")
    .describe("all unpaid money, only what is past due, or only what is not due yet (coming due)"),
  limit: z.number().int().min(1).max(50).default(20).describe("How many accounts at most"),
  ownerId: z.string().optional().describe("Only the accounts this rep owns (a user id), among those the user sees"),
  sortBy: z
    .enum(["amount", "oldest"])
    .default("amount")
    .describe("amount: most owed first; oldest: the money longest past due first"),
});

export type ReceivablesResult = ReceivablesView;

/** What the user's accounts owe (应收账款): unpaid, overdue and not yet due per account, with the next due date. */
export function createReceivablesTool(): ToolDef<typeof Input, ReceivablesResult> {
  return {
    name: "receivables",
    description:
      "Accounts receivable (应收账款) of the user's accounts: per account the unpaid amount, the overdue part, what is not due yet and the next due date and amount; totals over the selection. Filter to overdue or not-yet-due money.",
    input: Input,
    run: async (args, { deps, user }) => {
      if (args.accountId && !(await findVisibleAccount(deps.db, user, args.accountId)))
        return fail("not_found", "No such account among yours.");
      const today = deps.clock.now().toISOString().slice(0, 10);
      return ok(
        await receivablesFor(deps.db, user, {
          today,
          due: args.due,
          accountId: args.accountId,
          ownerId: args.ownerId,
          limit: args.limit,
          sortBy: args.sortBy,
        }),
      );
    },
  };
}
