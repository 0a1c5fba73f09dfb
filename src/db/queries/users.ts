import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Executor } from "../client";
import { accessTokens, apiKeys, users } from "../schema";
import { audit } from "./audit";

export type User = {
  id: string;
  name: string;
  email: string;
  role: "rep" | "manager" | "admin";
  team: string | null;
  locale: "zh" | "en";
};

/** What the rest of Furrow knows of a user: never a key hash. */
export const USER_COLUMNS = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  team: users.team,
  locale: users.locale,
};

/** Last-used times are kept to the minute: one write per key per minute at most, not one per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new bearer key: shown to its owner once, stored only as its hash. */
export function newApiKey(): string {
  return `fwk_${randomBytes(24).toString("base64url")}`;
}

/** The active user holding this API key; `now` (when given) records the key's last use, at most once a minute. */
export async function findUserByKey(db: Executor, key: string, now?: Date): Promise<User | null> {
  const [row] = await db
    .select({ ...USER_COLUMNS, keyId: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, hashKey(key)), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  const { keyId, lastUsedAt, ...user } = row;
  if (now && (!lastUsedAt || now.getTime() - Date.parse(lastUsedAt) >= LAST_USED_RESOLUTION_MS))
    await db.update(apiKeys).set({ lastUsedAt: now.toISOString() }).where(eq(apiKeys.id, keyId));
  return user;
}

/** An active user by API key or by an unexpired short-lived token. */
export async function findUserByBearer(db: Executor, bearer: string, now: Date): Promise<User | null> {
  const byKey = await findUserByKey(db, bearer, now);
  if (byKey) return byKey;
  const [row] = await db
    .select(USER_COLUMNS)
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(
      and(
        eq(accessTokens.tokenHash, hashKey(bearer)),
        gt(accessTokens.expiresAt, now.toISOString()),
        eq(users.active, true),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** A short-lived bearer token for a user, e.g. for a page that embeds the widget; returns the token once. */
export async function issueToken(
  db: Executor,
  userId: string,
  now: Date,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = `fwt_${randomBytes(24).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  await db.insert(accessTokens).values({ tokenHash: hashKey(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function findUserById(db: Executor, id: string): Promise<User | null> {
  const [row] = await db.select(USER_COLUMNS).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Stores a key's hash for a user (seeding and boot use known keys; the API issues random ones). */
export async function insertApiKey(
  db: Executor,
  key: { id: string; userId: string; key: string; label: string },
): Promise<void> {
  const keyHash = hashKey(key.key);
  await db
    .insert(apiKeys)
    .values({ id: key.id, userId: key.userId, keyHash, label: key.label })
    .onConflictDoUpdate({ target: apiKeys.id, set: { keyHash, userId: key.userId } });
}

/** `FURROW_API_KEY` makes an active admin exist from boot; changing the key rotates it. */
export async function ensureAdmin(db: Executor, key: string): Promise<void> {
  await db
    .insert(users)
    .values({ id: "admin", name: "Administrator", email: "admin@furrow.local", role: "admin", locale: "en" })
    .onConflictDoUpdate({ target: users.id, set: { role: "admin", active: true } });
  await insertApiKey(db, { id: "key_admin_env", userId: "admin", key, label: "FURROW_API_KEY" });
  await audit(db, { userId: null, action: "ensure", entity: "user", entityId: "admin" });
}
