import type { Executor } from "../../db/client";
import { usersByEmail } from "./user-record";

export type ManagerRef = { id: string; team: string | null };

/**
 * The user named as someone's manager: they must exist and lead people (a manager or an admin). Returns a
 * problem message instead of throwing, so the API and the CSV import report it in their own shapes.
 */
export async function resolveManager(
  db: Executor,
  email: string,
  selfId?: string,
): Promise<{ manager: ManagerRef } | { problem: string }> {
  const found = (await usersByEmail(db, [email])).get(email.toLowerCase());
  if (!found) return { problem: `no Furrow user has the e-mail ${email}` };
  if (found.id === selfId) return { problem: "a user cannot be their own manager" };
  if (found.role === "rep") return { problem: `${email} is a rep; a manager must be a manager or an admin` };
  return { manager: { id: found.id, team: found.team } };
}
