// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). ISO strings are parsed once per
// value into integers so hot loops compare numbers, not Date objects. Only the `YYYY-MM-DD` prefix
// is read: a timestamp such as `2025-08-28T23:10:00Z` counts on its UTC calendar day.

/** Days since 1970-01-01 for an ISO date or timestamp; NaN when the prefix is not `YYYY-MM-DD`. */
export function toDayNumber(iso: string): number {
  if (iso.length < 10) return Number.NaN;
  // Eight digits read one by one, no loop (book scoring parses every contact's and touch's date).
  const y0 = iso.charCodeAt(0) - 48;
  const y1 = iso.charCodeAt(1) - 48;
  const y2 = iso.charCodeAt(2) - 48;
  const y3 = iso.charCodeAt(3) - 48;
  const m0 = iso.charCodeAt(5) - 48;
  const m1 = iso.charCodeAt(6) - 48;
  const d0 = iso.charCodeAt(8) - 48;
  const d1 = iso.charCodeAt(9) - 48;
  if (
    notDigit(y0) ||
    notDigit(y1) ||
    notDigit(y2) ||
    notDigit(y3) ||
    notDigit(m0) ||
    notDigit(m1) ||
    notDigit(d0) ||
    notDigit(d1)
  )
    return Number.NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  // Book scoring parses millions of dates: a table of month starts answers the common years without divisions.
  if (y >= TABLE_FROM && y < TABLE_TO && m >= 1 && m <= 12) return MONTH_START[(y - TABLE_FROM) * 12 + m - 1] + d - 1;
  return daysFromCivil(y, m, d);
}

const TABLE_FROM = 1900;
const TABLE_TO = 2200;
/** Day number of the 1st of each month, 1900-01 to 2199-12 (same arithmetic as daysFromCivil, computed once). */
const MONTH_START = (() => {
  const out = new Int32Array((TABLE_TO - TABLE_FROM) * 12);
  for (let y = TABLE_FROM; y < TABLE_TO; y++)
    for (let m = 1; m <= 12; m++) out[(y - TABLE_FROM) * 12 + m - 1] = daysFromCivil(y, m, 1);
  return out;
})();

/** Day number of 1900-01-01, the first day of MONTH_AND_DAY. */
const TABLE_FIRST_DAY = MONTH_START[0];
/**
 * Each day of the table years (1900-2199, by day number from TABLE_FIRST_DAY) as 32 × months since 1900-01 plus its
 * day of month: civilFromDays' calendar, walked month by month once (440 KB).
 */
const MONTH_AND_DAY = (() => {
  const months = MONTH_START.length;
  const out = new Int32Array(daysFromCivil(TABLE_TO, 1, 1) - TABLE_FIRST_DAY);
  for (let k = 0; k < months; k++) {
    const first = MONTH_START[k] - TABLE_FIRST_DAY;
    const end = k + 1 < months ? MONTH_START[k + 1] - TABLE_FIRST_DAY : out.length;
    for (let d = first; d < end; d++) out[d] = k * 32 + (d - first + 1);
  }
  return out;
})();

/** Like `toDayNumber` but null in, null out. */
export function toDayOrNull(iso: string | null | undefined): number | null {
  if (iso == null) return null;
  const day = toDayNumber(iso);
  return Number.isNaN(day) ? null : day;
}

/** The `YYYY-MM-DD` string of a day number. */
export function fromDayNumber(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached). */
export function monthsBetween(from: number, to: number): number {
  const a = from - TABLE_FIRST_DAY;
  const b = to - TABLE_FIRST_DAY;
  // Book scoring asks twice per account (purchase months, lifecycle tenure): table days need no civil arithmetic.
  if (a >= 0 && a < MONTH_AND_DAY.length && b >= 0 && b < MONTH_AND_DAY.length) {
    const ma = MONTH_AND_DAY[a];
    const mb = MONTH_AND_DAY[b];
    return (mb >> 5) - (ma >> 5) - ((mb & 31) < (ma & 31) ? 1 : 0);
  }
  const x = civilFromDays(from);
  const y = civilFromDays(to);
  return (y.y - x.y) * 12 + (y.m - x.m) - (y.d < x.d ? 1 : 0);
}

/** The same day-of-month `n` calendar months later, clamped to the month's end (Jan 31 + 1 = Feb 28/29). */
export function addMonths(day: number, n: number): number {
  const c = civilFromDays(day);
  const index = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const first = daysFromCivil(y, m, 1);
  const length = daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - first;
  return first + Math.min(c.d, length) - 1;
}

/** Whether a char code minus 48 is not a decimal digit (negative or above 9, as an unsigned comparison). */
const notDigit = (c: number) => c >>> 0 > 9;

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no Date object.
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
