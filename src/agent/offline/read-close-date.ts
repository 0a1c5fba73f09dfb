import { dayOf, iso, monthRange } from "./calendar";
import { MONTH_NAME, monthIndex } from "./date-rules-en";
import { parseDates } from "./parse-dates";
import { ZH_SMALL_NUMBERS } from "./small-numbers";

/** A deal's expected close: one day, and the period it was said as when it is that period's last day. */
export type CloseDate = { date: string; period?: string };

/** Month numbers as written in Chinese: the small numerals and 十一, 十二. */
const ZH_NUM: Readonly<Record<string, number>> = { ...ZH_SMALL_NUMBERS, 十一: 11, 十二: 12 };

const lastDay = (year: number, month: number) => iso(monthRange(year, month).to);
const monthNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : (ZH_NUM[s] ?? 0));

/** A month said without a year is the coming one: in November, "1月底" is next January's end. */
function comingYear(today: Date, month: number): number {
  return month >= today.getUTCMonth() + 1 ? today.getUTCFullYear() : today.getUTCFullYear() + 1;
}

/** A day named outright: 12月15日, 2026-12-15, Dec 15, 15th of December, 明天, 周五, Friday. */
const EXPLICIT_DAY =
  /\d\s*[日号]|\d{4}-\d|[a-z]{3}[a-z]*\.?\s+\d|\d+(st|nd|rd|th)?\s+(of\s+)?[a-z]{3}|[今明后昨]天|[今明]日|周[一二三四五六日天]|星期|礼拜|day\b|tomorrow|today|tonight/i;

type Rule = { re: RegExp; read: (m: RegExpMatchArray, today: Date) => string | null };

// A period said for a close date means its last day: a deal "closing in January" is expected by January 31.
const PERIOD_RULES: Rule[] = [
  {
    re: /(明年|今年)?\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:底|末|下旬|份?前)/,
    read: (m, t) => {
      const month = monthNumber(m[2]);
      if (month < 1 || month > 12) return null;
      const year =
        m[1] === "明年" ? t.getUTCFullYear() + 1 : m[1] === "今年" ? t.getUTCFullYear() : comingYear(t, month);
      return lastDay(year, month);
    },
  },
  {
    // "一季度", "Q1" without a year: the coming one (in November, Q1 is next year's).
    re: /(明年|今年)?\s*(?:第?([一二三四1-4])\s*季度?末?|\b[Qq]([1-4])\b)(?!\s*(?:of\s+)?\d{4})/,
    read: (m, t) => {
      const end = monthNumber(m[2] ?? m[3]) * 3;
      const year = m[1] === "明年" ? t.getUTCFullYear() + 1 : m[1] === "今年" ? t.getUTCFullYear() : comingYear(t, end);
      return lastDay(year, end);
    },
  },
  { re: /下个?月\s*(?:底|末)/, read: (_m, t) => lastDay(t.getUTCFullYear(), t.getUTCMonth() + 2) },
  { re: /(?:本月|这个?月|当月)?\s*(?:月底|月末)/, read: (_m, t) => lastDay(t.getUTCFullYear(), t.getUTCMonth() + 1) },
  { re: /(明年)?\s*(?:年底|年末|年前)/, read: (m, t) => `${t.getUTCFullYear() + (m[1] ? 1 : 0)}-12-31` },
  {
    // "推到1月", "1月份签": a bare month, no day after it.
    re: /(?:到|在|于|改为|改成)\s*(\d{1,2})\s*月份?(?![\d日号初中上])|(\d{1,2})\s*月份?(?=\s*(?:能|就|才|再|会|要)?\s*(?:签|落地|成交|关单))/,
    read: (m, t) => {
      const month = Number(m[1] ?? m[2]);
      return month >= 1 && month <= 12 ? lastDay(comingYear(t, month), month) : null;
    },
  },
  {
    re: new RegExp(
      `\\bend of (?:the )?(this month|next month|month|this year|the year|year|${MONTH_NAME})(?:\\s+(\\d{4}))?`,
      "i",
    ),
    read: (m, t) => {
      const what = m[1].toLowerCase();
      if (what === "month" || what === "this month") return lastDay(t.getUTCFullYear(), t.getUTCMonth() + 1);
      if (what === "next month") return lastDay(t.getUTCFullYear(), t.getUTCMonth() + 2);
      if (/year/.test(what)) return `${t.getUTCFullYear()}-12-31`;
      const month = monthIndex(what.slice(0, 3));
      return lastDay(m[3] ? Number(m[3]) : comingYear(t, month), month);
    },
  },
  {
    // "slipped to January", "closing in Feb": a month name with no day after it.
    re: new RegExp(`\\b(?:to|in|into|until|till|by|for)\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?(?!\\s*\\d{1,2}\\b)`, "i"),
    read: (m, t) => {
      const month = monthIndex(m[1]);
      return lastDay(m[2] ? Number(m[2]) : comingYear(t, month), month);
    },
  },
];

/**
 * The expected close date a deal update says: a day as written ("12月15日", "Dec 15"), or a period read as its
 * last day and named ("月底" = the end of this month, "1月底" / "end of January" = the coming January's 31st,
 * "下季度" = the next quarter's last day). Undefined when the message says no date.
 */
export function readCloseDate(text: string, now: string): CloseDate | undefined {
  const today = dayOf(now);
  const parsed = parseDates(text, now, "future");
  // A day written out wins over any period around it ("1月15日" is that day, not January's end).
  if (parsed.date && EXPLICIT_DAY.test(parsed.dateRange?.text ?? "")) return { date: parsed.date };
  for (const rule of PERIOD_RULES) {
    const m = text.match(rule.re);
    const date = m ? rule.read(m, today) : null;
    if (m && date)
      return { date, period: m[0].replace(/^(到|在|于|改为|改成|to|in|into|until|till|by|for)\s*/i, "").trim() };
  }
  if (parsed.dateRange && parsed.dateRange.to >= iso(today))
    return { date: parsed.dateRange.to, period: parsed.dateRange.text };
  return parsed.date ? { date: parsed.date } : undefined;
}
