import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { audit } from "../../db/queries/audit";
import { USER_COLUMNS, type User } from "../../db/queries/users";
import { userIdentities, users } from "../../db/schema";
import { AppError } from "../../errors";
import { isUniqueViolation } from "./field-error";
import { requireVisibleUser, usersByEmail } from "./user-record";

export type Provider = "slack" | "teams";
export type IdentityInfo = { id: string; identity: string; provider: Provider; createdAt: string };

const FORMS: [Provider, RegExp][] = [
  // Slack: workspace (T…, or E… for an Enterprise Grid org) and user (U…, or W… on Grid).
  ["slack", /^slack:[TE][A-Z0-9]{2,30}:[UW][A-Z0-9]{2,30}$/],
  // Teams: the person's Azure AD (Entra) object id, a GUID.
  ["teams", /^teams:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
];

/** The provider of a well-formed identity (`slack:T…:U…`, `teams:<aad id>`), or null. */
export function parseIdentity(raw: string): { identity: string; provider: Provider } | null {
  const s = raw.trim();
  // GUIDs compare case-insensitively; Slack ids are upper-case by definition.
  const identity = s.startsWith("teams:") ? s.toLowerCase() : s;
  const hit = FORMS.find(([, re]) => re.test(identity));
  return hit ? { identity, provider: hit[0] } : null;
}

/** The active Furrow user a channel identity is linked to. */
export async function findUserByIdentity(db: Executor, raw: string): Promise<User | null> {
  const parsed = parseIdentity(raw);
  if (!parsed) return null;
  const [row] = await db
    .select(USER_COLUMNS)
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.identity, parsed.identity), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export type LinkResult =
  | { status: "linked" | "already_linked"; user: User }
  | { status: "invalid_identity" | "no_user" | "linked_elsewhere" };

/**
 * Called by a channel that learned a person's e-mail from the platform (Slack's or Entra's verified e-mail):
 * links the identity to the active Furrow user with that e-mail. An identity already linked to someone else
 * stays as it is (an admin removes the old link first), so a changed e-mail cannot move someone's access.
 */
export async function linkIdentity(db: Db, raw: string, email: string, retried = false): Promise<LinkResult> {
  const parsed = parseIdentity(raw);
  if (!parsed) return { status: "invalid_identity" };
  try {
    return await linkOnce(db, parsed, email);
  } catch (err) {
    // Two messages from one new person at once: the second link loses the race and reads the first one's.
    if (!retried && isUniqueViolation(err)) return linkIdentity(db, raw, email, true);
    throw err;
  }
}

async function linkOnce(db: Db, parsed: { identity: string; provider: Provider }, email: string): Promise<LinkResult> {
  return db.transaction(async (tx) => {
    const found = (await usersByEmail(tx, [email])).get(email.trim().toLowerCase());
    if (!found?.active) return { status: "no_user" } as const;
    const [user] = await tx.select(USER_COLUMNS).from(users).where(eq(users.id, found.id));
    const [existing] = await tx.select().from(userIdentities).where(eq(userIdentities.identity, parsed.identity));
    if (existing)
      return existing.userId === user.id ? { status: "already_linked", user } : { status: "linked_elsewhere" };
    const id = `idn_${randomUUID()}`;
    await tx.insert(userIdentities).values({ id, userId: user.id, ...parsed });
    await audit(tx, {
      userId: null,
      action: "link",
      entity: "identity",
      entityId: id,
      details: { old: null, new: { userId: user.id, ...parsed, via: "email" } },
    });
    return { status: "linked", user } as const;
  });
}

function requireAdmin(actor: User) {
  if (actor.role !== "admin") throw new AppError("forbidden", "Only an admin can see or remove linked identities.");
}

export async function listIdentities(db: Executor, actor: User, userId: string): Promise<IdentityInfo[]> {
  requireAdmin(actor);
  await requireVisibleUser(db, actor, userId);
  return db
    .select({
      id: userIdentities.id,
      identity: userIdentities.identity,
      provider: userIdentities.provider,
      createdAt: userIdentities.createdAt,
    })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId))
    .orderBy(asc(userIdentities.createdAt), asc(userIdentities.id));
}

/** Unlinks an identity: that Slack or Teams person is a stranger to Furrow again until a channel links them anew. */
export async function removeIdentity(db: Db, actor: User, userId: string, identityId: string): Promise<void> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(userIdentities)
      .where(and(eq(userIdentities.id, identityId), eq(userIdentities.userId, userId)))
      .returning();
    if (!gone) throw new AppError("not_found", "No such identity.");
    await audit(tx, {
      userId: actor.id,
      action: "unlink",
      entity: "identity",
      entityId: identityId,
      details: { old: { userId, identity: gone.identity, provider: gone.provider }, new: null },
    });
  });
}
