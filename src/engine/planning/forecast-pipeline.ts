import type { Opportunity } from "../types";
import { byString, daysBetween, inRange, quarterBounds, round, toDate, yearBounds } from "./date-math";
import { stageWeight } from "./stage-weights";
import type { Forecast, ForecastPeriod } from "./types";

export type ForecastOptions = {
  now: string;
  /** Annual revenue target (the account's `target`), compared with the calendar year's expected revenue. */
  target?: number | null;
  /** The rep's annual quota, compared the same way. */
  quota?: number | null;
  /** Override stage weights; missing stages use the defaults, unknown names UNKNOWN_STAGE_WEIGHT. */
  stageWeights?: Record<string, number>;
};

/** Deals at or above this weight count as committed. */
const COMMIT_WEIGHT = 0.8;

/**
 * Stage-weighted forecast (销售预测) for this and next calendar quarter (UTC): weighted, committed (won plus
 * deals weighted >= 0.8) and best case (won plus every open deal), the calendar year's expected revenue
 * (won to date + weighted open deals closing by year end), gap to target and quota (0 when met), and the
 * average conversion cycle of won deals (createdAt -> closedAt). An open deal whose expected close has passed
 * is counted in this quarter: it is still meant to close now. Money is rounded to 2 decimals; opportunities
 * are processed in id order so the sums do not depend on input order.
 */
export function forecastPipeline(opps: Opportunity[], options: ForecastOptions): Forecast {
  const sorted = [...opps].sort((a, b) => byString(a.id, b.id));
  const today = toDate(options.now);
  const periods = [
    period("this_quarter", quarterBounds(today, 0), sorted, options),
    period("next_quarter", quarterBounds(today, 1), sorted, options),
  ];
  const year = yearBounds(today);
  let wonToDate = 0;
  let weightedOpen = 0;
  for (const o of sorted) {
    const amount = o.amount ?? 0;
    if (o.status === "won" && o.closedAt && inRange(o.closedAt, year.from, today)) wonToDate += amount;
    if (o.status === "open" && o.expectedClose && closeDate(o.expectedClose, today) <= year.to) {
      weightedOpen += amount * stageWeight(o.stage, options.stageWeights);
    }
  }
  const expected = round(wonToDate + weightedOpen);
  const won = sorted.filter((o) => o.status === "won" && o.closedAt);
  const cycle = won.length
    ? round(won.reduce((s, o) => s + daysBetween(o.createdAt, o.closedAt!), 0) / won.length, 1)
    : null;
  const gap = (goal: number | null | undefined) =>
    goal === null || goal === undefined ? null : round(Math.max(0, goal - expected));
  return {
    periods,
    year: { ...year, wonToDate: round(wonToDate), weightedOpen: round(weightedOpen), expected },
    target: options.target ?? null,
    quota: options.quota ?? null,
    gapToTarget: gap(options.target),
    gapToQuota: gap(options.quota),
    conversionCycleDays: cycle,
    wonDeals: won.length,
    undatedOpportunityIds: sorted.filter((o) => o.status === "open" && !o.expectedClose).map((o) => o.id),
  };
}

/** The contract's name for forecastPipeline. */
export const forecast = forecastPipeline;

/** Overdue open deals are pulled into the current quarter. */
function closeDate(expectedClose: string, today: string): string {
  const d = toDate(expectedClose);
  return d < today ? today : d;
}

function period(
  name: ForecastPeriod["period"],
  bounds: { from: string; to: string },
  opps: Opportunity[],
  options: ForecastOptions,
): ForecastPeriod {
  const today = toDate(options.now);
  let weighted = 0;
  let committed = 0;
  let bestCase = 0;
  let won = 0;
  const ids: string[] = [];
  for (const o of opps) {
    const amount = o.amount ?? 0;
    if (o.status === "won" && o.closedAt && inRange(o.closedAt, bounds.from, bounds.to)) {
      won += amount;
      ids.push(o.id);
    } else if (
      o.status === "open" &&
      o.expectedClose &&
      inRange(closeDate(o.expectedClose, today), bounds.from, bounds.to)
    ) {
      const w = stageWeight(o.stage, options.stageWeights);
      weighted += amount * w;
      bestCase += amount;
      if (w >= COMMIT_WEIGHT) committed += amount;
      ids.push(o.id);
    }
  }
  return {
    period: name,
    ...bounds,
    weighted: round(weighted),
    committed: round(committed + won),
    bestCase: round(bestCase + won),
    open: round(bestCase),
    won: round(won),
    opportunityIds: ids,
  };
}
