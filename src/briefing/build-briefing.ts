import type { Db } from "../db/client";
import type { User } from "../db/queries/users";
import type { MyWeekItem } from "../engine/myweek/types";
import { settleAll } from "../request-context";
import { attainmentFor } from "../services/attainment";
import { myWeekFor, visibleReps } from "../services/my-week";
import { listMatches, type MatchView } from "../services/tender-matches";
import type { BookState } from "./book-state";
import { loadBookState } from "./book-state";
import type { Briefing, Capped, Owned, PipelineFigures, RepRollUp, TenderLine } from "./briefing-types";
import { addDays, daysBetween, isoWeek, localDay } from "./calendar";
import { type BookChanges, diffBook } from "./diff-book";

const DAY_MS = 86_400_000;
/** Tender deadlines this close are listed (the DR tender 18 days out must be). */
export const TENDER_HORIZON_DAYS = 30;
/** How many lines each list shows before "N more". */
export const LIST_CAP = { priorities: 7, changes: 6, tenders: 8 };

export type BuildOptions = {
  tz: string;
  /** Last sent briefing's snapshot; without one, the stored history a week back is the baseline. */
  previous?: BookState | null;
  publicUrl?: string | null;
};

/** One user's briefing and the snapshot to store with it when it is sent. Deterministic for `now` and `previous`. */
export async function buildBriefing(
  db: Db,
  user: User & { email: string },
  now: Date,
  opts: BuildOptions,
): Promise<{ briefing: Briefing; snapshot: BookState }> {
  const today = localDay(now, opts.tz);
  const [snapshot, baseline, week, matches, attainment, reps] = await settleAll([
    loadBookState(db, user, now),
    opts.previous ? Promise.resolve(opts.previous) : loadBookState(db, user, now, new Date(now.getTime() - 7 * DAY_MS)),
    myWeekFor(db, user, now, { days: 7 }),
    listMatches(db, user, { limit: 1000, today }),
    attainmentFor(db, user, now),
    user.role === "rep" ? Promise.resolve([]) : visibleReps(db, user),
  ]);
  const ownerNames = new Map(reps.map((r) => [r.id, r.name]));
  const owned = (accountId: string): Owned => {
    const a = snapshot.accounts[accountId];
    return {
      accountId,
      accountName: a?.name ?? "",
      ownerName: user.role === "rep" ? null : ((a?.ownerId && ownerNames.get(a.ownerId)) ?? null),
    };
  };
  const changes = diffBook(baseline, snapshot);
  const priorities = cap(
    week.items.map((i) => ({ ...i, ownerName: owned(i.accountId).ownerName })),
    LIST_CAP.priorities,
  );
  const shownNotices = new Set(priorities.items.map((i) => i.ref.noticeId).filter(Boolean));
  const tenders = tenderLines(matches, changes, today, shownNotices, owned);
  const pipeline = pipelineOf(snapshot, withTargets(attainment.total), () => true);
  const briefing: Briefing = {
    user: { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale },
    isoWeek: isoWeek(today),
    today,
    since: { day: localDay(new Date(baseline.asOf), opts.tz), from: opts.previous ? "snapshot" : "history" },
    priorities,
    changes: {
      scoreMoves: cap(
        changes.scoreMoves.map((m) => ({ ...m, ...owned(m.accountId) })),
        LIST_CAP.changes,
      ),
      newRisks: cap(
        changes.newRisks.map((m) => ({ ...m, ...owned(m.accountId) })),
        LIST_CAP.changes,
      ),
      resolvedRisks: cap(
        changes.resolvedRisks.map((m) => ({ ...m, ...owned(m.accountId) })),
        LIST_CAP.changes,
      ),
      deals: cap(
        changes.deals.map((m) => ({ ...m, ...owned(m.accountId) })),
        LIST_CAP.changes,
      ),
      left: cap(
        changes.left.map((m) => ({ name: m.name, title: m.title, ...owned(m.accountId) })),
        LIST_CAP.changes,
      ),
    },
    tenders,
    pipeline,
    reps:
      user.role === "rep"
        ? null
        : attainment.reps.map(
            (r): RepRollUp => ({
              rep: { id: r.rep.id, name: r.rep.name },
              pipeline: pipelineOf(snapshot, withTargets(r), (ownerId) => ownerId === r.rep.id),
              priorities: week.items.filter((i) => i.ownerId === r.rep.id).length,
              changes: countChanges(changes, snapshot, r.rep.id),
            }),
          ),
    publicUrl: opts.publicUrl ?? null,
  };
  return { briefing, snapshot };
}

