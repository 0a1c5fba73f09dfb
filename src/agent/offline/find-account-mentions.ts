import { MACRO_REGIONS, REGION_NAMES } from "../../engine/region-names";
import { type AccountKey, buildAccountKeys, isCjkKey } from "./account-keys";
import { bookWords } from "./book-words";
import { matchCjkAccounts } from "./match-cjk-accounts";
import { matchLatinAccounts } from "./match-latin-accounts";
import { CJK_CHAR } from "./normalize-text";
import { otherSpans, spreadIn } from "./other-names";
import { sounds } from "./pinyin-forms";
import { resolveMentions } from "./resolve-mentions";
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
  const { cjk, latin } = byScript(keys);
  const matched = [
    ...matchCjkAccounts(message, cjk, familiesOf(accounts), knownPlaces(accounts)),
    ...matchLatinAccounts(message, latin, familiesOf(accounts)),
    ...mixedScriptHits(message, cjk),
  ];
  // A city typed in pinyin before other words ("the yantai sea bridge job at the third bureau") describes them, not
  // an account, when a name is said beside it; standing alone ("compare hangzhou and renji") it is the account there.
  const named = matched.some((c) => c.kind !== "place-en");
  const candidates = named ? matched.filter((c) => c.kind !== "place-en" || !describesNext(message, c.end)) : matched;
  const others = otherSpans(message, otherNames, keys);
  const families = familiesOf(accounts);
  const kept = preferGroup(
    candidates.filter((c) => !others.some((o) => o.start <= c.start && c.end <= o.end) && !usedAsWord(message, c)),
    families,
  );
  const chosen = resolveMentions(
    kept,
    accounts.map((a) => a.id),
  );
  const found = memberAfterGroup(
    message,
    chosen.map((c) => withMembers(withRivals(c, kept, families), keys, families)),
    families,
  );
  return [...found, ...elidedSiblings(message, found, accounts, otherNames)].sort((a, b) => a.start - b.start);
}

/**
 * "caiyun咖啡" for 彩云咖啡: a name's first characters typed in pinyin and the rest in characters, as people type
 * when their input method is in the wrong mode. The pinyin must spell whole syllables of the name and the characters
 * must be the name's own.
 */
function mixedScriptHits(message: string, keys: AccountKey[]): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  for (const m of message.matchAll(/([a-z]{2,})\s?(?=[\u4e00-\u9fff])/gi)) {
    const latin = m[1].toLowerCase();
    const rest = (m.index ?? 0) + m[0].length;
    for (const key of keys) {
      const syllables = sounds(key.form);
      let spelt = "";
      let n = 0;
      while (n < syllables.length && spelt.length < latin.length) spelt += syllables[n++];
      if (spelt !== latin || n === 0 || n >= key.form.length) continue;
      const tail = key.form.slice(n);
      if (tail.length < 2 || !message.startsWith(tail, rest)) continue;
      hits.push({
        start: m.index ?? 0,
        end: rest + tail.length,
        accountId: key.accountId,
        score: 0.85,
        text: message.slice(m.index ?? 0, rest + tail.length),
        kind: "mixed",
      });
    }
  }
  return hits;
}

/**
 * "qianyun guian", "黔云 贵安": a group's name and right after it one of its members' is that member named in full
 * (the group said first, as in its members' own names), not the group and the member.
 */
function memberAfterGroup(
  message: string,
  found: MentionCandidate[],
  families: Map<string, string>,
): MentionCandidate[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const dropped = new Set<MentionCandidate>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [group, member] = [sorted[i], sorted[i + 1]];
    if (member.rivals?.length || families.get(member.accountId) !== group.accountId) continue;
    if (member.accountId === group.accountId || !/^[\s·-]*$/.test(message.slice(group.end, member.start))) continue;
    dropped.add(group);
  }
  return found.filter((c) => !dropped.has(c));
}

/** "松湖一期跟二期", "仁济东院和西院": a second name said only by the part that differs from the first. */
const ELIDED_AFTER =
  /^\s*(?:跟|和|与|及|同|、|对比|比较|比|vs\.?|VS)\s*([\u4e00-\u9fff]{1,4}?)(?=比|对比|的|呢|吗|有|哪|谁|怎|[\s,，。?？!！]|$)/;

/**
 * The second of two names whose shared head is said once ("松湖一期跟二期比比"): the first name with its tail swapped
 * for the piece after 跟/和/与, when that names exactly one other account in full. Never a guess: a piece that names
 * nothing, or the same account again, adds nothing.
 */
function elidedSiblings(
  message: string,
  found: MentionCandidate[],
  accounts: AccountRef[],
  otherNames: string[],
): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of found) {
    const after = message.slice(m.end).match(ELIDED_AFTER);
    if (!after || m.rivals?.length) continue;
    const piece = after[1];
    if (piece.length >= m.text.length) continue;
    const whole = m.text.slice(0, m.text.length - piece.length) + piece;
    const hits = findAccountMentions(whole, accounts, otherNames).filter((h) => !h.rivals?.length);
    const [hit] = hits;
    if (hits.length !== 1 || hit.accountId === m.accountId || hit.start !== 0 || hit.end !== whole.length) continue;
    if (found.some((f) => f.accountId === hit.accountId)) continue;
    const start = m.end + after[0].length - piece.length;
    out.push({ ...hit, start, end: start + piece.length, text: piece, score: hit.score - 0.1, kind: "elided" });
  }
  return out;
}

/** A degree word or negation right before a short name: "不太安心", "很好运", "挺启航" use the word, not the name. */
const DEGREE_BEFORE = /(不|很|太|挺|蛮|真|更|最|特别|非常|比较|有点|有些|不够|不太)$/;

