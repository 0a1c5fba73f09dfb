import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import { scoresBefore } from "../db/queries/scores-before";
import type { User } from "../db/queries/users";
import { planActions, users } from "../db/schema";
import { buildMyWeek } from "../engine/myweek/build-my-week";
import type { MyWeekItem, WeekAccount, WeekTender } from "../engine/myweek/types";
import type { AccountScore } from "../engine/scoring/score-account";
import type { Tier } from "../engine/types";
import { settleAll } from "../request-context";
import { visibleAccountRows } from "./book";
import { latestScores } from "./scores";
import { listMatches } from "./tender-matches";

const DAY_MS = 86_400_000;

export type RepRef = { id: string; name: string; email: string };
export type MyWeek = {
  now: string;
  days: number;
  /** The rep whose book was asked for (the `rep` filter), else null. */
  rep: RepRef | null;
  items: MyWeekItem[];
  /** For a manager or admin: the same items per rep (owner), reps by name. */
  byRep?: { rep: RepRef; items: MyWeekItem[] }[];
};

/** The reps a user may ask about: themself (rep), their team (manager), everyone (admin). */
export async function visibleReps(db: Db, user: User): Promise<RepRef[]> {
  const where =
    user.role === "admin"
      ? undefined
      : user.role === "manager" && user.team
        ? eq(users.team, user.team)
        : eq(users.id, user.id);
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id));
}

/** A rep named by id, e-mail or name among those the user may see; null when none (or not theirs). */
export async function findVisibleRep(db: Db, user: User, ref: string): Promise<RepRef | null> {
  const key = ref.trim().toLowerCase();
  return (
    (await visibleReps(db, user)).find((r) => r.id === ref || r.email.toLowerCase() === key || r.name === ref.trim()) ??
    null
  );
}

/**
 * The user's week: their visible book (or one rep's part of it) through the my-week engine. Loads facts, open
 * actions due by the window's end, tender matches, and each account's churn score now and a week or more ago.
 */
export async function myWeekFor(
  db: Db,
  user: User,
  now: Date,
  opts: { days: number; rep?: RepRef | null },
): Promise<MyWeek> {
  const rows = (await visibleAccountRows(db, user)).filter((r) => !opts.rep || r.ownerId === opts.rep.id);
  const ids = rows.map((r) => r.id).sort();
  const nowIso = now.toISOString();
  const end = new Date(now.getTime() + opts.days * DAY_MS).toISOString().slice(0, 10);
  const [facts, scores, before, actions, matches] = await settleAll([
    loadAccountFacts(db, ids),
    latestScores(db, ids),
    scoresBefore(db, ids, new Date(now.getTime() - 7 * DAY_MS)),
    ids.length
      ? db
          .select()
          .from(planActions)
          .where(and(inArray(planActions.accountId, ids), eq(planActions.status, "open"), lte(planActions.due, end)))
          .orderBy(asc(planActions.due), asc(planActions.id))
      : [],
    ids.length ? listMatches(db, user, { limit: 1000 }) : [],
  ]);
  const tiers = new Map(rows.map((r) => [r.id, (r.tier as Tier | null) ?? null]));
  const accounts: WeekAccount[] = [...facts.values()].map((f) => ({
    facts: f,
    tier: tiers.get(f.account.id) ?? null,
    churn: churnPair(scores.get(f.account.id), before.get(f.account.id)),
  }));
  const idSet = new Set(ids);
  const tenders: WeekTender[] = matches
    .filter((m) => idSet.has(m.accountId))
    .map((m) => ({
      accountId: m.accountId,
      noticeId: m.noticeId,
      kind: m.kind,
      projectName: m.projectName,
      deadline: m.deadline,
      window: m.predicted.window,
      value: m.predicted.value,
    }));
  const items = buildMyWeek({
    accounts,
    actions: actions.map((a) => ({
      id: a.id,
      accountId: a.accountId,
      title: a.title,
      due: a.due,
      owner: a.owner,
      ownerId: a.ownerId,
    })),
    tenders,
    now: nowIso,
    days: opts.days,
  });
  const out: MyWeek = { now: nowIso, days: opts.days, rep: opts.rep ?? null, items };
  if (user.role !== "rep") {
    const reps = await visibleReps(db, user);
    out.byRep = reps
      .map((rep) => ({ rep, items: items.filter((i) => i.ownerId === rep.id) }))
      .filter((g) => g.items.length > 0);
  }
  return out;
}

function churnPair(now?: AccountScore, before?: AccountScore): WeekAccount["churn"] {
  if (!now?.churn) return null;
  return { now: now.churn.score, before: before?.churn?.score ?? null };
}
