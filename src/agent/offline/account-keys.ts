import { CJK_CHAR, normalizeText } from "./normalize-text";
import { accountPinyinForms } from "./pinyin-forms";
import { stripLegalSuffix } from "./strip-legal-suffix";
import type { AccountRef } from "./types";

/** One surface form an account may be called by, with the score an exact hit on it earns. */
export type AccountKey = {
  accountId: string;
  form: string;
  kind: "name" | "alias" | "stripped" | "local" | "pinyin";
  base: number;
};

const BASE = { name: 1, alias: 0.97, stripped: 0.96, local: 0.95, pinyin: 0.9 } as const;

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
    // 甬江人民医院 for 宁波市甬江人民医院: the name without its city.
    for (const raw of [account.name, ...account.aliases]) {
      const local = normalizeText(raw).replace(/^[\u4e00-\u9fff]{2,3}[市省](?=[\u4e00-\u9fff]{3,})/, "");
      // 江苏省人民医院 without 江苏省 is 人民医院, any city's: only a distinctive rest is a name.
      const generic =
        /^(第?[一二三四五六七八九十]*(人民)?|中心|市立|中医|妇幼)?(医院|集团|公司|大学|学院|中心|卫生院|保健院|委员会)$/;
      if (local !== raw && !generic.test(local)) add(local, "local");
    }
    // English speakers write Chinese names in pinyin: "Tiaoxi hospital", "Ningbo Yongjiang".
    for (const raw of [account.name, ...account.aliases])
      for (const form of accountPinyinForms(raw)) add(form, "pinyin");
  }
  return keys;
}

export function isCjkKey(key: AccountKey): boolean {
  return CJK_CHAR.test(key.form);
}
