// Dates and times as English notices write them: "June 14, 2017", "16 July 2007", "14th June 2017",
// "6/14/2017" (US order), "2017-06-14", with times "2:00 p.m.", "11:00 AM", "14:00", "noon".

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const DATE_FORMS: {
  re: RegExp;
  read: (m: RegExpExecArray, dayFirst: boolean) => [number | null, number, number];
}[] = [
  // June 14, 2017 / June 14 2017 / June 14
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`, "gi"),
    read: (m) => [num(m[3]), month(m[1]), Number(m[2])],
  },
  // 14 June 2017 / 14th of June, 2017 / the 9th day of June, 2026 / 17-Mar-2026
  {
    re: new RegExp(`\\b${DAY}(?:\\s+(?:day\\s+)?(?:of\\s+)?|-)${MONTH}(?:(?:,?\\s+|-)(\\d{4}))?\\b`, "gi"),
    read: (m) => [num(m[3]), month(m[2]), Number(m[1])],
  },
  // 2017-06-14 / 2026/02/24
  { re: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 6/14/2017 (US month first), 24.02.2026 and 31-01-2026 (day first); where both could be a month, slashes
  // follow the notice's convention (`dayFirst`) and dots or hyphens are read day first
  {
    re: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g,
    read: (m, dayFirst) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const dayLead = a > 12 || (b <= 12 && (m[2] !== "/" || dayFirst));
      return dayLead ? [y, b, a] : [y, a, b];
    },
  },
];
const TIME =
  /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b(?!\s*(?:a\.?m|p\.?m))|\b(noon|midday|midnight)\b/gi;

const num = (s: string | undefined) => (s ? Number(s) : null);
const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, "0");

export type EnDate = { date: string; index: number; end: number; hasYear: boolean };

/** Every date in the text, in order; a date without a year takes `defaultYear` (and is skipped without one). */
export function findEnDates(text: string, defaultYear?: number, dayFirst = false): EnDate[] {
  const out: EnDate[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const [y, mo, d] = form.read(m as RegExpExecArray, dayFirst);
      const year = y ?? defaultYear;
      if (!year || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      const index = m.index ?? 0;
      if (out.some((o) => index < o.end && index + m[0].length > o.index)) continue;
      out.push({ date: `${year}-${pad(mo)}-${pad(d)}`, index, end: index + m[0].length, hasYear: y !== null });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export type EnTime = { time: string; index: number; end: number };

/** Every clock time in the text ("2:00 p.m." -> 14:00, "noon" -> 12:00). */
export function findEnTimes(text: string): EnTime[] {
  const out: EnTime[] = [];
  for (const m of text.matchAll(TIME)) {
    let hour: number;
    let minute: number;
    if (m[6]) {
      hour = /midnight/i.test(m[6]) ? 0 : 12;
      minute = 0;
    } else if (m[3]) {
      hour = (Number(m[1]) % 12) + (/p/i.test(m[3]) ? 12 : 0);
      minute = Number(m[2] ?? 0);
    } else {
      hour = Number(m[4]);
      minute = Number(m[5]);
    }
    if (hour > 23 || minute > 59) continue;
    out.push({ time: `${pad(hour)}:${pad(minute)}`, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * The date-time of a clause such as "bids will be received until 2:00 p.m. on June 14, 2017" or
 * "no later than 11:00 AM, Alaska Time, 16 July 2007": the first date in it, with the time closest
 * to that date (before or after, within the clause). The time is local, as printed.
 */
export function readEnDateTime(clause: string, defaultYear?: number, dayFirst = false): string | null {
  const date = findEnDates(clause, defaultYear, dayFirst)[0];
  if (!date) return null;
  const times = findEnTimes(clause).filter((t) => t.end <= date.index || t.index >= date.end);
  const near = times.sort((a, b) => gap(a, date) - gap(b, date))[0];
  return `${date.date}T${near && gap(near, date) < 60 ? near.time : "00:00"}`;
}

function gap(t: EnTime, d: EnDate): number {
  return t.end <= d.index ? d.index - t.end : t.index - d.end;
}
