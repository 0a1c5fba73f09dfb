import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { audit } from "../../db/queries/audit";
import type { User } from "../../db/queries/users";
import { accessTokens, users } from "../../db/schema";
import { AppError } from "../../errors";
import { fieldErrors } from "./field-error";
import { resolveManager } from "./resolve-manager";
import type { UserPatch } from "./user-input";
import { auditedFields, requireVisibleUser, selectUserRecords, type UserRecord } from "./user-record";

/** What anyone may change about themselves; the rest (role, team, manager, active) is an admin's. */
const SELF_SERVICE = new Set(["name", "locale"]);

/**
 * Changes a user. Deactivating removes their short-lived tokens and makes every key fail at once (the
 * bearer lookup requires an active user); their accounts stay where they are, visible to their team's manager.
 */
export async function updateUser(db: Db, actor: User, id: string, patch: UserPatch): Promise<UserRecord> {
  return db.transaction(async (tx) => {
    const before = await requireVisibleUser(tx, actor, id);
    const set: Partial<typeof users.$inferInsert> = {};
    const changed = new Set<string>();
    for (const field of ["name", "role", "team", "locale", "active"] as const) {
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      changed.add(field);
      Object.assign(set, { [field]: value });
    }
    const newManager = patch.managerEmail !== undefined && patch.managerEmail !== before.managerEmail;
    if (newManager) changed.add("managerEmail");
    checkAllowed(actor, before, changed, set);
    if (newManager && !patch.managerEmail) set.managerId = null;
    else if (newManager && patch.managerEmail) {
      const m = await resolveManager(tx, patch.managerEmail, id);
      if ("problem" in m) throw fieldErrors([{ field: "managerEmail", message: m.problem }]);
      set.managerId = m.manager.id;
    }
    if (!changed.size) return before;
    await tx.update(users).set(set).where(eq(users.id, id));
    if (set.active === false) await tx.delete(accessTokens).where(eq(accessTokens.userId, id));
    const [after] = await selectUserRecords(tx, eq(users.id, id));
    const pick = (r: UserRecord) =>
      Object.fromEntries(Object.entries(auditedFields(r)).filter(([k]) => changed.has(k) || k === "email"));
    await audit(tx, {
      userId: actor.id,
      action: "update",
      entity: "user",
      entityId: id,
      details: { old: pick(before), new: pick(after) },
    });
    return after;
  });
}

function checkAllowed(actor: User, before: UserRecord, changed: Set<string>, set: Partial<typeof users.$inferInsert>) {
  if (actor.role !== "admin") {
    const adminOnly = [...changed].filter((f) => !SELF_SERVICE.has(f));
    if (before.id !== actor.id && changed.size)
      throw new AppError("forbidden", "Only an admin can change another user.");
    if (adminOnly.length)
      throw new AppError(
        "forbidden",
        `Only an admin can change ${adminOnly.join(", ")}; you may change your name and locale.`,
      );
    return;
  }
  // An admin who demotes or deactivates themselves could leave the installation with no admin.
  if (before.id === actor.id && (set.active === false || (set.role && set.role !== "admin")))
    throw new AppError("conflict", "You cannot demote or deactivate yourself; another admin can.");
  const role = set.role ?? before.role;
  const team = set.team !== undefined ? set.team : before.team;
  if (role === "manager" && !team)
    throw fieldErrors([{ field: "team", message: "is required for a manager (a manager sees their team)" }]);
}
