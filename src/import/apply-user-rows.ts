import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { users } from "../db/schema";
import { auditedFields, selectUserRecords, type UserRecord } from "../services/users/user-record";
import type { ParsedUserRow } from "./read-user-rows";
import type { RowError } from "./resolve-headers";

type Planned = { row: ParsedUserRow; before: UserRecord | undefined; after: Omit<UserRecord, "id" | "createdAt"> };

/**
 * Upserts users by e-mail inside the caller's transaction. A manager may be named by an e-mail in the same file
 * (any order) or of an existing user; what a row leaves empty stays as it was. Returns row errors without writing
 * anything when there are any.
 */
export async function applyUserRows(
  tx: Executor,
  rows: ParsedUserRow[],
  actor: User,
): Promise<{ errors: RowError[]; created: { id: string; email: string }[]; updated: number }> {
  const emails = rows.flatMap((r) => [r.data.email, r.data.manager_email ?? ""]).filter(Boolean);
  const existing = new Map(
    (await selectUserRecords(tx, sql`lower(${users.email}) in ${[...new Set(emails), ""]}`)).map((u) => [
      u.email.toLowerCase(),
      u,
    ]),
  );
  const inFile = new Map(rows.map((r) => [r.data.email, r]));
  const roleOf = (email: string) => inFile.get(email)?.data.role ?? existing.get(email)?.role;
  const teamOf = (email: string) => {
    const r = inFile.get(email);
    return r && "team" in r.data && r.data.team !== undefined ? r.data.team : (existing.get(email)?.team ?? null);
  };
  const errors: RowError[] = [];
  const planned: Planned[] = [];
  for (const r of rows) {
    const d = r.data;
    const before = existing.get(d.email);
    const fail = (column: string, message: string) => errors.push({ row: r.row, column, message });
    if (!before && !d.name) fail("name", "is required for a new user");
    const managerEmail = d.manager_email ?? before?.managerEmail ?? null;
    if (d.manager_email) {
      const mRole = roleOf(d.manager_email);
      if (d.manager_email === d.email) fail("manager_email", "a user cannot be their own manager");
      else if (!mRole)
        fail("manager_email", `no Furrow user has the e-mail ${d.manager_email}, and it is not in this file`);
      else if (mRole === "rep")
        fail("manager_email", `${d.manager_email} is a rep; a manager must be a manager or an admin`);
    }
    const role = d.role ?? before?.role ?? "rep";
    // A new person joins their manager's team unless the row names one.
    const team = d.team ?? before?.team ?? (!before && d.manager_email ? teamOf(d.manager_email) : null);
    if (role === "manager" && !team) fail("team", "is required for a manager (a manager sees their team)");
    if (before?.id === actor.id && role !== "admin") fail("role", "you cannot demote yourself; another admin can");
    const after = {
      email: d.email,
      name: d.name ?? before?.name ?? "",
      role,
      team,
      managerEmail,
      locale: d.locale ?? before?.locale ?? "zh",
      active: before?.active ?? true,
    };
    planned.push({ row: r, before, after });
  }
  if (errors.length) return { errors, created: [], updated: 0 };
  return { errors, ...(await write(tx, planned, existing, actor)) };
}

async function write(tx: Executor, planned: Planned[], existing: Map<string, UserRecord>, actor: User) {
  const ids = new Map([...existing].map(([email, u]) => [email, u.id]));
  const created: { id: string; email: string }[] = [];
  let updated = 0;
  for (const p of planned.filter((x) => !x.before)) {
    const id = `usr_${randomUUID()}`;
    ids.set(p.after.email, id);
    created.push({ id, email: p.after.email });
  }
  if (created.length)
    await tx
      .insert(users)
      .values(
        planned
          .filter((p) => !p.before)
          .map((p) => ({ id: ids.get(p.after.email) as string, ...p.after, managerEmail: undefined })),
      );
  for (const p of planned) {
    const id = ids.get(p.after.email) as string;
    const managerId = p.after.managerEmail ? (ids.get(p.after.managerEmail) ?? null) : null;
    const old = p.before ? auditedFields(p.before) : null;
    const changed = Object.entries(p.after).filter(
      ([k, v]) => !old || (k !== "email" && old[k as keyof typeof old] !== v),
    );
    if (p.before) updated++;
    if (!changed.length) continue;
    const { email: _e, managerEmail: _m, ...fields } = p.after;
    await tx
      .update(users)
      .set({ ...fields, managerId })
      .where(eq(users.id, id));
    const keys = new Set(changed.map(([k]) => k));
    const pick = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => keys.has(k) || k === "email"));
    await audit(tx, {
      userId: actor.id,
      action: p.before ? "update" : "create",
      entity: "user",
      entityId: id,
      details: { old: old && pick(old), new: pick({ id, ...p.after }), via: "import" },
    });
  }
  return { created, updated };
}
