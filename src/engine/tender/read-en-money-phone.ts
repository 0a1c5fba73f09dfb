// Money and phone numbers as English notices print them: "$1,240,000", "£2.5 million", "A$ 480,000",
// "Rs. 3.85 crore", "₹ 1,48,50,000", "1 250 000 Euro"; "(518) 452-1290", "+64 7 555 0192", "Tel: 6555 0187".
import type { Money } from "../types";
import { roundCents } from "./parse-money";

const CURRENCY: Record<string, string> = {
  $: "USD",
  US$: "USD",
  "£": "GBP",
  "€": "EUR",
  "₹": "INR",
  RS: "INR",
  "RS.": "INR",
  A$: "AUD",
  AU$: "AUD",
  C$: "CAD",
  CA$: "CAD",
  NZ$: "NZD",
  S$: "SGD",
  HK$: "HKD",
  RMB: "CNY",
  DOLLARS: "USD",
  POUNDS: "GBP",
  EURO: "EUR",
  EUROS: "EUR",
  RUPEES: "INR",
};
// digits grouped by commas, by single spaces in threes ("1 250 000") or the Indian way ("1,48,50,000")
const NUMBER = "(\\d{1,3}(?:(?:,\\d{2,3})+|(?: \\d{3})+)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
const SCALE = "(?:\\s*(million|mn|m|billion|bn|k|lakhs?|lacs?|crores?|cr)\\b\\.?)?";
const SIGN =
  "(US\\$|AU?\\$|CA?\\$|NZ\\$|S\\$|HK\\$|[$£€₹]|\\bRs\\.?|\\b(?:USD|GBP|EUR|CNY|RMB|AUD|CAD|NZD|SGD|HKD|INR)\\b)";
const AFTER = "(USD|GBP|EUR|CNY|AUD|CAD|NZD|SGD|HKD|INR|dollars|pounds|euros?|rupees)\\b";
const MONEY = new RegExp(`${SIGN}\\s?${NUMBER}${SCALE}|${NUMBER}${SCALE}\\s*${AFTER}`, "i");
const SCALES: [RegExp, number][] = [
  [/^k$/, 1e3],
  [/^(?:m|mn|million)$/, 1e6],
  [/^(?:bn|billion)$/, 1e9],
  [/^la(?:kh|c)s?$/, 1e5],
  [/^(?:crores?|cr)$/, 1e7],
];

/**
 * The first amount of money in a text. A bare number ("Estimated Bid Value: 2,45,00,000") is read only
 * with `bareCurrency` (the currency the notice prints elsewhere, or INR for Indian digit grouping).
 */
export function readEnMoney(text: string | null | undefined, bareCurrency?: string | null): Money | null {
  if (!text) return null;
  const m = MONEY.exec(text);
  if (!m) return bareCurrency ? readBare(text, bareCurrency) : null;
  const sign = (m[1] ?? m[6]).toUpperCase();
  const currency = CURRENCY[sign] ?? (sign.startsWith("EURO") ? "EUR" : sign);
  return scaled(m[2] ?? m[4], m[3] ?? m[5], currency);
}

function readBare(text: string, currency: string): Money | null {
  const m = new RegExp(`^\\s*${NUMBER}${SCALE}\\s*(?:\\(|$)`, "i").exec(text);
  const indian = m && /^\d{1,2},\d{2},/.test(m[1]) ? "INR" : null;
  return m ? scaled(m[1], m[2], indian ?? currency) : null;
}

function scaled(digits: string, scale: string | undefined, currency: string): Money | null {
  let amount = Number(digits.replace(/[, ]/g, ""));
  const word = (scale ?? "").toLowerCase();
  amount *= SCALES.find(([re]) => re.test(word))?.[1] ?? 1;
  return Number.isFinite(amount) && amount > 0 ? { amount: roundCents(amount), currency } : null;
}

/** The currency a notice prints (that of its first amount), or INR where amounts use Indian digit grouping. */
export function noticeCurrency(text: string): string | null {
  // "Contract Value (AUD): $52,000.00": a currency code a label names in brackets says what its dollars are
  const named = /\((AUD|NZD|CAD|SGD|HKD|USD|GBP|EUR)\)/.exec(text)?.[1];
  return named ?? readEnMoney(text)?.currency ?? (/\b\d{1,2},\d{2},\d{3}\b/.test(text) ? "INR" : null);
}

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)|\d{1,5})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?:\s*(?:ext\.?|x)\s*\d{1,5})?/g;
// eight-digit local numbers (Singapore, Hong Kong) are read only right after a phone cue
const LOCAL8 = /\b(?:tel(?:ephone)?\.?|phone|call|contact)\b[^0-9]{0,12}(\d{4}[\s-]\d{4})\b/gi;
// a number glued to "/" or "-2026" is a reference ("OJ S 34/2026 098765-2026"), not a phone
const GLUED = (text: string, i: number, end: number) => text[i - 1] === "/" || /^-\d/.test(text.slice(end));

/** Phone numbers in a text, skipping fax numbers and digit runs that are dates, zips or codes. */
export function readEnPhones(text: string): string[] {
  const out: { at: number; phone: string }[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, "");
    const at = m.index ?? 0;
    if (digits.length < 9 || digits.length > 15 || !/[\s().-]/.test(m[0].trim())) continue;
    if (GLUED(text, at, at + m[0].length)) continue;
    if (/\bfax\b[^0-9]{0,12}$/i.test(text.slice(Math.max(0, at - 16), at))) continue;
    out.push({ at, phone: m[0].trim() });
  }
  for (const m of text.matchAll(LOCAL8)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (!out.some((o) => Math.abs(o.at - at) < 12)) out.push({ at, phone: m[1] });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.phone);
}

/** A labelled phone value ("Telephone: +32 9 555 01 23") is read by its shape: 8 to 15 digits and separators. */
export function readLabelledPhone(value: string): string | null {
  const m = /^\s*(\+?[\d\s().-]{8,24}?)\s*(?:$|[,;]|\b(?:ext|x)\b)/.exec(value);
  const digits = m?.[1].replace(/\D/g, "") ?? "";
  return m && digits.length >= 8 && digits.length <= 15 ? m[1].trim() : (readEnPhones(value)[0] ?? null);
}
