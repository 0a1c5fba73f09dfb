import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { audit } from "../../db/queries/audit";
import { insertApiKey, newApiKey, type User } from "../../db/queries/users";
import { apiKeys } from "../../db/schema";
import { AppError } from "../../errors";
import { type KeyInfo, listKeys, requireVisibleUser, type UserRecord } from "./user-record";

/** An admin manages anyone's keys; everyone else only their own ("not yours" looks like "missing" when unseen). */
async function requireKeyOwner(db: Executor, actor: User, userId: string): Promise<UserRecord> {
  const target = await requireVisibleUser(db, actor, userId);
  if (actor.role !== "admin" && target.id !== actor.id)
    throw new AppError("forbidden", "Only an admin can manage another user's keys.");
  return target;
}

export async function listUserKeys(db: Db, actor: User, userId: string): Promise<KeyInfo[]> {
  await requireKeyOwner(db, actor, userId);
  return listKeys(db, userId);
}

/** Issues another key for a user; returned once, stored only as its hash, audited by id and label. */
export async function issueUserKey(
  db: Db,
  actor: User,
  userId: string,
  label: string | undefined,
  now: Date,
): Promise<{ keyId: string; key: string; label: string }> {
  return db.transaction(async (tx) => {
    const target = await requireKeyOwner(tx, actor, userId);
    if (!target.active)
      throw new AppError("conflict", "This user is deactivated; reactivate them before issuing a key.");
    const keyId = `key_${randomUUID()}`;
    const key = newApiKey();
    const name = label ?? `key ${now.toISOString().slice(0, 10)}`;
    await insertApiKey(tx, { id: keyId, userId, key, label: name });
    await audit(tx, {
      userId: actor.id,
      action: "issue",
      entity: "api_key",
      entityId: keyId,
      details: { userId, label: name },
    });
    return { keyId, key, label: name };
  });
}

/** Revokes one key at once: the next request with it answers 401. */
export async function revokeUserKey(db: Db, actor: User, userId: string, keyId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await requireKeyOwner(tx, actor, userId);
    const [gone] = await tx
      .delete(apiKeys)
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId)))
      .returning({ id: apiKeys.id, label: apiKeys.label, lastUsedAt: apiKeys.lastUsedAt });
    if (!gone) throw new AppError("not_found", "No such key.");
    await audit(tx, {
      userId: actor.id,
      action: "revoke",
      entity: "api_key",
      entityId: keyId,
      details: { userId, old: { label: gone.label, lastUsedAt: gone.lastUsedAt }, new: null },
    });
  });
}
