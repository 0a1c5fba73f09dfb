import type { Attainment } from "./compute-attainment";

/** A stored action as plan-vs-actual needs it. */
export type ProgressAction = {
  id: string;
  status: "open" | "done" | "dropped";
  due: string;
  completedAt: string | null;
};

export type PlanProgress = {
  asOf: string;
  actions: {
    total: number;
    done: number;
    /** Done after their due date (a subset of done). */
    doneLate: number;
    open: number;
    /** Open and past due (a subset of open). */
    overdue: number;
    dropped: number;
  };
  /** This year's attainment against the account's target: the same numbers as the forecast. */
  revenue: Attainment;
  objectives: {
    id: string;
    code: string;
    metric: string;
    target: number;
    current: number | null;
    progress: number | null;
  }[];
};

/**
 * Plan against actual (计划 vs 实际): how the version's actions went (done, late, open, overdue, dropped) and, for
 * revenue objectives, this year's won revenue against the objective's target; other metrics have no live figure
 * here (current null). `now` is an ISO date or timestamp.
 */
export function planProgress(
  objectives: { id: string; code: string; metric: string; target: number }[],
  actions: ProgressAction[],
  revenue: Attainment,
  now: string,
): PlanProgress {
  const today = now.slice(0, 10);
  const a = { total: actions.length, done: 0, doneLate: 0, open: 0, overdue: 0, dropped: 0 };
  for (const x of actions) {
    if (x.status === "done") {
      a.done++;
      if (x.completedAt && x.completedAt > x.due) a.doneLate++;
    } else if (x.status === "open") {
      a.open++;
      if (x.due < today) a.overdue++;
    } else a.dropped++;
  }
  return {
    asOf: today,
    actions: a,
    revenue,
    objectives: objectives.map((o) => {
      const current = o.metric === "revenue" ? revenue.won : null;
      return {
        id: o.id,
        code: o.code,
        metric: o.metric,
        target: o.target,
        current,
        progress: current !== null && o.target > 0 ? Math.round((current / o.target) * 10_000) / 10_000 : null,
      };
    }),
  };
}