function cap<T>(items: T[], n: number): Capped<T> {
  return { items: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/**
 * Tenders worth a line: open tenders whose deadline falls inside the horizon, and anything matched since the baseline
 * that is not already over. One line per tender (its matched accounts listed on it), none already in the priorities.
 */
function tenderLines(
  matches: MatchView[],
  changes: BookChanges,
  today: string,
  shownNotices: Set<string | undefined>,
  owned: (id: string) => Owned,
): Capped<TenderLine> {
  const fresh = new Set(changes.newTenders);
  const horizon = addDays(today, TENDER_HORIZON_DAYS);
  const lines = new Map<string, TenderLine>();
  for (const m of matches) {
    if (shownNotices.has(m.noticeId)) continue;
    const isNew = fresh.has(`${m.tenderId}|${m.accountId}`);
    const deadlineDay = m.deadline?.slice(0, 10) ?? null;
    const dueSoon = m.kind === "open_tender" && deadlineDay !== null && deadlineDay >= today && deadlineDay <= horizon;
    const live = m.kind === "open_tender" ? deadlineDay !== null && deadlineDay >= today : m.windowStatus !== "past";
    if (!dueSoon && !(isNew && live)) continue;
    const line = lines.get(m.tenderId);
    if (line) {
      if (!line.accounts.some((a) => a.accountId === m.accountId)) line.accounts.push(owned(m.accountId));
      line.isNew ||= isNew;
      continue;
    }
    lines.set(m.tenderId, {
      tenderId: m.tenderId,
      projectName: m.projectName,
      kind: m.kind,
      deadline: m.kind === "open_tender" ? m.deadline : null,
      daysLeft: m.kind === "open_tender" && deadlineDay ? daysBetween(today, deadlineDay) : null,
      window: m.kind === "open_tender" ? null : m.predicted.window,
      value: m.predicted.value,
      winProbability: m.predicted.winProbability,
      isNew,
      accounts: [owned(m.accountId)],
    });
  }
  const sorted = [...lines.values()].sort(
    (a, b) =>
      (a.deadline ?? a.window?.from ?? "").localeCompare(b.deadline ?? b.window?.from ?? "") ||
      a.tenderId.localeCompare(b.tenderId),
  );
  return cap(sorted, LIST_CAP.tenders);
}

/** Without a quota, the summed account targets are the goal (and said to be), so attainment still has a measure. */
function withTargets<T extends AttainmentPart & { targets: number | null; gapToTargets: number | null }>(
  a: T,
): AttainmentPart & { goalKind: PipelineFigures["goalKind"] } {
  if (a.goal !== null || a.targets === null || a.targets <= 0)
    return { ...a, goalKind: a.goal === null ? null : "quota" };
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    ...a,
    goal: a.targets,
    gap: a.gapToTargets,
    rate: r4(a.won / a.targets),
    expectedRate: r4(a.expected / a.targets),
    goalKind: "targets",
  };
}

type AttainmentPart = {
  won: number;
  weightedOpen: number;
  expected: number;
  goal: number | null;
  rate: number | null;
  expectedRate: number | null;
  gap: number | null;
};

/** Attainment (the engine's) beside the open pipeline on the snapshot's deals for the owners `mine` accepts. */
function pipelineOf(
  state: BookState,
  a: AttainmentPart & { goalKind: PipelineFigures["goalKind"] },
  mine: (ownerId: string | null) => boolean,
): PipelineFigures {
  const open = Object.values(state.deals).filter(
    (d) => d.status === "open" && mine(state.accounts[d.accountId]?.ownerId ?? null),
  );
  return {
    openDeals: open.length,
    openAmount: Math.round(open.reduce((s, d) => s + (d.amount ?? 0), 0) * 100) / 100,
    weightedOpen: a.weightedOpen,
    won: a.won,
    expected: a.expected,
    goal: a.goal,
    rate: a.rate,
    expectedRate: a.expectedRate,
    gap: a.gap,
    goalKind: a.goalKind,
  };
}

function countChanges(c: BookChanges, state: BookState, repId: string): number {
  const mine = (id: string) => state.accounts[id]?.ownerId === repId;
  return [c.scoreMoves, c.newRisks, c.resolvedRisks, c.deals, c.left].reduce(
    (n, list) => n + list.filter((x: { accountId: string }) => mine(x.accountId)).length,
    0,
  );
}

export type { MyWeekItem };
