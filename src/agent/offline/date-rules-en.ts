import {
  addDays,
  monthOffsetRange,
  monthRange,
  nearestMonthDay,
  nearestWeekday,
  quarterOffsetRange,
  quarterRange,
  type Range,
  type Season,
  seasonRange,
  startOfWeek,
  weekRange,
  yearRange,
  ymd,
} from "./calendar";
import type { DateRule } from "./date-rule";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_NAME = "(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?";
/** An English month name or its abbreviation, its first three letters captured (Jan, january, Sept.). */
export const MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const RELATIVE: Record<string, number> = { last: -1, this: 0, next: 1 };

const day = (d: Date): Range => ({ from: d, to: d });
const dayIndex = (name: string) => DAYS.findIndex((d) => d.startsWith(name.toLowerCase().slice(0, 3))) + 1;
/** 1-12 for a month name's first three letters as MONTH_NAME captures them ("Jan" -> 1); 0 for anything else. */
export const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const rx = (source: string) => new RegExp(source, "gi");

/** English date expressions (matched case-insensitively), most specific first. */
export const EN_DATE_RULES: DateRule[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})/g, single: true, resolve: (m) => day(ymd(+m[1], +m[2], +m[3])) },
  {
    re: rx(`\\b(by|before|until)\\s+${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`),
    single: true,
    until: true,
    resolve: (m, t) => day(nearestMonthDay(t, monthIndex(m[2]), +m[3], "future")),
  },
  {
    re: rx(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`),
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, monthIndex(m[1]), +m[2], dir)),
  },
  {
    re: rx(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}`),
    single: true,
    resolve: (m, t, dir) => day(nearestMonthDay(t, monthIndex(m[2]), +m[1], dir)),
  },
  {
    re: rx(`\\b(?:by|before|until)\\s+(next\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\\b`),
    single: true,
    until: true,
    resolve: (m, t) =>
      day(m[1] ? addDays(startOfWeek(t, 1), dayIndex(m[2]) - 1) : nearestWeekday(t, dayIndex(m[2]), "future")),
  },
  { re: /\bday after tomorrow\b/gi, single: true, resolve: (_m, t) => day(addDays(t, 2)) },
  {
    re: /\b(today|tomorrow|tmrw|tmr|tmrrw|2moro|yesterday|tonight|this morning|this afternoon|this evening)\b/gi,
    single: true,
    resolve: (m, t) =>
      day(addDays(t, { tomorrow: 1, tmrw: 1, tmr: 1, tmrrw: 1, "2moro": 1, yesterday: -1 }[m[1].toLowerCase()] ?? 0)),
  },
  {
    // Typed in a hurry: tmrw, tmr, 2moro, tomorow; yday, yest, yesterdy; tonite; last night.
    re: /\b(tmrw|tmr|tmw|2mor+ow|2moro|tom+or+ow|yday|yest|yesterdy|yesteday|yesterady|tonite|tdy|last night)\b/gi,
    single: true,
    resolve: (m, t) => day(addDays(t, /^(y|last)/i.test(m[1]) ? -1 : /^(tonite|tdy)$/i.test(m[1]) ? 0 : 1)),
  },
  {
    re: rx(`\\b(next|this|last)\\s+${DAY_NAME}\\b`),
    single: true,
    resolve: (m, t) => day(addDays(startOfWeek(t, RELATIVE[m[1].toLowerCase()]), dayIndex(m[2]) - 1)),
  },
  {
    re: rx(`\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b`),
    single: true,
    resolve: (m, t, dir) => day(nearestWeekday(t, dayIndex(m[1]), dir)),
  },
  { re: /\b(next|this|last)\s+week\b/gi, resolve: (m, t) => weekRange(t, RELATIVE[m[1].toLowerCase()]) },
  { re: /\b(next|this|last)\s+month\b/gi, resolve: (m, t) => monthOffsetRange(t, RELATIVE[m[1].toLowerCase()]) },
  {
    re: /\b(next|this|last)\s+(?:quarter|qtr|q)\b/gi,
    resolve: (m, t) => quarterOffsetRange(t, RELATIVE[m[1].toLowerCase()]),
  },
  {
    re: /\bQ([1-4])(?:\s*(?:of\s+)?(\d{4}))?\b/gi,
    resolve: (m, t) => quarterRange(m[2] ? +m[2] : t.getUTCFullYear(), +m[1]),
  },
  {
    // "by the end of the month", "before month end": from today to the month's last day.
    re: /\b(?:before|by|until|till)\s+(?:the\s+)?(?:month[- ]end|end of (?:the |this )?month)\b/gi,
    resolve: (_m, t) => ({ from: t, to: monthOffsetRange(t, 0).to }),
  },
  {
    // "close before new year", "by year end", "by the end of the year": from today to the year's last day.
    re: /\b(?:before|by|until|till)\s+(?:the\s+)?(?:new year|year[- ]end|end of (?:the |this )?year)\b|\bthis year[- ]end\b/gi,
    resolve: (_m, t) => ({ from: t, to: ymd(t.getUTCFullYear(), 12, 31) }),
  },
  {
    // "back in spring", "last winter", "earlier this year": a season, or the year's first quarter.
    re: /\b(?:(next|this|last)\s+|(?:back\s+)?in\s+(?:the\s+)?|since\s+(?:the\s+)?)(spring|summer|autumn|fall|winter)\b|\b(?:earlier this year|early this year|(?:at\s+)?the (?:start|beginning) of (?:the|this) year)\b/gi,
    resolve: (m, t) => {
      if (!m[2]) return quarterRange(t.getUTCFullYear(), 1);
      const season = (m[2].toLowerCase() === "fall" ? "autumn" : m[2].toLowerCase()) as Season;
      const which = m[1]?.toLowerCase();
      const latest = seasonRange(t, season);
      // "last summer": the latest one already over; "this winter": this calendar year's.
      if (which === "last" && latest.to >= t)
        return seasonRange(t, season, latest.from.getUTCFullYear() - t.getUTCFullYear() - 1);
      return which && which !== "last" ? seasonRange(t, season, RELATIVE[which]) : latest;
    },
  },
  {
    re: /\b(next|this|last)\s+(?:year|yr)\b/gi,
    resolve: (m, t) => yearRange(t.getUTCFullYear() + RELATIVE[m[1].toLowerCase()]),
  },
  {
    re: rx(`\\bin\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?\\b`),
    resolve: (m, t) => monthRange(m[2] ? +m[2] : t.getUTCFullYear(), monthIndex(m[1])),
  },
];
