const DAY_MS = 86_400_000;

/** Date arithmetic relative to the seed's `now`, all in UTC so the output does not depend on TZ. */
export type Clock = {
  nowMs: number;
  /** `YYYY-MM-DD`, `days` before now (negative: after now). */
  date: (daysAgo: number) => string;
  /** `YYYY-MM-DDTHH:mm:ss.000Z` at `hourUtc` on the day `daysAgo` before now, never after now. */
  at: (daysAgo: number, hourUtc?: number, minute?: number) => string;
  /** Whole days between a `YYYY-MM-DD` (or timestamp) and now; positive in the past. */
  daysSince: (iso: string) => number;
};

export function createClock(now: string): Clock {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new Error(`buildDemoData: invalid now "${now}"`);
  const midnight = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const date = (daysAgo: number) => new Date(midnight - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const at = (daysAgo: number, hourUtc = 2, minute = 0) => {
    const raw = midnight - daysAgo * DAY_MS + (hourUtc * 60 + minute) * 60_000;
    const ms = daysAgo >= 0 ? Math.min(raw, nowMs) : raw;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, ".000Z");
  };
  const daysSince = (iso: string) => Math.round((midnight - Date.parse(iso.slice(0, 10))) / DAY_MS);
  return { nowMs, date, at, daysSince };
}

/** Adds days to a `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `2026年12月08日` for notices; the date part of an ISO string read as written (Beijing calendar day). */
export function zhDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${y}年${m}月${d}日`;
}
