import { editDistance } from "./edit-distance";
import { isCommonEnglishWord } from "./english-words";

// English words of the trade typed in a hurry ("ovrdue", "forcast", "recievables", "acct"): read as meant before the
// cues look for them. Only words the cues key on, only a word that is no English word itself, and only when one
// such word is within reach.

const VOCABULARY = [
  "overdue",
  "forecast",
  "receivable",
  "receivables",
  "opportunity",
  "opportunities",
  "account",
  "accounts",
  "contact",
  "contacts",
  "pipeline",
  "tender",
  "tenders",
  "attainment",
  "payment",
  "payments",
  "invoice",
  "invoices",
  "competitor",
  "competitors",
  "customer",
  "customers",
  "stakeholders",
  "briefing",
  "reminder",
  "negotiation",
  "proposal",
];

/** Short forms people type for the same words. */
const SHORT: Record<string, string> = { acct: "account", accts: "accounts", acc: "account", accs: "accounts" };

const memo = new Map<string, string>();

/** The message with hurried spellings of the trade's words corrected (case kept as lower case). */
export function correctDomainTypos(text: string): string {
  if (!/[a-z]{4,}/i.test(text)) return text;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const out = text.replace(/[A-Za-z]{4,}/g, (word) => fix(word.toLowerCase()) ?? word);
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

function fix(word: string): string | undefined {
  if (SHORT[word]) return SHORT[word];
  if (word.length < 5 || VOCABULARY.includes(word) || isCommonEnglishWord(word)) return undefined;
  const reach = word.length >= 8 ? 2 : 1;
  const near = VOCABULARY.filter((v) => Math.abs(v.length - word.length) <= reach && editDistance(word, v) <= reach);
  return near.length === 1 ? near[0] : undefined;
}
