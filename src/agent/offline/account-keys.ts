import { CJK_CHAR, normalizeText } from "./normalize-text";
import { accountPinyinForms } from "./pinyin-forms";
import { stripLegalSuffix } from "./strip-legal-suffix";
import type { AccountRef } from "./types";

/** One surface form an account may be called by, with the score an exact hit on it earns. */
export type AccountKey = {
  accountId: string;
  form: string;
  kind: "name" | "alias" | "stripped" | "local" | "pinyin" | "member";
  base: number;
};

const BASE = { name: 1, alias: 0.97, stripped: 0.96, local: 0.95, pinyin: 0.9, member: 0.85 } as const;

const keysMemo = new WeakMap<AccountRef[], AccountKey[]>();

/**
 * Names, aliases and their forms without legal suffixes; CJK forms keep case, Latin forms are lower-cased. The same
 * list of accounts (a user's cached directory) gets the same keys: built once, not on every message.
 */
export function buildAccountKeys(accounts: AccountRef[]): AccountKey[] {
  const known = keysMemo.get(accounts);
  if (known) return known;
  const keys = buildKeys(accounts);
  keysMemo.set(accounts, keys);
  return keys;
}

function buildKeys(accounts: AccountRef[]): AccountKey[] {
  const keys: AccountKey[] = [];
  for (const account of accounts) {
    const seen = new Set<string>();
    const add = (raw: string, kind: AccountKey["kind"]) => {
      const normal = normalizeText(raw);
      const form = CJK_CHAR.test(normal) ? normal : normal.toLowerCase();
      // A pinyin form equal to an English alias is kept as pinyin too: its name words count in any position.
      const id = kind === "pinyin" ? `pinyin:${form}` : form;
      if (form.length < 2 || seen.has(id)) return;
      seen.add(id);
      keys.push({ accountId: account.id, form, kind, base: BASE[kind] });
    };
    add(account.name, "name");
    for (const alias of account.aliases) add(alias, "alias");
    add(stripLegalSuffix(account.name), "stripped");
    for (const alias of account.aliases) add(stripLegalSuffix(alias), "stripped");
    // 甬江人民医院 for 宁波市甬江人民医院: the name without its city.
    for (const raw of [account.name, ...account.aliases]) {
      // 城市 is a word ("淮上城市污水厂"), not a city's name before its 市.
      const local = normalizeText(raw).replace(/^[\u4e00-\u9fff]{2,3}(?<!城)[市省](?=[\u4e00-\u9fff]{3,})/, "");
      // 江苏省人民医院 without 江苏省 is 人民医院, any city's: only a distinctive rest is a name. A plant's kind
      // (污水厂, 水厂, 电厂) is any city's too.
      const generic =
        /^(第?[一二三四五六七八九十]*(人民)?|中心|市立|中医|妇幼|城市|城区)?(医院|集团|公司|大学|学院|中心|卫生院|保健院|委员会|污水厂|污水处理厂|水厂|自来水厂|净水厂|电厂|热电厂|工厂|水务|码头|港务)$/;
      if (local !== raw && !generic.test(local)) add(local, "local");
    }
    // "silkroad insurance", "bluebay": an English name's first two words typed as one.
    for (const alias of account.aliases) {
      const words = normalizeText(alias).toLowerCase().split(/\s+/);
      if (words.length >= 2 && !CJK_CHAR.test(alias) && words[0].length + words[1].length >= 6)
        add([`${words[0]}${words[1]}`, ...words.slice(2)].join(" "), "alias");
    }
    // 华东1院 for 华东一院, 第3人民医院 for 第三人民医院: numbered hospitals are typed with either numerals.
    for (const k of keys.filter((x) => x.accountId === account.id && x.kind !== "pinyin"))
      for (const form of numeralForms(k.form)) add(form, k.kind);
    // English speakers write Chinese names in pinyin: "Tiaoxi hospital", "Ningbo Yongjiang".
    for (const raw of [account.name, ...account.aliases])
      for (const form of accountPinyinForms(raw)) add(form, "pinyin");
  }
  const members = memberKeys(keys);
  return [...keys, ...members, ...linkedMemberKeys(accounts, [...keys, ...members])];
}

/**
 * A member linked to its group goes by what its name adds to the name they share: 特钢 for 北溟特钢 under 北溟钢铁集团,
 * 冷轧厂 for 北溟钢铁集团冷轧厂. Only a rest of two characters or more that no other account's name holds.
 */
function linkedMemberKeys(accounts: AccountRef[], keys: AccountKey[]): AccountKey[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const out: AccountKey[] = [];
  for (const member of accounts) {
    const group = member.parentId ? byId.get(member.parentId) : undefined;
    if (!group) continue;
    const own = normalizeText(stripLegalSuffix(member.name));
    const theirs = normalizeText(stripLegalSuffix(group.name));
    let shared = 0;
    while (shared < own.length && own[shared] === theirs[shared]) shared++;
    const rest = own.slice(shared);
    if (shared < 2 || rest.length < 2 || !CJK_CHAR.test(rest)) continue;
    const taken = keys.some((k) => k.form === rest || (k.accountId !== member.id && k.form.includes(rest)));
    if (!taken) out.push({ accountId: member.id, form: rest, kind: "member", base: BASE.member });
  }
  return out;
}

