import { parseDates } from "./parse-dates";

// Dictated and hurried messages correct themselves mid-way: "明天 不对 后天去找胡经理", "12.3去平遥 哦不对是12.4 加个待办",
// "call her on the 3rd no sorry the 4th". The day said after the correction is the one meant.

/** A correction said in the middle of a message, followed by what replaces what came before. */
const CORRECTION =
  /\s*[,，]?\s*(?:哦|噢|呃|额|啊)?\s*(?:不对|不是|说错了|口误|搞错了|错了)\s*[,，]?\s*(?:应该是|是|改成|改到)?\s*|\s*[,，]?\s*\b(?:no sorry|sorry|no wait|wait no|i mean|i meant|actually|correction)\b[,:]?\s*(?:it'?s\s+|make it\s+|on\s+)?/gi;

const MONTH_DAY = /(?<![\d.,/¥$])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d%万千元.])/g;

/**
 * The message with each corrected day put where the first one was said and the correction taken out: "明天 不对 后天去"
 * → "后天去", "12.3去平遥印务 哦不对是12.4 加个待办" → "12.4去平遥印务 加个待办". Other messages come back unchanged.
 */
export function correctDates(message: string, now: string): string {
  if (!CORRECTION.test(message)) return message;
  CORRECTION.lastIndex = 0;
  // Days the date rules read, and month.day written bare ("11.24带工程师", "哦不对 11.25"): beside a correction it is a day.
  const spans = [
    ...parseDates(message, now).spans,
    ...[...message.matchAll(MONTH_DAY)].map((d) => ({ start: d.index ?? 0, end: (d.index ?? 0) + d[0].length })),
  ].sort((a, b) => a.start - b.start);
  if (spans.length < 2) return message;
  for (const m of message.matchAll(CORRECTION)) {
    const end = (m.index ?? 0) + m[0].length;
    const after = spans.find((s) => s.start === end);
    const before = [...spans].reverse().find((s) => s.end <= (m.index ?? 0));
    if (!after || !before) continue;
    return (
      message.slice(0, before.start) +
      message.slice(after.start, after.end) +
      message.slice(before.end, m.index) +
      message.slice(after.end)
    );
  }
  return message;
}
