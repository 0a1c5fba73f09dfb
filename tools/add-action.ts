import { randomUUID } from "node:crypto";
import { z } from "zod";
import { day } from "../prompts/format";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { audit } from "../src/db/queries/audit";
import { planActions } from "../src/db/schema";
import { contactNameAt } from "./contact-at-account";

const Input = z.object({
  accountId: z.string().min(1).describe("The account the action is for"),
  title: z.string().min(2).max(200).describe("What to do, e.g. 拜访王院长 or 'demo the PACS upgrade'"),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
    .describe("Due date YYYY-MM-DD"),
  contactId: z.string().optional().describe("The contact it concerns, if any"),
  done: z
    .boolean()
    .optional()
    .describe("Already done: recorded as completed today (the user did it before saving the to-do)"),
});

export type AddActionResult = {
  id: string;
  accountName: string;
  title: string;
  due: string;
  contactName: string | null;
  /** Recorded as completed (the day it was done), when `done` was asked. */
  completedAt: string | null;
};

/** Adds a dated action to an account (after the user confirms). */
export function createAddActionTool(): ToolDef<typeof Input, AddActionResult> {
  return {
    name: "add_action",
    description: "Add a dated action (to-do) to an account, optionally about one contact.",
    input: Input,
    write: true,
    summarize: (a, lang) =>
      a.done
        ? lang === "zh"
          ? `记录已完成的行动「${a.title}」`
          : `Record the action "${a.title}" as done`
        : lang === "zh"
          ? `添加行动「${a.title}」，截止 ${day(a.due, lang)}`
          : `Add the action "${a.title}", due ${day(a.due, lang)}`,
    run: async (args, { deps, user, now }) => {
      const account = await findVisibleAccount(deps.db, user, args.accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const contactName = await contactNameAt(deps.db, args.accountId, args.contactId);
      if (contactName === undefined) return fail("not_found", "That contact is not at this account.");
      const id = `act_${randomUUID()}`;
      const completedAt = args.done ? now.toISOString().slice(0, 10) : null;
      await deps.db.transaction(async (tx) => {
        await tx.insert(planActions).values({
          id,
          accountId: args.accountId,
          title: args.title,
          owner: user.name,
          due: args.due,
          contactId: args.contactId ?? null,
          source: "user",
          createdBy: user.id,
          ...(completedAt ? { status: "done" as const, completedAt } : {}),
        });
        await audit(tx, { userId: user.id, action: "action.add", entity: "plan_action", entityId: id, details: args });
      });
      return ok({ id, accountName: account.name, title: args.title, due: args.due, contactName, completedAt });
    },
  };
}
