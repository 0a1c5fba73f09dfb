import { asc, eq, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import type { User } from "../../db/queries/users";
import { apiKeys, users } from "../../db/schema";
import { AppError } from "../../errors";

/** A user as the users API shows them: never a key or a key hash. */
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: User["role"];
  team: string | null;
  managerEmail: string | null;
  locale: User["locale"];
  active: boolean;
  createdAt: string;
};

export type KeyInfo = { id: string; label: string; createdAt: string; lastUsedAt: string | null };

const manager = alias(users, "manager");

const RECORD_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  team: users.team,
  managerEmail: manager.email,
  locale: users.locale,
  active: users.active,
  createdAt: users.createdAt,
};

/**
 * Which users an actor may see: an admin everyone, a manager their team (active or not, so a departed rep's
 * book stays in sight) and themselves, a rep only themselves.
 */
export function visibleUsers(actor: User): SQL {
  if (actor.role === "admin") return sql`true`;
  if (actor.role === "manager" && actor.team) return or(eq(users.team, actor.team), eq(users.id, actor.id)) as SQL;
  return eq(users.id, actor.id);
}

export async function selectUserRecords(db: Executor, where: SQL): Promise<UserRecord[]> {
  return db
    .select(RECORD_COLUMNS)
    .from(users)
    .leftJoin(manager, eq(manager.id, users.managerId))
    .where(where)
    .orderBy(asc(users.team), asc(users.email));
}

/** The user with this id if the actor may see them; "not yours" and "missing" are the same 404. */
export async function requireVisibleUser(db: Executor, actor: User, id: string): Promise<UserRecord> {
  const [row] = await selectUserRecords(db, sql`${eq(users.id, id)} and ${visibleUsers(actor)}`);
  if (!row) throw new AppError("not_found", "No such user.");
  return row;
}

export async function listKeys(db: Executor, userId: string): Promise<KeyInfo[]> {
  return db
    .select({ id: apiKeys.id, label: apiKeys.label, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

/** Users by e-mail, case-insensitively (e-mails are stored lower-case; older rows may not be). */
export async function usersByEmail(
  db: Executor,
  emails: string[],
): Promise<Map<string, { id: string; role: User["role"]; team: string | null; active: boolean }>> {
  const list = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email, role: users.role, team: users.team, active: users.active })
    .from(users)
    .where(sql`lower(${users.email}) in ${list}`);
  return new Map(rows.map(({ email, ...r }) => [email.toLowerCase(), r]));
}

/** The fields an audit row keeps of a user (old and new): the record without timestamps. */
export function auditedFields(r: UserRecord) {
  const { createdAt: _c, ...rest } = r;
  return rest;
}
