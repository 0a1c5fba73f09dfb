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
export function parseDates(text: string, now: string, direction: "future" | "past" = "future"): ParsedDates {
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
