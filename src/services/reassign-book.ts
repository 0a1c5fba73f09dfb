import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { User } from "../db/queries/users";
import { accounts, auditLog, opportunities, planActions, users } from "../db/schema";
import { AppError } from "../errors";
import { fieldErrors } from "./users/field-error";
import { usersByEmail } from "./users/user-record";

export type ReassignInput = { fromEmail: string; toEmail: string; accountIds?: string[] };
export type ReassignResult = { moved: number; actions: number; opportunities: number; accountIds: string[] };

/**
 * 客户交接: hands a rep's book (or some of its accounts) to another person in one transaction. The accounts,
 * their open plan actions and open opportunities owned by the old rep (or by no one) move; done and
 * dropped actions and closed deals keep their history. An admin may hand over any book; a manager within
 * their team. Every moved account leaves an audit row with its old and new owner.
 */
export async function reassignBook(db: Db, actor: User, input: ReassignInput): Promise<ReassignResult> {
  if (actor.role === "rep") throw new AppError("forbidden", "Only a manager or an admin can hand over accounts.");
  return db.transaction(async (tx) => {
    const people = await usersByEmail(tx, [input.fromEmail, input.toEmail]);
    // A manager cannot tell a user outside their team from no user at all.
    const inReach = (email: string) => {
      const u = people.get(email.toLowerCase());
      return u && (actor.role === "admin" || (actor.team !== null && u.team === actor.team)) ? u : undefined;
    };
    const from = inReach(input.fromEmail);
    const to = inReach(input.toEmail);
    const problems: { field: string; message: string }[] = [];
    if (!from)
      problems.push({ field: "fromEmail", message: `no Furrow user you manage has the e-mail ${input.fromEmail}` });
    if (!to) problems.push({ field: "toEmail", message: `no Furrow user you manage has the e-mail ${input.toEmail}` });
    else if (!to.active) problems.push({ field: "toEmail", message: `${input.toEmail} is deactivated` });
    if (from && to && from.id === to.id)
      problems.push({ field: "toEmail", message: "is the same person as fromEmail" });
    if (problems.length || !from || !to) throw fieldErrors(problems);

    const owned = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(
        and(
          eq(accounts.ownerId, from.id),
          input.accountIds ? inArray(accounts.id, input.accountIds.length ? input.accountIds : [""]) : undefined,
        ),
      );
    const ids = owned.map((a) => a.id).sort();
    if (input.accountIds) {
      const missing = [...new Set(input.accountIds)].filter((id) => !ids.includes(id));
      if (missing.length)
        throw fieldErrors([
          { field: "accountIds", message: `not accounts of ${input.fromEmail}: ${missing.slice(0, 50).join(", ")}` },
        ]);
    }
    if (!ids.length) return { moved: 0, actions: 0, opportunities: 0, accountIds: [] };

    const [fromUser] = await tx.select().from(users).where(eq(users.id, from.id));
    const [toUser] = await tx.select().from(users).where(eq(users.id, to.id));
    await tx.update(accounts).set({ ownerId: to.id, updatedAt: sql`now()` }).where(inArray(accounts.id, ids));
    // Actions name their owner as plans write it (the rep's name); an id or e-mail is mapped in the same form.
    const actions = await tx
      .update(planActions)
      .set({
        owner: sql`case ${planActions.owner} when ${fromUser.id} then ${toUser.id} when ${fromUser.email} then ${toUser.email} else ${toUser.name} end`,
      })
      .where(
        and(
          inArray(planActions.accountId, ids),
          eq(planActions.status, "open"),
          inArray(planActions.owner, [fromUser.name, fromUser.id, fromUser.email]),
        ),
      )
      .returning({ id: planActions.id, accountId: planActions.accountId });
    const opps = await tx
      .update(opportunities)
      .set({ ownerId: to.id, updatedAt: sql`now()` })
      .where(
        and(
          inArray(opportunities.accountId, ids),
          eq(opportunities.status, "open"),
          // An opportunity with no owner of its own was the old rep's through the account.
          or(eq(opportunities.ownerId, from.id), isNull(opportunities.ownerId)),
        ),
      )
      .returning({ id: opportunities.id, accountId: opportunities.accountId });
    const byAccount = (rows: { id: string; accountId: string }[], id: string) =>
      rows.filter((r) => r.accountId === id).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500)
      await tx.insert(auditLog).values(
        ids.slice(i, i + 500).map((id) => ({
          userId: actor.id,
          action: "reassign",
          entity: "account",
          entityId: id,
          details: {
            old: { ownerId: from.id, ownerEmail: fromUser.email },
            new: { ownerId: to.id, ownerEmail: toUser.email },
            actions: byAccount(actions, id),
            opportunities: byAccount(opps, id),
          },
        })),
      );
    return { moved: ids.length, actions: actions.length, opportunities: opps.length, accountIds: ids };
  });
}
