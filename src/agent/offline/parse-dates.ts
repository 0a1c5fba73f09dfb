import { dayOf, iso } from "./calendar";
import type { DateRule } from "./date-rule";
import { EN_DATE_RULES } from "./date-rules-en";
import { OFFSET_DATE_RULES } from "./date-rules-offset";
import { ZH_DATE_RULES } from "./date-rules-zh";
import type { DateRange } from "./types";

export type ParsedDates = { date?: string; dateRange?: DateRange; spans: { start: number; end: number }[] };

/**
 * The first date expression in the message, relative to `now`'s calendar day. zh and en rules both run
 * (mixed messages are common). A single day fills `date` and a one-day `dateRange`; "by March 15" runs
 * from today. `direction` "past" reads a bare weekday or month-day as the last one (for logged interactions).
 */
export function parseDates(said: string, now: string, direction: "future" | "past" = "future"): ParsedDates {
  // "二十五号", "十二月三号": days and months in Chinese numerals are read as digits; spans point into `said`.
  const { text, at } = digitsForDayNumerals(said);
  const parsed = parseDigitDates(text, now, direction);
  if (!at) return parsed;
  const back = (s: { start: number; end: number }) => ({ start: at[s.start], end: at[s.end - 1] + 1 });
  const range = parsed.dateRange;
  const i = range?.text ? text.indexOf(range.text) : -1;
  // The date as written ("二十五号"), so it is found, and taken out, in the message.
  const written = range && i >= 0 ? { ...range, text: said.slice(at[i], at[i + range.text!.length - 1] + 1) } : range;
  return { ...parsed, ...(written ? { dateRange: written } : {}), spans: parsed.spans.map(back) };
}

const DAY_NUMERAL = /([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=月|号|日)/g;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The text with Chinese numerals before 月/号/日 written as digits, and where each character came from. */
function digitsForDayNumerals(said: string): { text: string; at?: number[] } {
  if (!/[一二三四五六七八九十](月|号|日)/.test(said)) return { text: said };
  let text = "";
  const at: number[] = [];
  const keep = (from: number, to: number) => {
    text += said.slice(from, to);
    for (let i = from; i < to; i++) at.push(i);
  };
  let last = 0;
  for (const m of said.matchAll(DAY_NUMERAL)) {
    const start = m.index ?? 0;
    keep(last, start);
    const [tens, ones] = m[1].includes("十") ? m[1].split("十") : ["", m[1]];
    const digits = String((m[1].includes("十") ? (DIGIT[tens] ?? 1) * 10 : 0) + (DIGIT[ones] ?? 0));
    text += digits;
    // Each digit points at the numeral's start, the last one at its end.
    for (let i = 0; i < digits.length; i++) at.push(i === digits.length - 1 ? start + m[1].length - 1 : start);
    last = start + m[1].length;
  }
  keep(last, said.length);
  return { text, at };
}

function parseDigitDates(text: string, now: string, direction: "future" | "past"): ParsedDates {
  const today = dayOf(now);
  const taken: { start: number; end: number; rule: DateRule; m: RegExpMatchArray }[] = [];
  for (const rule of [...OFFSET_DATE_RULES, ...ZH_DATE_RULES, ...EN_DATE_RULES]) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ start, end, rule, m });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const spans = taken.map(({ start, end }) => ({ start, end }));
  for (const hit of taken) {
    const range = hit.rule.resolve(hit.m, today, direction);
    if (!range || Number.isNaN(range.from.getTime())) continue;
    const text = hit.m[0].trim();
    if (!hit.rule.single) return { dateRange: { from: iso(range.from), to: iso(range.to), text }, spans };
    const date = iso(range.from);
    const from = hit.rule.until ? iso(today) : date;
    return { date, dateRange: { from, to: date, text }, spans };
  }
  return { spans };
}
