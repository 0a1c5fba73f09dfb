import { inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import type { User } from "../db/queries/users";
import { users } from "../db/schema";
import { type Attainment, computeAttainment, sumAttainment } from "../engine/attainment/compute-attainment";
import { visibleAccountRows } from "./book";
import type { RepRef } from "./my-week";

export type AttainmentReport = {
  year: { from: string; to: string };
  accounts: (Attainment & { accountId: string; accountName: string; ownerId: string | null })[];
  /** Per rep: against their quota, and the sum of their accounts' targets beside it. */
  reps: (Attainment & { rep: RepRef; targets: number | null; gapToTargets: number | null })[];
  /** The whole visible book: against the sum of the reps' quotas. */
  total: Attainment & { targets: number | null; gapToTargets: number | null };
};

/**
 * This year's attainment per account (against its target), per rep (against the quota) and for the user's whole
 * visible book (or one rep's), all from computeAttainment so every gap agrees with the forecast's.
 */
export async function attainmentFor(
  db: Db,
  user: User,
  now: Date,
  opts: { rep?: RepRef | null } = {},
): Promise<AttainmentReport> {
  const rows = (await visibleAccountRows(db, user)).filter((r) => !opts.rep || r.ownerId === opts.rep.id);
  const facts = await loadAccountFacts(
    db,
    rows.map((r) => r.id),
  );
  const iso = now.toISOString();
  const accounts = rows
    .map((r) => {
      const f = facts.get(r.id);
      return {
        accountId: r.id,
        accountName: r.name,
        ownerId: r.ownerId,
        ...computeAttainment(f?.opportunities ?? [], iso, r.target),
      };
    })
    .sort((a, b) => b.expected - a.expected || a.accountId.localeCompare(b.accountId));
  const year = computeAttainment([], iso, null).year;
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((x): x is string => Boolean(x)))];
  const owners = ownerIds.length
    ? await db
        .select({ id: users.id, name: users.name, email: users.email, quota: users.quota })
        .from(users)
        .where(inArray(users.id, ownerIds))
    : [];
  const reps = owners
    .map((o) => {
      const mine = accounts.filter((a) => a.ownerId === o.id);
      return {
        rep: { id: o.id, name: o.name, email: o.email },
        ...sumAttainment(mine, o.quota, year),
        ...targetsOf(mine),
      };
    })
    .sort((a, b) => a.rep.name.localeCompare(b.rep.name) || a.rep.id.localeCompare(b.rep.id));
  const quotas = owners.filter((o) => o.quota !== null);
  const quota = quotas.length ? quotas.reduce((s, o) => s + (o.quota ?? 0), 0) : null;
  return { year, accounts, reps, total: { ...sumAttainment(accounts, quota, year), ...targetsOf(accounts) } };
}

/** The summed account targets of those that have one, and the gap of the expected revenue to them. */
function targetsOf(parts: (Attainment & { goal: number | null })[]) {
  const withTarget = parts.filter((p) => p.goal !== null);
  if (!withTarget.length) return { targets: null, gapToTargets: null };
  const targets = withTarget.reduce((s, p) => s + (p.goal ?? 0), 0);
  const expected = withTarget.reduce((s, p) => s + p.expected, 0);
  return { targets, gapToTargets: Math.round(Math.max(0, targets - expected) * 100) / 100 };
}