/** "我心里不太安心" where the book has 安心药业: a two-character short name used as an ordinary word names nothing. */
function usedAsWord(message: string, c: MentionCandidate): boolean {
  return (
    c.text.length <= 2 && CJK_CHAR.test(c.text) && DEGREE_BEFORE.test(message.slice(Math.max(0, c.start - 2), c.start))
  );
}

const placesMemo = new WeakMap<AccountRef[], ReadonlySet<string>>();

/** The places a word may be read as: the pieces of the book's regions and China's provinces, cities and macro-regions. */
function knownPlaces(accounts: AccountRef[]): ReadonlySet<string> {
  const known = placesMemo.get(accounts);
  if (known) return known;
  const places = new Set([...bookWords(accounts).pieces, ...Object.keys(REGION_NAMES), ...Object.keys(MACRO_REGIONS)]);
  placesMemo.set(accounts, places);
  return places;
}

const scriptMemo = new WeakMap<AccountKey[], { cjk: AccountKey[]; latin: AccountKey[] }>();

/** The keys in Chinese and in Latin letters, split once per list (the matchers memoise on these arrays). */
function byScript(keys: AccountKey[]): { cjk: AccountKey[]; latin: AccountKey[] } {
  const known = scriptMemo.get(keys);
  if (known) return known;
  const split = { cjk: keys.filter(isCjkKey), latin: keys.filter((k) => !isCjkKey(k)) };
  scriptMemo.set(keys, split);
  return split;
}

/** Words after a place that leave it standing alone: "hangzhou and renji", "the hangzhou one", "hangzhou's". */
const ALONE_AFTER = new Set([
  "and",
  "or",
  "vs",
  "versus",
  "one",
  "ones",
  "account",
  "accounts",
  "with",
  "to",
  "s",
  "please",
  "pls",
]);

/** Whether a lowercase word follows, which the place describes ("yantai sea bridge"). */
function describesNext(message: string, end: number): boolean {
  const next = message.slice(end).match(/^[ \t]+([a-z]+)\b/)?.[1];
  return !!next && !ALONE_AFTER.has(next);
}

/** Kinds of match that shorten a name: the same short words can stand for several accounts. */
const SHORTENED = new Set(["abbreviation", "short-abbreviation", "partial", "partial-en", "place-en"]);

/**
 * 湖州医院 shortens 湖州市苕溪医院 and 湖州市南浔区人民医院 alike: a shortened match names the other accounts the
 * same words shorten to (not its own group or branches, which a follow-up tells apart), so the caller asks.
 */
function withRivals(c: MentionCandidate, all: MentionCandidate[], families: Map<string, string>): MentionCandidate {
  if (!SHORTENED.has(c.kind)) return c;
  const family = (id: string) => families.get(id) ?? id;
  const rivals = [
    ...new Set(
      all
        .filter(
          (o) =>
            o.start === c.start &&
            o.end === c.end &&
            SHORTENED.has(o.kind) &&
            o.score >= 0.5 &&
            o.accountId !== c.accountId &&
            // A group and its own member are told apart by a follow-up; two members of one group (津海码头 of
            // 津海东疆码头 and 津海南疆码头) are two accounts the words fit alike.
            (family(o.accountId) !== family(c.accountId) ||
              (o.accountId !== family(o.accountId) && c.accountId !== family(c.accountId))),
        )
        .map((o) => o.accountId),
    ),
  ];
  return rivals.length > 0 ? { ...c, rivals } : c;
}

/**
 * 龙钢 shortens 龙钢集团 and its members 龙钢冷轧 and 龙钢特钢 alike: the group is read (preferGroup), and the members
 * the words fit too are kept beside it, so an answer about the group can offer them.
 */
function withMembers(c: MentionCandidate, keys: AccountKey[], families: Map<string, string>): MentionCandidate {
  if (!SHORTENED.has(c.kind) || c.rivals?.length) return c;
  const text = c.text.toLowerCase();
  const members = [
    ...new Set(
      keys
        .filter((k) => k.accountId !== c.accountId && families.get(k.accountId) === c.accountId)
        .filter((k) => k.form.toLowerCase().includes(text) || spreadIn(k.form, text))
        .map((k) => k.accountId),
    ),
  ];
  return members.length > 0 ? { ...c, members } : c;
}

/**
 * "pengcheng" shortens the group 鹏城电网 and its members alike: where the group is among the shortened readings
 * of the same words, its members' readings of them are dropped (a follow-up names a member by its own name).
 */
function preferGroup(candidates: MentionCandidate[], families: Map<string, string>): MentionCandidate[] {
  return candidates.filter((c) => {
    if (!SHORTENED.has(c.kind)) return true;
    const group = families.get(c.accountId);
    if (!group || group === c.accountId) return true;
    return !candidates.some(
      (o) => o.accountId === group && SHORTENED.has(o.kind) && o.start === c.start && o.end === c.end,
    );
  });
}

/** Each account's group: the account whose name its own name starts with (the shortest such), else itself. */
const familyMemo = new WeakMap<AccountRef[], Map<string, string>>();

function familiesOf(accounts: AccountRef[]): Map<string, string> {
  const known = familyMemo.get(accounts);
  if (known) return known;
  const out = new Map<string, string>();
  familyMemo.set(accounts, out);
  const ids = new Set(accounts.map((a) => a.id));
  for (const a of accounts) {
    // The group it is linked to, else the account whose name its own name starts with.
    if (a.parentId && ids.has(a.parentId)) {
      out.set(a.id, a.parentId);
      continue;
    }
    const heads = accounts.filter((h) => h.id !== a.id && h.name.length >= 2 && a.name.startsWith(h.name));
    out.set(a.id, heads.sort((x, y) => x.name.length - y.name.length)[0]?.id ?? a.id);
  }
  return out;
}
