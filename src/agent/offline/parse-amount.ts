import { EN_SMALL_NUMBERS } from "./small-numbers";

export type Amount = { amount: number; currency: string };

const SCALE: Record<string, number> = {
  千: 1e3,
  万: 1e4,
  千万: 1e7,
  亿: 1e8,
  w: 1e4,
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  mil: 1e6,
  mio: 1e6,
};

const SYMBOL: Record<string, string> = { "¥": "CNY", "￥": "CNY", $: "USD", "€": "EUR", "£": "GBP" };
const CODE: Record<string, string> = {
  rmb: "CNY",
  cny: "CNY",
  元: "CNY",
  人民币: "CNY",
  usd: "USD",
  美元: "USD",
  eur: "EUR",
  欧元: "EUR",
  gbp: "GBP",
  英镑: "GBP",
};

// prefix currency, number (with thousands separators), scale word, suffix currency; at least one of them
// besides the number, so dates, counts and "Q3" are never read as money.
const AMOUNT =
  /(¥|￥|\$|€|£|rmb\s*|cny\s*|usd\s*|eur\s*|gbp\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(千万|千|万|亿|million|billion|mil|mio|mm|mn|bn|[kmbw](?![a-z]))?\s*(元|人民币|美元|欧元|英镑|rmb|cny|usd|eur|gbp)?/gi;

/** The first amount of money in the message: 50万, 1.2亿, 300万元, ￥80,000, $2m, 500k (yuan unless a currency is named). */
export function parseAmount(said: string): Amount | undefined {
  const text = digitsForAmountNumerals(digitsForSpokenAmounts(said));
  for (const m of text.matchAll(AMOUNT)) {
    const [, prefix, digits, scale, suffix] = m;
    if (!prefix && !scale && !suffix) continue;
    const value = Number(digits.replace(/,/g, "")) * (scale ? SCALE[scale.toLowerCase()] : 1);
    if (!Number.isFinite(value) || value <= 0) continue;
    const currency = prefix
      ? (SYMBOL[prefix.trim()] ?? CODE[prefix.trim().toLowerCase()])
      : suffix
        ? CODE[suffix.toLowerCase()]
        : "CNY";
    return { amount: Math.round(value * 100) / 100, currency };
  }
  return undefined;
}

const WORD_NUMBER: Record<string, number> = {
  ...EN_SMALL_NUMBERS,
  zero: 0,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORD = Object.keys(WORD_NUMBER).join("|");
/** "two point one five million", "three hundred k", "one point two mil", "twenty five thousand": dictated amounts. */
const SPOKEN = new RegExp(
  `\\b((?:${WORD})(?:[ -](?:${WORD}))?)(?: hundred)?(?: point((?: (?:${WORD}))+))?(?: hundred)? (million|mil|billion|thousand|k)\\b`,
  "gi",
);

/** Amounts said in English words as digits: "two point one five million" -> "2.15 million". */
function digitsForSpokenAmounts(text: string): string {
  if (!/\b(million|mil|billion|thousand|k)\b/i.test(text)) return text;
  return text.replace(SPOKEN, (whole, int: string, frac: string | undefined, scale: string) => {
    const whole_ = int
      .toLowerCase()
      .split(/[ -]/)
      .reduce((sum, w) => sum + WORD_NUMBER[w], 0);
    const hundred = /\bhundred\b/i.test(whole) && !frac ? 100 : 1;
    const digits = frac
      ? frac
          .trim()
          .toLowerCase()
          .split(" ")
          .map((w) => String(WORD_NUMBER[w] % 10))
          .join("")
      : "";
    const unit = scale.toLowerCase() === "thousand" ? "k" : scale;
    return `${whole_ * hundred}${digits ? `.${digits}` : ""} ${unit}`;
  });
}

const NUMERAL_AMOUNT = /([零一二两三四五六七八九十百千]+)(?=千万|万|亿|元|块)/g;
const NUMERAL: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Amounts said in Chinese numerals as digits: 两百八十万 -> 280万, 八十万 -> 80万, 一千二百万 -> 1200万. */
export function digitsForAmountNumerals(text: string): string {
  return text.replace(NUMERAL_AMOUNT, (run) => {
    // 一千万 reads as 1000万 before 万; a lone 千 before 万 (千万) is the scale, left alone.
    if (run === "千") return run;
    let total = 0;
    let digit = 0;
    for (const ch of run) {
      if (ch in NUMERAL) digit = NUMERAL[ch];
      else {
        total += (digit || 1) * PLACE[ch];
        digit = 0;
      }
    }
    return String(total + digit);
  });
}
