import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Executor } from "../client";
import { accessTokens, users } from "../schema";
import { audit } from "./audit";

export type User = {
  id: string;
  name: string;
  email: string;
  role: "rep" | "manager" | "admin";
  team: string | null;
  locale: "zh" | "en";
};

/** What the rest of Furrow knows of a user: never the key hash. */
const USER_COLUMNS = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  team: users.team,
  locale: users.locale,
};

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export async function findUserByKey(db: Executor, key: string): Promise<User | null> {
  const [row] = await db
    .select(USER_COLUMNS)
    .from(users)
    .where(eq(users.apiKeyHash, hashKey(key)))
    .limit(1);
  return row ?? null;
}

/** A user by API key or by an unexpired short-lived token. */
export async function findUserByBearer(db: Executor, bearer: string, now: Date): Promise<User | null> {
  const byKey = await findUserByKey(db, bearer);
  if (byKey) return byKey;
  const [row] = await db
    .select({ userId: accessTokens.userId })
    .from(accessTokens)
    .where(and(eq(accessTokens.tokenHash, hashKey(bearer)), gt(accessTokens.expiresAt, now.toISOString())))
    .limit(1);
  return row ? findUserById(db, row.userId) : null;
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

/** `FURROW_API_KEY` makes an admin exist from boot; changing the key rotates it. */
export async function ensureAdmin(db: Executor, key: string): Promise<void> {
  const apiKeyHash = hashKey(key);
  await db
    .insert(users)
    .values({
      id: "admin",
      name: "Administrator",
      email: "admin@furrow.local",
      role: "admin",
      apiKeyHash,
      locale: "en",
    })
    .onConflictDoUpdate({ target: users.id, set: { apiKeyHash, role: "admin" } });
  await audit(db, { userId: null, action: "ensure", entity: "user", entityId: "admin" });
}
