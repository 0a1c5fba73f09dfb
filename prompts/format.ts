import type { Lang } from "./labels";

/** Money as people read it: 1,234.6万元 / 3.2亿元 in zh, CNY 12.35M in en. Only rounding, never new numbers. */
export function money(amount: number | null | undefined, lang: Lang): string {
  if (amount == null) return lang === "zh" ? "—" : "—";
  const abs = Math.abs(amount);
  if (lang === "zh") {
    if (abs >= 1e8) return `${trim(amount / 1e8, 2)}亿元`;
    if (abs >= 1e4) return `${trim(amount / 1e4, 1)}万元`;
    return `${Math.round(amount).toLocaleString("en")}元`;
  }
  if (abs >= 1e6) return `CNY ${trim(amount / 1e6, 2)}M`;
  if (abs >= 1e4) return `CNY ${trim(amount / 1e3, 0)}k`;
  return `CNY ${Math.round(amount).toLocaleString("en")}`;
}

export function pct(fraction: number | null | undefined, digits = 1): string {
  return fraction == null ? "—" : `${trim(fraction * 100, digits)}%`;
}

export function num(n: number | null | undefined, digits = 1): string {
  return n == null ? "—" : trim(n, digits);
}

function trim(n: number, digits: number): string {
  const fixed = n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return fixed;
}

export const sep = (lang: Lang) => (lang === "zh" ? "；" : "; ");
export const list = (items: string[], lang: Lang) => items.join(lang === "zh" ? "、" : ", ");

/** A parenthesised aside in the reply's language: full-width in zh, ASCII in en. */
export const paren = (text: string, lang: Lang) => (lang === "zh" ? `（${text}）` : ` (${text})`);

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar day in words: 2026年11月24日 / Nov 24, 2026. Anything that is not a YYYY-MM-DD day is shown as is. */
export function day(iso: string | null | undefined, lang: Lang): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return iso ?? "—";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === "zh" ? `${y}年${mo}月${d}日` : `${EN_MONTHS[mo - 1]} ${d}, ${y}`;
}

/**
 * A calendar day on a card, in words, its year only when it is not `today`'s: 12月15日 / 2027年1月15日, Dec 15 /
 * Jan 15, 2027. Without `today` the year is always shown. A time of day is kept ("12月15日 09:30" / "Dec 15, 09:30").
 */
export function dayInWords(iso: string | null | undefined, lang: Lang, today?: string): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/);
  if (!m) return iso ?? "—";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const withYear = !today || today.slice(0, 4) !== m[1];
  const date =
    lang === "zh" ? `${withYear ? `${y}年` : ""}${mo}月${d}日` : `${EN_MONTHS[mo - 1]} ${d}${withYear ? `, ${y}` : ""}`;
  const time = m[4] && m[4] !== "00:00" ? m[4] : null;
  return time ? (lang === "zh" ? `${date} ${time}` : `${date}, ${time}`) : date;
}

/** A moment in words, its time kept when it has one: 2026年12月2日 09:30 / Dec 2, 2026 09:30. */
export function moment(iso: string | null | undefined, lang: Lang): string {
  const time = iso?.match(/^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})/)?.[1];
  return time && time !== "00:00" ? `${day(iso, lang)} ${time}` : day(iso, lang);
}
