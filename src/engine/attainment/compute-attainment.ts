import { forecastPipeline } from "../planning/forecast-pipeline";
import type { Opportunity } from "../types";

/**
 * Attainment (目标达成) for the calendar year of `now`, the ONE definition the forecast, the plan and my-week
 * share: won = deals won this year to date; expected = won + stage-weighted open deals closing by year end
 * (forecastPipeline's year); gap = max(0, goal − expected); rate = won / goal. Money rounded to 2 decimals.
 */
export type Attainment = {
  year: { from: string; to: string };
  won: number;
  weightedOpen: number;
  expected: number;
  /** The account's target, or the rep's quota; null when none is set. */
  goal: number | null;
  gap: number | null;
  /** won / goal (0.42 = 42%); null without a goal. */
  rate: number | null;
  /** expected / goal; null without a goal. */
  expectedRate: number | null;
};

export function computeAttainment(opps: Opportunity[], now: string, goal: number | null | undefined): Attainment {
  const f = forecastPipeline(opps, { now, target: goal ?? null });
  return withGoal(
    {
      year: { from: f.year.from, to: f.year.to },
      won: f.year.wonToDate,
      weightedOpen: f.year.weightedOpen,
      expected: f.year.expected,
    },
    goal ?? null,
  );
}

/** Sums several attainments (a rep's accounts, a team's reps) against a new goal (quota or summed targets). */
export function sumAttainment(
  parts: Attainment[],
  goal: number | null,
  year: { from: string; to: string },
): Attainment {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const won = r2(parts.reduce((s, p) => s + p.won, 0));
  const weightedOpen = r2(parts.reduce((s, p) => s + p.weightedOpen, 0));
  return withGoal({ year, won, weightedOpen, expected: r2(won + weightedOpen) }, goal);
}

function withGoal(
  base: Pick<Attainment, "year" | "won" | "weightedOpen" | "expected">,
  goal: number | null,
): Attainment {
  const has = goal !== null && goal > 0;
  const r = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
  return {
    ...base,
    goal,
    gap: goal === null ? null : r(Math.max(0, goal - base.expected), 2),
    rate: has ? r(base.won / goal, 4) : null,
    expectedRate: has ? r(base.expected / goal, 4) : null,
  };
}
