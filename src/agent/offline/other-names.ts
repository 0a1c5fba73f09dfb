import type { AccountKey } from "./account-keys";
import { CJK_CHAR, normalizeText } from "./normalize-text";
import { stripLegalSuffix } from "./strip-legal-suffix";

// Names of organisations that are not the user's accounts (another team's, written out or short): a piece of one of
// the user's names inside such a name is no mention of that account.

/** Where the message writes out a name that is not one of the user's accounts' own forms. */
export function otherSpans(
  message: string,
  otherNames: string[],
  keys: AccountKey[],
): { start: number; end: number; text: string }[] {
  const own = new Set(keys.map((k) => k.form));
  const lower = message.toLowerCase();
  const spans: { start: number; end: number; text: string }[] = [];
  // 华东医疗集团有限公司 is also written 华东医疗集团, and 中源电力青海新能源 中源青海 (its head and a later word), unless
  // one of the user's own names says the same.
  const shortened = otherNames.flatMap(shortFormsOf);
  const mine = keys.map((k) => k.form);
  const heads = shortened.filter((f) => message.includes(f) && !mine.some((m) => m.includes(f) || spreadIn(m, f)));
  for (const raw of [...otherNames.flatMap((n) => [n, stripLegalSuffix(n)]), ...heads]) {
    const name = normalizeText(raw);
    const form = CJK_CHAR.test(name) ? name : name.toLowerCase();
    if (form.length < 2 || own.has(form)) continue;
    const hay = CJK_CHAR.test(name) ? message : lower;
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1))
      spans.push({ start: at, end: at + form.length, text: message.slice(at, at + form.length) });
  }
  return spans;
}

/** Each name's short forms, worked out once: the directory's names come back on every turn. */
const SHORT_FORMS = new Map<string, string[]>();

/** The head-and-word short forms of a name as written (legal suffix dropped), memoised. */
export function shortFormsOf(name: string): string[] {
  const known = SHORT_FORMS.get(name);
  if (known) return known;
  const forms = headAndWord(stripLegalSuffix(normalizeText(name)));
  if (SHORT_FORMS.size > 20_000) SHORT_FORMS.clear();
  SHORT_FORMS.set(name, forms);
  return forms;
}

/** 中源青海 for 中源电力青海新能源: a Chinese name's first two characters and any two of its later ones, in order. */
export function headAndWord(name: string): string[] {
  if (!/^[\u4e00-\u9fff]{6,}$/.test(name)) return [];
  const out: string[] = [];
  for (let at = 3; at + 2 <= name.length; at++) out.push(name.slice(0, 2) + name.slice(at, at + 2));
  return out;
}

/** 金枫物业 in 金枫园区物业: a Chinese short form's head written together, its other characters later in order. */
export function spreadIn(form: string, text: string): boolean {
  if (text.length < 4 || !/^[\u4e00-\u9fff]+$/.test(text)) return false;
  let at = form.indexOf(text.slice(0, 2));
  if (at < 0) return false;
  at += 2;
  for (const ch of text.slice(2)) {
    at = form.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}
