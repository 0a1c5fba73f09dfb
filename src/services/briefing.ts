import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { riskPeople } from "../db/queries/risk-people";
import type { User } from "../db/queries/users";
import { planActions } from "../db/schema";
import { diffScores } from "../engine/scoring/diff-scores";
import { visibleAccountRows } from "./book";
import { latestScores, scoreAsOf } from "./scores";
import { listMatches } from "./tender-matches";

export type Briefing = {
  user: { id: string; name: string; locale: "zh" | "en" };
  weekOf: string;
  atRisk: {
    id: string;
    name: string;
    churnScore: number;
    churnLevel: string;
    risks: string[];
    /** Each risk with what it is about (figures, the people it concerns), same order as `risks`. */
    riskDetails?: { code: string; facts: Record<string, unknown>; people: string[] }[];
  }[];
  tierChanges: { id: string; name: string; from: string; to: string; totalDelta: number }[];
  tenders: {
    accountName: string;
    projectName: string | null;
    kind: string;
    deadline: string | null;
    value: number | null;
    winProbability: number;
  }[];
  actionsDue: { accountName: string; title: string; due: string; overdue: boolean }[];
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The weekly briefing's content for one user: slipping accounts, tier changes, tender deadlines, actions due. */
export async function buildBriefing(db: Db, user: User, now: Date): Promise<Briefing> {
  const rows = await visibleAccountRows(db, user);
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const ids = rows.map((r) => r.id);
  const scores = await latestScores(db, ids);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  // The five highest churn scores, plus every account raised by a high-severity signal (a churn floor): a low score
  // must not hide 977,200 owed for half a year.
  const ranked = [...scores.values()]
    .filter((s) => s.churn.level !== "low")
    .sort((a, b) => b.churn.score - a.churn.score || a.accountId.localeCompare(b.accountId));
  const shown = ranked.filter((s, i) => i < 5 || s.churn.floor != null);
  const peopleOf = await riskPeople(
    db,
    shown.flatMap((s) => s.risks),
  );
  const atRisk = shown.map((s) => ({
    id: s.accountId,
    name: names.get(s.accountId) ?? "",
    churnScore: s.churn.score,
    churnLevel: s.churn.level,
    risks: s.risks.map((r) => r.code),
    riskDetails: s.risks.map((r) => ({ code: r.code, facts: r.facts ?? {}, people: peopleOf(r) })),
  }));
  const tierChanges: Briefing["tierChanges"] = [];
  for (const s of scores.values()) {
    const before = await scoreAsOf(db, s.accountId, weekAgo);
    if (!before) continue;
    const d = diffScores(before, s);
    if (before.tier !== s.tier)
      tierChanges.push({
        id: s.accountId,
        name: names.get(s.accountId) ?? "",
        from: before.tier,
        to: s.tier,
        totalDelta: d.totalDelta,
      });
  }
  const horizon = day(new Date(now.getTime() + 14 * 86_400_000));
  const tenders = (await listMatches(db, user, { limit: 200, today: day(now) }))
    .filter(
      (m) =>
        (m.kind === "open_tender" &&
          m.deadline !== null &&
          m.deadline.slice(0, 10) >= day(now) &&
          m.deadline.slice(0, 10) <= horizon) ||
        // A predicted window that is over is history, not something coming up.
        ((m.kind === "upcoming" || m.kind === "renewal" || m.kind === "competitor_win") && m.windowStatus !== "past"),
    )
    .sort((a, b) => (a.deadline ?? a.predicted.window.from).localeCompare(b.deadline ?? b.predicted.window.from))
    .slice(0, 8)
    .map((m) => ({
      accountName: m.accountName,
      projectName: m.projectName,
      kind: m.kind,
      deadline: m.deadline,
      value: m.predicted.value,
      winProbability: m.predicted.winProbability,
    }));
  const actions = ids.length
    ? await db
        .select()
        .from(planActions)
        .where(
          and(
            inArray(planActions.accountId, ids),
            eq(planActions.status, "open"),
            lte(planActions.due, day(new Date(now.getTime() + 7 * 86_400_000))),
            gte(planActions.due, day(new Date(now.getTime() - 30 * 86_400_000))),
          ),
        )
        .orderBy(asc(planActions.due), asc(planActions.id))
        .limit(10)
    : [];
  return {
    user: { id: user.id, name: user.name, locale: user.locale },
    weekOf: day(now),
    atRisk,
    tierChanges: tierChanges.sort((a, b) => a.name.localeCompare(b.name)),
    tenders,
    actionsDue: actions.map((a) => ({
      accountName: names.get(a.accountId) ?? "",
      title: a.title,
      due: a.due,
      overdue: a.due < day(now),
    })),
  };
}