const ZH_DIGITS = "零一二三四五六七八九";

/** The form with a numbered hospital's numeral written the other way (一院 ⇄ 1院, 第十 ⇄ 第10), if it has one. */
function numeralForms(form: string): string[] {
  const numbered =
    /(?<=第)([一二三四五六七八九十]{1,3}|\d{1,2})|([一二三四五六七八九十]{1,2}|\d{1,2})(?=(人民)?(医院|院|分院|院区|分公司|中心))/g;
  if (!numbered.test(form)) return [];
  return [form.replace(numbered, (n) => (/\d/.test(n) ? zhNumber(Number(n)) : String(arabic(n))))].filter(
    (f) => f !== form,
  );
}

function arabic(zh: string): number {
  if (zh === "十") return 10;
  if (zh.startsWith("十")) return 10 + ZH_DIGITS.indexOf(zh[1]);
  if (zh.endsWith("十")) return ZH_DIGITS.indexOf(zh[0]) * 10;
  if (zh.length === 3) return ZH_DIGITS.indexOf(zh[0]) * 10 + ZH_DIGITS.indexOf(zh[2]);
  return ZH_DIGITS.indexOf(zh[0]);
}

function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : ZH_DIGITS[tens]}十${n % 10 ? ZH_DIGITS[n % 10] : ""}`;
}

/** How a member of a group ends: its own name is a hospital, a branch or a site. */
const MEMBER_END = /(医院|分院|院区|分公司|中心|卫生院)$/;
/** "first hospital" of "East China Medical Group First Hospital": a word or two and what the member is. */
const MEMBER_END_EN = /^[a-z'-]+( [a-z'-]+)? (hospital|branch|campus|center|centre)$/;

/**
 * Inside a group its members go by their own name: 第一医院 for 华东医疗集团第一医院 when 华东医疗集团 is another
 * of the user's accounts, 定海医院 for 东海康宁医疗集团定海医院. Only a rest that one member has is a key.
 */
function memberKeys(keys: AccountKey[]): AccountKey[] {
  const rests = new Map<string, Set<string>>();
  /** Per member rest: the group it was found under, to call the member by the group's other names too. */
  const groups = new Map<string, string>();
  for (const key of keys) {
    if (key.kind === "pinyin") continue;
    const cjk = CJK_CHAR.test(key.form);
    const heads = keys.filter(
      (k) => k.accountId !== key.accountId && CJK_CHAR.test(k.form) === cjk && key.form.startsWith(k.form),
    );
    const head = heads.sort((a, b) => b.form.length - a.form.length)[0];
    const rest = head ? key.form.slice(head.form.length).trim() : "";
    if (cjk ? rest.length < 3 || !MEMBER_END.test(rest) : !MEMBER_END_EN.test(rest)) continue;
    rests.set(rest, (rests.get(rest) ?? new Set()).add(key.accountId));
    if (head) groups.set(`${key.accountId}|${rest}`, head.accountId);
  }
  const own = new Set(keys.map((k) => k.form));
  const members = [...rests]
    .filter(([rest, ids]) => ids.size === 1 && !own.has(rest))
    .map(([rest, ids]) => ({ accountId: [...ids][0], form: rest, kind: "member" as const, base: BASE.member }));
  // And in pinyin: "Dinghai hospital" is 定海医院 of 东海康宁医疗集团定海医院, an exact name, not a typo of another.
  const pinyin = members
    .filter((m) => CJK_CHAR.test(m.form))
    .flatMap((m) => accountPinyinForms(m.form).map((form) => ({ ...m, form })))
    .filter((m) => !own.has(m.form) && MEMBER_END_EN.test(m.form));
  // "ECMG first hospital", 华东医疗第一医院: the group by any of its names, then the member's own name.
  const composed: AccountKey[] = [];
  for (const m of members) {
    const cjk = CJK_CHAR.test(m.form);
    const group = groups.get(`${m.accountId}|${m.form}`);
    for (const k of keys) {
      if (k.accountId !== group || k.kind === "pinyin" || k.kind === "member" || CJK_CHAR.test(k.form) !== cjk)
        continue;
      const form = cjk ? `${k.form}${m.form}` : `${k.form} ${m.form}`;
      if (!own.has(form)) {
        own.add(form);
        composed.push({ accountId: m.accountId, form, kind: "alias", base: BASE.alias });
      }
    }
  }
  return [...members, ...pinyin, ...composed];
}

export function isCjkKey(key: AccountKey): boolean {
  return CJK_CHAR.test(key.form);
}
