import { addDays, type Day, type Range } from "./calendar";
import type { DateRule } from "./date-rule";

/** Small counts as people write them: 2, 两, 二, two, a. */
const COUNT: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  半: 0.5,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
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

/** "两周后", "3天以后", "一个月前"; "in two weeks", "in 3 days", "a week ago": one day counted from today. */
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
];
