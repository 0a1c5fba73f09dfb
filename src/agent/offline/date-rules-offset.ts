import { addDays, type Day, monthOffsetRange, monthRange, quarterOffsetRange, type Range, yearRange } from "./calendar";
import type { DateRule } from "./date-rule";
import { MONTH_NAME, monthIndex } from "./date-rules-en";
import { EN_SMALL_NUMBERS, ZH_SMALL_NUMBERS } from "./small-numbers";

/** Small counts as people write them: 2, 两, 二, two, a. */
const COUNT: Record<string, number> = { ...ZH_SMALL_NUMBERS, ...EN_SMALL_NUMBERS, 半: 0.5, a: 1, an: 1 };
const count = (s: string) => (/^\d+$/.test(s) ? Number(s) : (COUNT[s.toLowerCase()] ?? Number.NaN));

function shift(today: Day, n: number, unit: "day" | "week" | "month"): Range {
  if (unit === "month" && Number.isInteger(n)) {
    const d = new Date(today);
    d.setUTCMonth(d.getUTCMonth() + n);
    return { from: d, to: d };
  }
  const days = Math.round(n * (unit === "day" ? 1 : unit === "week" ? 7 : 30));
  const d = addDays(today, days);
  return { from: d, to: d };
}

const ZH_UNIT = (u: string) => (u === "天" ? "day" : u.includes("月") ? "month" : "week");
const EN_UNIT = (u: string) => (u.startsWith("day") ? "day" : u.startsWith("month") ? "month" : "week");

const lastDay = (r: Range): Range => ({ from: r.to, to: r.to });

/**
 * Days counted from today ("两周后", "in two weeks", "a week ago") and the ends of periods ("月底前", "by the end
 * of the month", "year-end"): one day each; the ends are deadlines, so the period runs from today.
 */
export const OFFSET_DATE_RULES: DateRule[] = [
  {
    re: /(\d+|[一两二三四五六七八九十半])\s*(天|周|个?星期|个?礼拜|个月)\s*(后|之后|以后|前|之前|以前)/g,
    single: true,
    resolve: (m, t) => shift(t, count(m[1]) * (m[3].endsWith("前") ? -1 : 1), ZH_UNIT(m[2])),
  },
  {
    re: /\bin\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?)\b/gi,
    single: true,
    resolve: (m, t) => shift(t, count(m[1]), EN_UNIT(m[2].toLowerCase())),
  },
  {
    re: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?)\s+(ago|from now|later)\b/gi,
    single: true,
    resolve: (m, t) => shift(t, count(m[1]) * (m[3].toLowerCase() === "ago" ? -1 : 1), EN_UNIT(m[2].toLowerCase())),
  },
  {
    // "12月底前", "1月底": the end of a month named by number, the coming one (in November, 1月 is next January).
    re: /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(底|末)/g,
    single: true,
    until: true,
    resolve: (m, t) => {
      const month = /^\d+$/.test(m[1]) ? Number(m[1]) : m[1] === "十一" ? 11 : m[1] === "十二" ? 12 : count(m[1]);
      if (!(month >= 1 && month <= 12)) return null;
      const year = t.getUTCFullYear() + (month < t.getUTCMonth() + 1 ? 1 : 0);
      return lastDay(monthRange(year, month));
    },
  },
  {
    re: /(本月|这个月|当月|下个?月|月)(底|末)/g,
    single: true,
    until: true,
    resolve: (m, t) => lastDay(monthOffsetRange(t, m[1].startsWith("下") ? 1 : 0)),
  },
  { re: /(今年|年)(底|末)/g, single: true, until: true, resolve: (_m, t) => lastDay(yearRange(t.getUTCFullYear())) },
  {
    re: /(本季度?|这个?季度|季度)(底|末)/g,
    single: true,
    until: true,
    resolve: (_m, t) => lastDay(quarterOffsetRange(t, 0)),
  },
  {
    // "before end of december", "by the end of Jan": the end of a month named, the coming one.
    re: new RegExp(`\\b(?:the\\s+)?end of ${MONTH_NAME}(?:\\s+(\\d{4}))?`, "gi"),
    single: true,
    until: true,
    resolve: (m, t) => {
      const month = monthIndex(m[1].toLowerCase());
      const year = m[2] ? Number(m[2]) : t.getUTCFullYear() + (month < t.getUTCMonth() + 1 ? 1 : 0);
      return lastDay(monthRange(year, month));
    },
  },
  {
    re: /\b(?:the\s+)?end of (?:the\s+|this\s+)?(next\s+)?(month|quarter|year)\b|\b(month|quarter|year)[- ]end\b/gi,
    single: true,
    until: true,
    resolve: (m, t) => {
      const unit = (m[2] ?? m[3]).toLowerCase();
      const next = m[1] ? 1 : 0;
      if (unit === "month") return lastDay(monthOffsetRange(t, next));
      if (unit === "quarter") return lastDay(quarterOffsetRange(t, next));
      return lastDay(yearRange(t.getUTCFullYear() + next));
    },
  },
];
