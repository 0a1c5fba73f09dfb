import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { users } from "../schema";
import { audit } from "./audit";

export type User = { id: string; name: string; email: string; role: "rep" | "manager" | "admin"; team: string | null; locale: "zh" | "en" };

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export async function findUserByKey(db: Executor, key: string): Promise<User | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, team: users.team, locale: users.locale })
    .from(users)
    .where(eq(users.apiKeyHash, hashKey(key)))
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<User | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, team: users.team, locale: users.locale })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/** `FURROW_API_KEY` makes an admin exist from boot; changing the key rotates it. */
export async function ensureAdmin(db: Executor, key: string): Promise<void> {
  const apiKeyHash = hashKey(key);
  await db
    .insert(users)
    .values({ id: "admin", name: "Administrator", email: "admin@furrow.local", role: "admin", apiKeyHash, locale: "en" })
    .onConflictDoUpdate({ target: users.id, set: { apiKeyHash, role: "admin" } });
  await audit(db, { userId: null, action: "ensure", entity: "user", entityId: "admin" });
}
