/** Date-only arithmetic on the local calendar day, with UTC Date objects as plain day counters. */
export type Day = Date;

export function dayOf(now: string): Day {
  const [y, m, d] = now.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function ymd(y: number, month: number, d: number): Day {
  return new Date(Date.UTC(y, month - 1, d));
}

export function iso(day: Day): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return new Date(day.getTime() + n * 86_400_000);
}

/** 1 = Monday … 7 = Sunday: weeks start on Monday (ISO, and how 下周三 is meant). */
export function weekday(day: Day): number {
  return ((day.getUTCDay() + 6) % 7) + 1;
}

export function startOfWeek(day: Day, offsetWeeks = 0): Day {
  return addDays(day, 1 - weekday(day) + 7 * offsetWeeks);
}

export type Range = { from: Day; to: Day };

export function weekRange(day: Day, offsetWeeks: number): Range {
  const from = startOfWeek(day, offsetWeeks);
  return { from, to: addDays(from, 6) };
}

export function monthRange(year: number, month: number): Range {
  const from = new Date(Date.UTC(year, month - 1, 1));
  return { from, to: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0)) };
}

export function monthOffsetRange(day: Day, offset: number): Range {
  return monthRange(day.getUTCFullYear(), day.getUTCMonth() + 1 + offset);
}

/** Calendar quarters: Q1 = January-March. */
export function quarterRange(year: number, quarter: number): Range {
  const from = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  return { from, to: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 3, 0)) };
}

export function quarterOffsetRange(day: Day, offset: number): Range {
  const index = day.getUTCFullYear() * 4 + Math.floor(day.getUTCMonth() / 3) + offset;
  return quarterRange(Math.floor(index / 4), (index % 4) + 1);
}

export function yearRange(year: number): Range {
  return { from: ymd(year, 1, 1), to: ymd(year, 12, 31) };
}

export type Season = "spring" | "summer" | "autumn" | "winter";
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/**
 * A season's three months (spring March-May, summer June-August, autumn September-November, winter December-February):
 * of the year said (`yearShift` -1 last year, 0 this year, 1 next), or with none said the latest one already begun
 * (asked of what happened then: "去年冬天交代的", "back in spring").
 */
export function seasonRange(today: Day, season: Season, yearShift?: number): Range {
  const start = SEASON_START[season];
  let year = today.getUTCFullYear() + (yearShift ?? 0);
  if (yearShift === undefined && ymd(year, start, 1) > today) year -= 1;
  const from = ymd(year, start, 1);
  return { from, to: new Date(Date.UTC(year, start + 2, 0)) };
}

/** A weekday counted from today: the next one on or after today ("future") or the last one on or before. */
export function nearestWeekday(today: Day, target: number, direction: "future" | "past"): Day {
  const diff = target - weekday(today);
  if (direction === "future") return addDays(today, (diff + 7) % 7);
  return addDays(today, -((-diff + 7) % 7));
}

/** A month and day without a year: this year's if it fits the direction, else the next (or previous) year's. */
export function nearestMonthDay(today: Day, month: number, d: number, direction: "future" | "past"): Day {
  const year = today.getUTCFullYear();
  const candidate = ymd(year, month, d);
  if (direction === "future") return candidate < today ? ymd(year + 1, month, d) : candidate;
  return candidate > today ? ymd(year - 1, month, d) : candidate;
}

/** "25号" with no month: that day of this month, or of the next (last, looking back) when it is already past. */
export function nearestDayOfMonth(today: Day, d: number, direction: "future" | "past"): Day {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const candidate = ymd(year, month, d);
  if (direction === "future") return candidate < today ? ymd(year, month + 1, d) : candidate;
  return candidate > today ? ymd(year, month - 1, d) : candidate;
}
