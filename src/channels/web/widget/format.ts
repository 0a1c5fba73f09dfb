import { dayInWords } from "../../../../prompts/format";
import type { Lang } from "./i18n";

/** Today's date in the browser's time zone, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Calendar days from `today` to the date part of `date` (ISO, local); null when unreadable. */
export function daysUntil(date: string | null | undefined, today: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? "");
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!d || !t) return null;
  const ms = Date.UTC(+d[1], +d[2] - 1, +d[3]) - Date.UTC(+t[1], +t[2] - 1, +t[3]);
  return Math.round(ms / 86_400_000);
}

/**
 * A local date (or date-time) in words in the reader's language, the year only when it is not this year's:
 * "2026-12-15" -> 12月15日 / Dec 15; "2027-01-15T09:30" -> 2027年1月15日 09:30 / Jan 15, 2027, 09:30.
 */
export function formatDate(value: string | null | undefined, lang: Lang, today: string = todayIso()): string {
  if (!value) return "—";
  return dayInWords(value, lang, today);
}

/** Money in yuan: 万/亿 in Chinese, K/M/B in English. */
export function formatMoney(lang: Lang, amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return "—";
  const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toString() : (Math.round(n * 10) / 10).toString());
  if (lang === "zh") {
    if (Math.abs(amount) >= 1e8) return `${round(amount / 1e8)} 亿元`;
    if (Math.abs(amount) >= 1e4) return `${round(amount / 1e4)} 万元`;
    return `${Math.round(amount)} 元`;
  }
  if (Math.abs(amount) >= 1e9) return `¥${round(amount / 1e9)}B`;
  if (Math.abs(amount) >= 1e6) return `¥${round(amount / 1e6)}M`;
  if (Math.abs(amount) >= 1e3) return `¥${round(amount / 1e3)}K`;
  return `¥${Math.round(amount)}`;
}

export function percent(fraction: number | null | undefined): string {
  if (fraction == null || !Number.isFinite(fraction)) return "—";
  return `${Math.round(fraction * 100)}%`;
}

const SENTENCE_KEYS = new Set(["text", "title", "description", "goal", "summary", "message"]);
const TEXT_KEYS = ["text", "title", "name", "description", "goal", "metric", "summary", "message", "reason", "value"];

/**
 * Plan fields are free-form (`unknown` in the contract): a string, a number, `{ zh, en }`, or an object
 * with a text-like field (and perhaps a target). Shows the most readable string it can find.
 */
export function textOf(value: unknown, lang: Lang): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => textOf(v, lang)).join("; ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o[lang] === "string") return o[lang] as string;
    const key = TEXT_KEYS.find((k) => typeof o[k] === "string" || typeof o[k] === "number");
    const main = key ? o[key] : null;
    const target = o.target ?? o.targetValue;
    // A title or sentence already says its target ("收入从900万元达到1000万元"); a bare metric name does not.
    if (main != null && key && SENTENCE_KEYS.has(key)) return String(main);
    if (main != null) return target != null && main !== target ? `${main}: ${textOf(target, lang)}` : String(main);
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${textOf(v, lang)}`)
      .join(", ");
  }
  return String(value);
}
