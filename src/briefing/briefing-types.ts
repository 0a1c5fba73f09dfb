import type { MyWeekItem } from "../engine/myweek/types";
import type { DealMove, RiskChange, ScoreMove } from "./diff-book";

/** Who a line is about: every line of a manager's copy carries its owner. */
export type Owned = { accountId: string; accountName: string; ownerName: string | null };
export type Capped<T> = { items: T[]; more: number };

export type TenderLine = {
  tenderId: string;
  projectName: string | null;
  kind: string;
  /** Local ISO `YYYY-MM-DDTHH:mm` bid deadline, or null for a predicted purchase. */
  deadline: string | null;
  daysLeft: number | null;
  window: { from: string; to: string } | null;
  value: number | null;
  winProbability: number;
  /** Matched since the last briefing. */
  isNew: boolean;
  /** The accounts it matched (one tender, one line, even when it fits several accounts). */
  accounts: Owned[];
};

export type PipelineFigures = {
  openDeals: number;
  openAmount: number;
  weightedOpen: number;
  won: number;
  expected: number;
  /** Quota (a rep) or summed quotas (a manager); null when none is set. */
  goal: number | null;
  rate: number | null;
  expectedRate: number | null;
  gap: number | null;
  /** What the goal is: the quota(s), or the summed account targets when no quota is set. */
  goalKind: "quota" | "targets" | null;
};

export type RepRollUp = {
  rep: { id: string; name: string };
  pipeline: PipelineFigures;
  priorities: number;
  changes: number;
};

/** Everything one user's weekly briefing says; every figure comes from the engine or the database. */
export type Briefing = {
  user: { id: string; name: string; email: string; role: "rep" | "manager" | "admin"; locale: "zh" | "en" };
  isoWeek: string;
  /** The local day it was built for. */
  today: string;
  /** The instant "what changed" counts from, and whether that is last briefing's snapshot or the stored history. */
  since: { day: string; from: "snapshot" | "history" };
  priorities: Capped<MyWeekItem & { ownerName: string | null }>;
  changes: {
    scoreMoves: Capped<ScoreMove & Owned>;
    newRisks: Capped<RiskChange & Owned>;
    resolvedRisks: Capped<RiskChange & Owned>;
    deals: Capped<DealMove & Owned>;
    left: Capped<{ name: string; title: string | null } & Owned>;
  };
  tenders: Capped<TenderLine>;
  pipeline: PipelineFigures;
  /** A manager's or admin's copy: the same per rep. */
  reps: RepRollUp[] | null;
  /** Base URL for links into Furrow (PUBLIC_URL), or null. */
  publicUrl: string | null;
};
