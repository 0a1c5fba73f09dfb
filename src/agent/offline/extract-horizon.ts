import { ZH_SMALL_NUMBERS } from "./small-numbers";

/** Counts of months as written: 6, 六, six; 半年 and "half a year" are six, 一年/"a year" twelve. */
const NUMBER: Record<string, number> = {
  ...ZH_SMALL_NUMBERS,
  十二: 12,
  十八: 18,
  二十四: 24,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  nine: 9,
  twelve: 12,
  eighteen: 18,
};
const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : (NUMBER[s.toLowerCase()] ?? Number.NaN));

const RULES: { re: RegExp; months: (m: RegExpMatchArray) => number }[] = [
  { re: /(\d+|十二|十八|二十四|[一两二三四五六七八九十])\s*个月/, months: (m) => toNumber(m[1]) },
  { re: /半年/, months: () => 6 },
  { re: /(\d+|[一两二三])\s*年(期|的|计划|规划)/, months: (m) => 12 * toNumber(m[1]) },
  { re: /\b(\d+|one|two|three|four|five|six|nine|twelve|eighteen)[- ]months?\b/i, months: (m) => toNumber(m[1]) },
  { re: /\bhalf[- ]a[- ]year\b|\bsix[- ]month\b/i, months: () => 6 },
  { re: /\b(\d+|one|two|three)[- ]years?\b/i, months: (m) => 12 * toNumber(m[1]) },
];

/** How far ahead a plan should look ("未来6个月的计划", "a plan for the next 6 months"), in months (1-36). */
export function extractHorizonMonths(text: string): number | undefined {
  for (const rule of RULES) {
    const m = text.match(rule.re);
    if (!m) continue;
    const months = rule.months(m);
    if (Number.isInteger(months) && months >= 1 && months <= 36) return months;
  }
  return undefined;
}
