/**
 * Renders the planning engine's codes in zh and en from `text-table.ts`. Templates take `{key}` from the item's facts,
 * with an optional format: `{x:pct}` (0.123 -> 12.3%), `{x:money}`, `{x:date}` (2027-12-05 -> Dec 5, 2027 / 2027年12月5日), `{x:role}`, `{x:list}`, `{x:material}`.
 * Rendering is deterministic: no Intl, no locale, fixed rounding.
 */
import { ROLE_LABELS, TEXTS } from "./text-table";
import type { Facts, Lang } from "./types";

/** Whether a code has zh and en strings. */
export function hasPlanText(code: string): boolean {
  return code in TEXTS;
}

export function planTextCodes(): string[] {
  return Object.keys(TEXTS);
}

/**
 * Renders the text for `code` in `lang`, filling `{key}` and `{key:format}` from `facts`. A code without a
 * string renders as the code itself; a missing fact renders as "?" so gaps show rather than vanish.
 */
export function renderPlanText(code: string, facts: Facts, lang: Lang): string {
  const text = TEXTS[code];
  if (!text) return code;
  return text[lang].replace(/\{(\w+)(?::(\w+))?\}/g, (_, key: string, format?: string) =>
    formatValue(facts[key], format, lang),
  );
}

/** Like renderPlanText, but null when the code has no string or a fact it needs is missing. */
export function renderIfComplete(code: string, facts: Facts, lang: Lang): string | null {
  if (!TEXTS[code]) return null;
  let complete = true;
  const text = TEXTS[code][lang].replace(/\{(\w+)(?::(\w+))?\}/g, (_, key: string, format?: string) => {
    const v = formatValue(facts[key], format, lang);
    if (v === "?") complete = false;
    return v;
  });
  return complete ? text : null;
}

function formatValue(value: unknown, format: string | undefined, lang: Lang): string {
  if (value === undefined || value === null || value === "") return "?";
  if (format === "pct" && typeof value === "number") return `${Math.round(value * 1000) / 10}%`;
  if (format === "money" && typeof value === "number") return formatMoney(value, lang);
  if (format === "date") return formatDay(String(value), lang);
  if (format === "role") return ROLE_LABELS[String(value)]?.[lang] ?? String(value);
  if (format === "material") return TEXTS[String(value)]?.[lang] ?? String(value);
  if (format === "list" && Array.isArray(value)) return value.length ? value.join(lang === "zh" ? "、" : ", ") : "?";
  return String(value);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day in words with its year, as replies print days (2027-12-05 -> "Dec 5, 2027", "2027年12月5日"); else as given. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === "zh" ? `${year}年${month}月${day}日` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** ¥1,234,567 in English; 123.5万元 in Chinese from ten thousand up. */
export function formatMoney(amount: number, lang: Lang): string {
  const whole = Math.round(amount);
  if (lang === "zh") {
    return Math.abs(whole) >= 10_000 ? `${Math.round(whole / 1000) / 10}万元` : `${whole}元`;
  }
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole < 0 ? "-" : ""}¥${digits}`;
}
