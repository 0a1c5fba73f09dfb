import { stageIndex } from "../engine/planning/stage-weights";
import type { Severity } from "../engine/types";
import type { BookState } from "./book-state";

export type ScoreMove = {
  accountId: string;
  tierFrom: string | null;
  tierTo: string | null;
  totalFrom: number;
  totalTo: number;
  delta: number;
  /** The dimension whose points moved most (signed), the reason behind the move. */
  driver: { dimension: string; from: number; to: number } | null;
};
export type RiskChange = {
  accountId: string;
  code: string;
  severity: Severity;
  /** What a new risk is about now (figures, people), when the state carries it. */
  facts?: Record<string, unknown>;
  people?: string[];
};
export type DealMove = {
  accountId: string;
  opportunityId: string;
  name: string;
  amount: number | null;
  kind: "advanced" | "slipped" | "won" | "lost";
  stageFrom: string;
  stageTo: string;
  /** For a slip: the expected close before and now (or the one that passed). */
  closeFrom: string | null;
  closeTo: string | null;
};
export type BookChanges = {
  since: string;
  scoreMoves: ScoreMove[];
  newRisks: RiskChange[];
  resolvedRisks: RiskChange[];
  deals: DealMove[];
  /** `tenderId|accountId` keys matched since the baseline. */
  newTenders: string[];
  left: { contactId: string; accountId: string; name: string; title: string | null }[];
};

/** A total moving less than this is noise, not news (tier changes always count). */
const SCORE_NEWS_POINTS = 3;

/** What changed on the book between two states (last briefing's snapshot and now). Pure. */
export function diffBook(before: BookState, after: BookState): BookChanges {
  const ids = Object.keys(after.accounts).sort();
  const scoreMoves: ScoreMove[] = [];
  const newRisks: RiskChange[] = [];
  const resolvedRisks: RiskChange[] = [];
  for (const id of ids) {
    const a = after.accounts[id];
    const b = before.accounts[id];
    if (!b) continue;
    const delta = a.total !== null && b.total !== null ? Math.round((a.total - b.total) * 100) / 100 : 0;
    if (b.total !== null && a.total !== null && (a.tier !== b.tier || Math.abs(delta) >= SCORE_NEWS_POINTS))
      scoreMoves.push({
        accountId: id,
        tierFrom: b.tier,
        tierTo: a.tier,
        totalFrom: b.total,
        totalTo: a.total,
        delta,
        driver: driverOf(b.dims, a.dims),
      });
    for (const [code, severity] of Object.entries(a.risks))
      if (b.total !== null && !(code in b.risks))
        newRisks.push({ accountId: id, code, severity, ...a.riskDetails?.[code] });
    for (const [code, severity] of Object.entries(b.risks))
      if (a.total !== null && !(code in a.risks)) resolvedRisks.push({ accountId: id, code, severity });
  }
  scoreMoves.sort(
    (x, y) =>
      Number(y.tierFrom !== y.tierTo) - Number(x.tierFrom !== x.tierTo) || Math.abs(y.delta) - Math.abs(x.delta),
  );
  const beforeTenders = new Set(before.tenders);
  return {
    since: before.asOf,
    scoreMoves,
    newRisks,
    resolvedRisks,
    deals: dealMoves(before, after),
    newTenders: after.tenders.filter((t) => !beforeTenders.has(t)),
    left: Object.entries(after.left)
      .filter(([id]) => !(id in before.left))
      .map(([contactId, c]) => ({ contactId, ...c })),
  };
}

function driverOf(from: Record<string, number>, to: Record<string, number>): ScoreMove["driver"] {
  const moved = Object.keys(to)
    .filter((d) => d in from && from[d] !== to[d])
    .sort((x, y) => Math.abs(to[y] - from[y]) - Math.abs(to[x] - from[x]) || (x < y ? -1 : 1));
  return moved.length ? { dimension: moved[0], from: from[moved[0]], to: to[moved[0]] } : null;
}

function dealMoves(before: BookState, after: BookState): DealMove[] {
  const out: DealMove[] = [];
  const day = after.asOf.slice(0, 10);
  const since = before.asOf.slice(0, 10);
  for (const [id, d] of Object.entries(after.deals).sort(([x], [y]) => (x < y ? -1 : 1))) {
    const b = before.deals[id];
    if (b?.status !== "open") continue;
    const base = {
      accountId: d.accountId,
      opportunityId: id,
      name: d.name,
      amount: d.amount,
      stageFrom: b.stage,
      stageTo: d.stage,
    };
    if (d.status !== "open") {
      out.push({ ...base, kind: d.status, closeFrom: b.expectedClose, closeTo: d.expectedClose });
      continue;
    }
    const pushedOut = b.expectedClose !== null && d.expectedClose !== null && d.expectedClose > b.expectedClose;
    // A close date that came and went this week with the deal still open has slipped too.
    const passed = d.expectedClose !== null && d.expectedClose >= since && d.expectedClose < day;
    if (stageIndex(d.stage) > stageIndex(b.stage))
      out.push({ ...base, kind: "advanced", closeFrom: null, closeTo: null });
    else if (pushedOut || passed || stageIndex(d.stage) < stageIndex(b.stage))
      out.push({ ...base, kind: "slipped", closeFrom: b.expectedClose, closeTo: d.expectedClose });
  }
  return out;
}
