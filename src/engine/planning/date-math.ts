// Calendar arithmetic on ISO strings, in UTC so that results never depend on the machine's zone.
const DAY_MS = 86_400_000;

export function toMs(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
}

/** Whole or fractional days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (toMs(to) - toMs(from)) / DAY_MS;
}

/** `YYYY-MM-DD` of `iso` plus `days`. */
export function addDays(iso: string, days: number): string {
  return new Date(toMs(iso) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of `iso` plus `months`, clamped to the last day of the target month. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(toMs(iso));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

export function toDate(iso: string): string {
  return new Date(toMs(iso)).toISOString().slice(0, 10);
}

/** First and last day of the calendar quarter containing `iso`, shifted by `offset` quarters. */
export function quarterBounds(iso: string, offset = 0): { from: string; to: string } {
  const d = new Date(toMs(iso));
  const q = Math.floor(d.getUTCMonth() / 3) + offset;
  const from = new Date(Date.UTC(d.getUTCFullYear(), q * 3, 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), q * 3 + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export function yearBounds(iso: string): { from: string; to: string } {
  const y = new Date(toMs(iso)).getUTCFullYear();
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Whether the date part of `iso` lies in [from, to] (inclusive, YYYY-MM-DD bounds). */
export function inRange(iso: string, from: string, to: string): boolean {
  const d = toDate(iso);
  return d >= from && d <= to;
}

/** Rounds to `places` decimals, away from floating noise, so outputs are byte-stable. */
export function round(value: number, places = 2): number {
  const f = 10 ** places;
  return Math.round((value + Number.EPSILON) * f) / f;
}

export function clamp(value: number, lo = 0, hi = 100): number {
  return Math.min(hi, Math.max(lo, value));
}

/** Compares strings by code unit, not locale, so sort orders are identical on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
