import { fromDayNumber, toDayNumber } from "../scoring/day-numbers";

/** 0 = Sunday … 6 = Saturday, of a calendar date (1970-01-01 was a Thursday). */
export function weekday(day: string): number {
  return (((toDayNumber(day) + 4) % 7) + 7) % 7;
}

/** The day itself on a weekday, else the Monday after. */
export function onWorkingDay(day: string): string {
  const w = weekday(day);
  return w === 6
    ? fromDayNumber(toDayNumber(day) + 2)
    : w === 0
      ? fromDayNumber(toDayNumber(day) + 1)
      : day.slice(0, 10);
}

/** `n` working days (Monday-Friday) after `day`; n = 0 is the day itself moved off a weekend. */
export function addWorkingDays(day: string, n: number): string {
  let d = toDayNumber(onWorkingDay(day));
  for (let left = n; left > 0; ) {
    d++;
    const w = (((d + 4) % 7) + 7) % 7;
    if (w !== 0 && w !== 6) left--;
  }
  return fromDayNumber(d);
}

/**
 * Dates a new plan's actions for a working week: the earliest action (or several tied for earliest) is due
 * within `firstWithin` working days of `now` (the first step is not left for weeks), and no action falls on a
 * Saturday or Sunday (it moves to the Monday). Order and everything else are kept.
 */
export function scheduleOnWorkingDays<A extends { due: string }>(actions: A[], now: string, firstWithin = 3): A[] {
  if (!actions.length) return actions;
  const latestFirst = addWorkingDays(now.slice(0, 10), firstWithin);
  const earliest = actions.map((a) => a.due).sort()[0];
  return actions.map((a) => {
    const due = a.due === earliest && a.due > latestFirst ? latestFirst : a.due;
    return { ...a, due: onWorkingDay(due) };
  });
}
