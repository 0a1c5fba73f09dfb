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
  /(¥|￥|\$|€|£|rmb\s*|cny\s*|usd\s*|eur\s*|gbp\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(千万|千|万|亿|million|billion|mm|mn|bn|[kmbw](?![a-z]))?\s*(元|人民币|美元|欧元|英镑|rmb|cny|usd|eur|gbp)?/gi;

/** The first amount of money in the message: 50万, 1.2亿, 300万元, ￥80,000, $2m, 500k (yuan unless a currency is named). */
export function parseAmount(text: string): Amount | undefined {
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
