import { CJK_CHAR, normalizeText } from "./normalize-text";
import { stripLegalSuffix } from "./strip-legal-suffix";
import type { AccountRef } from "./types";

/** One surface form an account may be called by, with the score an exact hit on it earns. */
export type AccountKey = { accountId: string; form: string; kind: "name" | "alias" | "stripped"; base: number };

const BASE = { name: 1, alias: 0.97, stripped: 0.96 } as const;

/** Names, aliases and their forms without legal suffixes; CJK forms keep case, Latin forms are lower-cased. */
export function buildAccountKeys(accounts: AccountRef[]): AccountKey[] {
  const keys: AccountKey[] = [];
  for (const account of accounts) {
    const seen = new Set<string>();
    const add = (raw: string, kind: AccountKey["kind"]) => {
      const normal = normalizeText(raw);
      const form = CJK_CHAR.test(normal) ? normal : normal.toLowerCase();
      if (form.length < 2 || seen.has(form)) return;
      seen.add(form);
      keys.push({ accountId: account.id, form, kind, base: BASE[kind] });
    };
    add(account.name, "name");
    for (const alias of account.aliases) add(alias, "alias");
    add(stripLegalSuffix(account.name), "stripped");
    for (const alias of account.aliases) add(stripLegalSuffix(alias), "stripped");
  }
  return keys;
}

export function isCjkKey(key: AccountKey): boolean {
  return CJK_CHAR.test(key.form);
}
