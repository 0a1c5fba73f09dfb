import { toDayNumber } from "./day-numbers";

/** One stored score with the date it was computed as of (score history). */
export type ScoreSnapshot<S> = { at: string; score: S };

/**
 * The snapshot to compare against for "since last week": the latest one at least `days` days before
 * `now` (7 by default); null when history is shorter. History need not be sorted; ties keep the
 * later entry in the array, so appending a re-score replaces an earlier one of the same day.
 */
export function findBaseline<S>(history: ScoreSnapshot<S>[], now: string, days = 7): ScoreSnapshot<S> | null {
  const cutoff = toDayNumber(now) - days;
  let best: ScoreSnapshot<S> | null = null;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const snap of history) {
    const day = toDayNumber(snap.at);
    if (day <= cutoff && day >= bestDay) {
      best = snap;
      bestDay = day;
    }
  }
  return best;
}
