import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { riskPeople } from "../db/queries/risk-people";
import { scoresBefore } from "../db/queries/scores-before";
import type { User } from "../db/queries/users";
import { contacts, opportunities, tenderMatches } from "../db/schema";
import type { AccountScore } from "../engine/scoring/score-account";
import type { Severity } from "../engine/types";
import { settleAll } from "../request-context";
import { visibleAccountRows } from "../services/book";
import { latestScores } from "../services/scores";

export type AccountState = {
  name: string;
  ownerId: string | null;
  tier: string | null;
  total: number | null;
  /** Points per scorecard dimension. */
  dims: Record<string, number>;
  risks: Record<string, Severity>;
  /** What each risk is about (figures, names of the people it concerns), for the briefing's risk lines. Absent in
   * snapshots stored before it existed. */
  riskDetails?: Record<string, { facts: Record<string, unknown>; people: string[] }>;
};
export type DealState = {
  accountId: string;
  name: string;
  stage: string;
  status: "open" | "won" | "lost";
  amount: number | null;
  expectedClose: string | null;
};
/**
 * What a user's book looked like at one moment: the snapshot stored with each sent briefing, and what next week's
 * briefing compares against. Keys are record ids, so the comparison needs no lookups.
 */
export type BookState = {
  asOf: string;
  accounts: Record<string, AccountState>;
  deals: Record<string, DealState>;
  /** `tenderId|accountId` of every tender match on the book. */
  tenders: string[];
  /** Contacts marked as having left their company. */
  left: Record<string, { accountId: string; name: string; title: string | null }>;
};

type Baseline = { at: Date; scores: Map<string, AccountScore> };

/** The book as it is now (`baseline` unset), or as the stored history says it was at `baseline.at`. */
export async function loadBookState(db: Db, user: User, now: Date, past?: Date): Promise<BookState> {
  const rows = await visibleAccountRows(db, user);
  const ids = rows.map((r) => r.id).sort();
  const at = past ?? now;
  const base: Baseline = { at, scores: past ? await scoresBefore(db, ids, past) : await latestScores(db, ids) };
  const [deals, matches, people] = ids.length
    ? await settleAll([
        db.select().from(opportunities).where(inArray(opportunities.accountId, ids)).orderBy(opportunities.id),
        db
          .select({ tenderId: tenderMatches.tenderId, accountId: tenderMatches.accountId, at: tenderMatches.createdAt })
          .from(tenderMatches)
          .where(inArray(tenderMatches.accountId, ids)),
        db
          .select()
          .from(contacts)
          .where(and(inArray(contacts.accountId, ids), eq(contacts.leftCompany, true)))
          .orderBy(contacts.id),
      ])
    : [[], [], []];
  const atIso = at.toISOString();
  const atDay = atIso.slice(0, 10);
  const state: BookState = { asOf: atIso, accounts: {}, deals: {}, tenders: [], left: {} };
  const peopleOf = await riskPeople(
    db,
    [...base.scores.values()].flatMap((s) => s.risks),
  );
  for (const r of rows) {
    const s = base.scores.get(r.id);
    state.accounts[r.id] = {
      name: r.name,
      ownerId: r.ownerId,
      tier: s?.tier ?? (past ? null : (r.tier ?? null)),
      total: s?.total ?? null,
      dims: Object.fromEntries((s?.breakdown ?? []).map((d) => [d.dimension, d.points])),
      risks: Object.fromEntries((s?.risks ?? []).map((x) => [x.code, x.severity])),
      riskDetails: Object.fromEntries(
        (s?.risks ?? []).map((x) => [x.code, { facts: x.facts ?? {}, people: peopleOf(x) }]),
      ),
    };
  }
  for (const d of deals) {
    if (d.createdAt > atDay) continue;
    // Now: the deal as it is. In the past: the stage and status it had then, from its stage history (closing is
    // its last step).
    const closedBy = !past || (d.closedAt !== null && d.closedAt <= atDay);
    const stage = past
      ? ([...d.stageHistory].reverse().find((h) => h.at.slice(0, 10) <= atDay)?.stage ?? d.stage)
      : d.stage;
    state.deals[d.id] = {
      accountId: d.accountId,
      name: d.name,
      stage: closedBy ? d.stage : stage,
      status: closedBy ? d.status : "open",
      amount: d.amount,
      expectedClose: d.expectedClose,
    };
  }
  state.tenders = [...new Set(matches.filter((m) => m.at <= atIso).map((m) => `${m.tenderId}|${m.accountId}`))].sort();
  for (const c of people)
    if (!past || c.updatedAt <= atIso) state.left[c.id] = { accountId: c.accountId, name: c.name, title: c.title };
  return state;
}
