import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { audit } from "../../db/queries/audit";
import { insertApiKey, newApiKey, type User } from "../../db/queries/users";
import { users } from "../../db/schema";
import { AppError } from "../../errors";
import { fieldErrors, isUniqueViolation } from "./field-error";
import { resolveManager } from "./resolve-manager";
import type { NewUser } from "./user-input";
import { auditedFields, selectUserRecords, type UserRecord, usersByEmail } from "./user-record";

const DUPLICATE = (email: string) => new AppError("conflict", `A user with the e-mail ${email} already exists.`);

/**
 * Creates a user and their first key (admins only). The key is returned once and stored only as its hash;
 * the audit row has the user's fields and the key's id and label, never the key.
 */
export async function createUser(
  db: Db,
  actor: User,
  input: NewUser,
): Promise<{ user: UserRecord; keyId: string; key: string }> {
  if (actor.role !== "admin") throw new AppError("forbidden", "Only an admin can create users.");
  try {
    return await db.transaction(async (tx) => {
      if ((await usersByEmail(tx, [input.email])).size) throw DUPLICATE(input.email);
      let managerId: string | null = null;
      let team = input.team ?? null;
      if (input.managerEmail) {
        const m = await resolveManager(tx, input.managerEmail);
        if ("problem" in m) throw fieldErrors([{ field: "managerEmail", message: m.problem }]);
        managerId = m.manager.id;
        // Joining a manager means joining their team unless another team is named.
        if (input.team === undefined) team = m.manager.team;
      }
      if (input.role === "manager" && !team)
        throw fieldErrors([{ field: "team", message: "is required for a manager (a manager sees their team)" }]);
      const id = `usr_${randomUUID()}`;
      await tx.insert(users).values({
        id,
        email: input.email,
        name: input.name,
        role: input.role,
        team,
        managerId,
        locale: input.locale ?? "zh",
      });
      const key = newApiKey();
      const keyId = `key_${randomUUID()}`;
      const label = input.keyLabel ?? "first key";
      await insertApiKey(tx, { id: keyId, userId: id, key, label });
      const [user] = await selectUserRecords(tx, eq(users.id, id));
      await audit(tx, {
        userId: actor.id,
        action: "create",
        entity: "user",
        entityId: id,
        details: { old: null, new: auditedFields(user) },
      });
      await audit(tx, {
        userId: actor.id,
        action: "issue",
        entity: "api_key",
        entityId: keyId,
        details: { userId: id, label },
      });
      return { user, keyId, key };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw DUPLICATE(input.email);
    throw err;
  }
}
