import { type AccountKey, buildAccountKeys, isCjkKey } from "./account-keys";
import { matchCjkAccounts } from "./match-cjk-accounts";
import { matchLatinAccounts } from "./match-latin-accounts";
import { CJK_CHAR, normalizeText } from "./normalize-text";
import { resolveMentions } from "./resolve-mentions";
import { stripLegalSuffix } from "./strip-legal-suffix";
import type { AccountRef, MentionCandidate } from "./types";

/**
 * Every account the (normalised) message names, fuzzily, zh and en, non-overlapping, in message order. A match
 * that lies inside another organisation's name (`otherNames`, written out in the message) is dropped.
 */
export function findAccountMentions(
  message: string,
  accounts: AccountRef[],
  otherNames: string[] = [],
): MentionCandidate[] {
  const keys = buildAccountKeys(accounts);
  const candidates = [
    ...matchCjkAccounts(message, keys.filter(isCjkKey)),
    ...matchLatinAccounts(
      message,
      keys.filter((k) => !isCjkKey(k)),
      familiesOf(accounts),
    ),
  ];
  const others = otherSpans(message, otherNames, keys);
  return resolveMentions(
    candidates.filter((c) => !others.some((o) => o.start <= c.start && c.end <= o.end)),
    accounts.map((a) => a.id),
  );
}

/** Each account's group: the account whose name its own name starts with (the shortest such), else itself. */
const familyMemo = new WeakMap<AccountRef[], Map<string, string>>();

function familiesOf(accounts: AccountRef[]): Map<string, string> {
  const known = familyMemo.get(accounts);
  if (known) return known;
  const out = new Map<string, string>();
  familyMemo.set(accounts, out);
  for (const a of accounts) {
    const heads = accounts.filter((h) => h.id !== a.id && h.name.length >= 2 && a.name.startsWith(h.name));
    out.set(a.id, heads.sort((x, y) => x.name.length - y.name.length)[0]?.id ?? a.id);
  }
  return out;
}

/** Where the message writes out a name that is not one of the user's accounts' own forms. */
function otherSpans(
  message: string,
  otherNames: string[],
  keys: AccountKey[],
): { start: number; end: number; text: string }[] {
  const own = new Set(keys.map((k) => k.form));
  const lower = message.toLowerCase();
  const spans: { start: number; end: number; text: string }[] = [];
  // 华东医疗集团有限公司 is also written 华东医疗集团.
  for (const raw of otherNames.flatMap((n) => [n, stripLegalSuffix(n)])) {
    const name = normalizeText(raw);
    const form = CJK_CHAR.test(name) ? name : name.toLowerCase();
    if (form.length < 2 || own.has(form)) continue;
    const hay = CJK_CHAR.test(name) ? message : lower;
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1))
      spans.push({ start: at, end: at + form.length, text: message.slice(at, at + form.length) });
  }
  return spans;
}
