import type { Money } from "../types";

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  二: 2,
  两: 2,
  叁: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8 };
const FRACTIONS: Record<string, number> = { 角: 0.1, 分: 0.01 };

/** Rounds to cents so that 817.657533 万 becomes exactly 8176575.33. */
export function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Decodes a Chinese numeral amount, upper-case (壹佰贰拾万元整) or lower-case (一百二十万),
 * with 元/角/分. Returns null when the text holds no numeral.
 */
export function parseChineseAmount(text: string): number | null {
  const m =
    /[零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九拾十佰百仟千万萬亿]+(?:元|圆)?(?:[零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九][角分])*/.exec(
      text,
    );
  if (!m || !/[壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分一二三四五六七八九十百千]/.test(m[0])) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  let seen = false;
  let lastFraction = 0;
  for (const ch of m[0]) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      seen = true;
    } else if (ch in SMALL_UNITS) {
      section += (digit || (seen ? 0 : 1) || 1) * SMALL_UNITS[ch];
      digit = 0;
      seen = true;
    } else if (ch in BIG_UNITS) {
      // 万 after 亿 scales only its own section (壹亿贰仟万 = 1.2e8)
      if (BIG_UNITS[ch] < total) total += (section + digit) * BIG_UNITS[ch];
      else total = (total + section + digit) * BIG_UNITS[ch];
      section = 0;
      digit = 0;
    } else if (ch === "元" || ch === "圆") {
      total += section + digit;
      section = 0;
      digit = 0;
    } else if (ch in FRACTIONS) {
      lastFraction += digit * FRACTIONS[ch];
      digit = 0;
    }
  }
  total += section + digit + lastFraction;
  return seen ? roundCents(total) : null;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/USD|US\$|美元/, "USD"],
  [/EUR|€|欧元/, "EUR"],
  [/GBP|£|英镑/, "GBP"],
  [/DKK/, "DKK"],
  [/NOK/, "NOK"],
  [/SEK/, "SEK"],
  [/CHF/, "CHF"],
  [/HKD|港币|港元/, "HKD"],
  [/JPY|日元/, "JPY"],
  [/CNY|RMB|人民币|¥|￥/, "CNY"],
];

/** The currency named in the text, else the default. A bare "$" is only trusted outside zh notices. */
export function detectCurrency(text: string, fallback: string): string {
  for (const [re, code] of CURRENCY_WORDS) if (re.test(text)) return code;
  if (fallback !== "CNY" && /\$/.test(text)) return "USD";
  return fallback;
}

export type ParseMoneyOptions = {
  /** Unit announced by the label or column header ("元", "万元"). */
  unit?: string | null;
  /** Currency when the text names none: CNY for zh notices. */
  currency?: string;
};

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:\(?\s*)(亿元|亿|万元|万|元|千元)?/;

/**
 * Reads the first amount in a value: "9.955 万元", "￥:99,550.00元", "人民币伍拾叁万元整",
 * "EUR 1,200,000". Digits win over a Chinese numeral written next to them (they say the same).
 * Amounts are returned in units (yuan), rounded to cents.
 */
export function parseMoney(text: string | null | undefined, opts: ParseMoneyOptions = {}): Money | null {
  if (!text) return null;
  // a rate (下浮率10%, 费率1.2%) is not an amount
  if (/\d\s*%/.test(text) && !/元|¥|￥|\$|€|£|\b[A-Z]{3}\b/.test(text)) return null;
  const currency = detectCurrency(text, opts.currency ?? "CNY");
  const m = firstAmount(text);
  if (m) {
    const value = Number(m[1].replace(/,/g, "") + (m[2] ?? ""));
    if (!Number.isFinite(value)) return null;
    const unit = m[3] ?? opts.unit ?? "";
    return { amount: roundCents(value * multiplier(unit)), currency };
  }
  const chinese = parseChineseAmount(text);
  if (chinese === null) return null;
  return { amount: chinese, currency };
}

/** The first number that is not a rate: "下浮率12%,即人民币2,464,000.00元" reads 2,464,000.00. */
function firstAmount(text: string): RegExpExecArray | null {
  const first = NUMBER.exec(text);
  if (!first || !/%/.test(text)) return first;
  const re = new RegExp(NUMBER.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[1].length + (m[2]?.length ?? 0);
    if (!/^\s*%/.test(text.slice(end, end + 3))) return m;
  }
  return null;
}

function multiplier(unit: string): number {
  if (unit.includes("亿")) return 1e8;
  if (unit.includes("万")) return 1e4;
  if (unit.includes("千")) return 1e3;
  return 1;
}
