// Small readers for English notices: labelled lines, sentences, money and phone numbers.
import type { Money } from "../types";
import { EN_LABELS, FBO_TAGS, FBO_TYPES } from "./en-notice-cues";
import { roundCents } from "./parse-money";
import type { NoticeType } from "./schema";

// "two.1.1) Title", "II.1.1) Title", "5.1.12 Deadline", "(iv) Contact": section numbering before a label
const SECTION_NO = /^(?:\(?[ivx]{1,4}\)|[a-z]+(?:\.\d+)+\)|[IVX]+(?:\.\d+)*\)|\d+(?:\.\d+)+\)?|\(?\d{1,3}[.)])\s*/;

const fieldsOf = (label: string) =>
  Object.entries(EN_LABELS)
    .filter(([, re]) => re.test(label))
    .map(([field]) => field);

/** A line that is only a label ("Notice ID", "Close Date & Time"): web pages pasted as text put the value below it. */
export function labelOnly(line: string): string[] {
  const bare = line.replace(SECTION_NO, "").replace(/[:.]$/, "").trim();
  return bare.length <= 90 && !bare.includes(":") ? fieldsOf(bare.replace(/\s+/g, " ")) : [];
}

/**
 * `Label: value` pairs of every line, by field of EN_LABELS, in order ("Contact: Jo Smith, Tel: 555 0100"
 * gives two); a label alone on its line takes the next line as its value (a deadline the next four, where
 * pages print "Date / 23 February 2026 / Local time / 12:00pm").
 */
export function readEnLabels(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (field: string, value: string) => out.set(field, [...(out.get(field) ?? []), value]);
  lines.forEach((line, i) => {
    const alone = labelOnly(line);
    if (alone.length) {
      const next = lines[i + 1];
      if (next && !labelOnly(next).length)
        for (const field of alone) add(field, field === "deadline" ? lines.slice(i + 1, i + 5).join(" ") : next);
      return;
    }
    const marks = [
      ...line
        .replace(SECTION_NO, (m) => " ".repeat(m.length))
        .matchAll(/(?:^\s*|[,;(]\s*)([A-Za-z][A-Za-z .'#/&-]{0,40}?)\s*:(?!\/\/)\s*/g),
    ];
    marks.forEach((m, k) => {
      const label = m[1].trim().replace(/\s+/g, " ");
      const start = (m.index ?? 0) + m[0].length;
      const end = k + 1 < marks.length ? (marks[k + 1].index ?? line.length) : line.length;
      const value = line
        .slice(start, end)
        .trim()
        .replace(/[,;.\s]+$/, "");
      if (value) for (const field of fieldsOf(label)) add(field, value);
    });
  });
  return out;
}

/** A FedBizOpps feed record (`<AMDCSS>` then `<TAG>value` lines) as its kind and `Label: value` lines. */
export function readFboRecord(text: string): { type: NoticeType; lines: string[]; respDate: string | null } | null {
  const root = /^<([A-Z]{2,10})>\s*$/m.exec(text.slice(0, 200));
  if (!root || !(root[1] in FBO_TYPES)) return null;
  const lines: string[] = [];
  let respDate: string | null = null;
  for (const line of text.split("\n")) {
    const m = /^\s*<\/?([A-Z]+)>(.*)$/.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    const [tag, value] = [m[1], m[2].trim()];
    if (tag === "RESPDATE" && /^\d{6}$/.test(value))
      respDate = `20${value.slice(4)}-${value.slice(0, 2)}-${value.slice(2, 4)}`;
    // "12--Scope …": the subject starts with the product class code
    if (FBO_TAGS[tag] && value)
      lines.push(`${FBO_TAGS[tag]}: ${tag === "SUBJECT" ? value.replace(/^[A-Z0-9]{1,4}--/, "") : value}`);
    else lines.push(value);
  }
  return { type: FBO_TYPES[root[1]], lines, respDate };
}

/** Sentences: split at line ends and at ". " before a capital, so "p.m. on" and "St. Mary" stay whole. */
export function enSentences(text: string): string[] {
  return text
    .split(/\n|(?<=[a-z0-9)]{2}[.;])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const CURRENCY: Record<string, string> = { $: "USD", "£": "GBP", "€": "EUR" };
const MONEY =
  /([$£€]|\b(?:USD|GBP|EUR|CNY|RMB|AUD|CAD|NZD)\b)\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|mn|m|billion|bn|k)\b)?|(\d[\d,]*(?:\.\d+)?)\s*(USD|GBP|EUR|CNY|AUD|CAD|dollars|pounds|euros?)\b/i;

/** The first amount of money in a text: "$1,200,000", "£2.5 million", "CNY 640000", "5,000 USD". */
export function readEnMoney(text: string | null | undefined): Money | null {
  if (!text) return null;
  const m = MONEY.exec(text);
  if (!m) return null;
  const sym = (m[1] ?? m[5]).toUpperCase();
  const currency =
    CURRENCY[sym] ??
    (sym === "RMB" ? "CNY" : /DOLLAR/.test(sym) ? "USD" : /POUND/.test(sym) ? "GBP" : /EURO/.test(sym) ? "EUR" : sym);
  let amount = Number((m[2] ?? m[4]).replace(/,/g, ""));
  const scale = (m[3] ?? "").toLowerCase();
  if (scale === "k") amount *= 1e3;
  else if (scale === "m" || scale === "million" || scale === "mn") amount *= 1e6;
  else if (scale === "billion" || scale === "bn") amount *= 1e9;
  return Number.isFinite(amount) && amount > 0 ? { amount: roundCents(amount), currency } : null;
}

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?:\s*(?:ext\.?|x)\s*\d{1,5})?/g;

/** Phone numbers in a text, skipping fax numbers and digit runs that are dates, zips or codes. */
export function readEnPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 15 || !/[\s().-]/.test(m[0])) continue;
    if (/\bfax\b[^0-9]{0,12}$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) continue;
    out.push(m[0].trim());
  }
  return out;
}
