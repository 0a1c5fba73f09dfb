import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { audit } from "../src/db/queries/audit";
import { contacts, interactions } from "../src/db/schema";
import { rescoreAccounts } from "../src/services/scores";
import { contactNameAt } from "./contact-at-account";

const Input = z.object({
  accountId: z.string().min(1).describe("The account"),
  kind: z.enum(["visit", "call", "email", "meeting", "event"]).describe("How it happened"),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
    .optional()
    .describe("When (default today)"),
  summary: z.string().max(2000).default("").describe("What was discussed"),
  contactId: z.string().optional().describe("The contact met, if any"),
});

export type LogInteractionResult = {
  id: string;
  accountName: string;
  kind: string;
  date: string;
  contactName: string | null;
};

/** Records a visit, call, meeting, e-mail or event (after the user confirms); the account is re-scored. */
export function createLogInteractionTool(): ToolDef<typeof Input, LogInteractionResult> {
  return {
    name: "log_interaction",
    description:
      "Log an interaction with an account (visit, call, email, meeting, event), optionally with one contact.",
    input: Input,
    write: true,
    summarize: (a, lang) =>
      lang === "zh"
        ? `记录一次${a.kind}（${a.date ?? "今天"}）：${a.summary}`
        : `Log a ${a.kind} (${a.date ?? "today"}): ${a.summary}`,
    run: async (args, { deps, user, now }) => {
      const account = await findVisibleAccount(deps.db, user, args.accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const contactName = await contactNameAt(deps.db, args.accountId, args.contactId);
      if (contactName === undefined) return fail("not_found", "That contact is not at this account.");
      const date = args.date ?? now.toISOString().slice(0, 10);
      const id = `int_${randomUUID()}`;
      await deps.db.transaction(async (tx) => {
        await tx.insert(interactions).values({
          id,
          accountId: args.accountId,
          contactId: args.contactId ?? null,
          userId: user.id,
          kind: args.kind,
          occurredAt: `${date}T00:00:00.000Z`,
          summary: args.summary,
        });
        if (args.contactId)
          await tx.update(contacts).set({ lastContactAt: date }).where(eq(contacts.id, args.contactId));
        await audit(tx, {
          userId: user.id,
          action: "interaction.log",
          entity: "interaction",
          entityId: id,
          details: args,
        });
        await rescoreAccounts(tx, [args.accountId], now);
      });
      return ok({ id, accountName: account.name, kind: args.kind, date, contactName });
    },
  };
}
