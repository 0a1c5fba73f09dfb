import type { AccountKey } from "./account-keys";
import { tagWords } from "./jieba";
import { CJK_CHAR } from "./normalize-text";
import { sounds } from "./pinyin-forms";
import type { MentionCandidate } from "./types";

// Account names written short or by sound: abbreviations (浙大一院, 浙一) and homophones (华东一园). Read by
// match-cjk-accounts.ts beside exact and partial names.

/** What an abbreviation may not be after its first character: only a generic word. */
const GENERIC_REST = /^(人民)?(医院|集团|公司|大学|学院|中心|卫生院|保健院|委员会|研究院|研究所)$/;

/** 浙大一院 for 浙江大学医学院附属第一医院: first and last characters kept, the rest a subsequence. */
export function abbreviationHits(message: string, key: AccountKey, bounds: Set<number>): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  const first = key.form[0];
  const last = key.form[key.form.length - 1];
  for (let start = message.indexOf(first); start >= 0; start = message.indexOf(first, start + 1)) {
    // An abbreviation starts where a word does, never inside one.
    if (!bounds.has(start)) continue;
    for (let end = start + 3; end <= Math.min(message.length, start + 8); end++) {
      if (message[end - 1] !== last) continue;
      const text = message.slice(start, end);
      if (key.form.includes(text) || !isSubsequence(text, key.form)) continue;
      // 湖 + 医院 keeps nothing distinctive of 湖州市苕溪医院 (it is the end of 湘湖医院).
      if (GENERIC_REST.test(text.slice(1))) continue;
      const score = 0.7 + 0.2 * (text.length / key.form.length);
      hits.push({ start, end, accountId: key.accountId, score, text, kind: "abbreviation" });
    }
  }
  return hits;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) {
    if (ch === short[at]) at++;
    if (at === short.length) return true;
  }
  return false;
}

const COMMON_WORD_TAGS = new Set(["t", "tg", "d", "v", "vn", "r", "p", "c", "m", "f", "a", "ad", "q", "s"]);

/** 浙一, 杭一: two characters, the name's first and one later one, standing alone, and fitting one account only. */
/** Tags of a word that names something: a place, a person, an organisation, a noun. */
const NAMING_TAGS = new Set(["n", "ns", "nr", "nrt", "nz", "nt", "j", "nrfg", "ng"]);

/**
 * "金穗农机", "晋城兰花印务": two characters or more of naming words right before `start`, none of them in the
 * account's name `form`: what follows is another organisation's trade word (农机, 印务), not a short form of the
 * account.
 */
export function namedBefore(message: string, start: number, form: string): boolean {
  const run = /[\u4e00-\u9fff]{1,4}$/.exec(message.slice(0, start))?.[0] ?? "";
  let named = "";
  for (const w of tagWords(run).reverse()) {
    if (!NAMING_TAGS.has(w.tag) || form.includes(w.word)) break;
    named = w.word + named;
  }
  return named.length >= 2;
}

export function shortAbbreviationHits(
  message: string,
  key: AccountKey,
  keys: AccountKey[],
  bounds: Set<number>,
): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  for (let start = message.indexOf(key.form[0]); start >= 0; start = message.indexOf(key.form[0], start + 1)) {
    const text = message.slice(start, start + 2);
    if (text.length < 2 || !CJK_CHAR.test(text[1]) || key.form.includes(text)) continue;
    if (!bounds.has(start) || !bounds.has(start + 2) || !isSubsequence(text, key.form)) continue;
    // 上周, 下月, 这家: a common word of time, place or grammar is no abbreviation.
    if (tagWords(text).some((w) => w.word === text && COMMON_WORD_TAGS.has(w.tag))) continue;
    const owners = new Set(
      keys.filter((k) => k.form[0] === text[0] && isSubsequence(text, k.form)).map((k) => k.accountId),
    );
    if (owners.size !== 1 || namedBefore(message, start, key.form)) continue;
    hits.push({ start, end: start + 2, accountId: key.accountId, score: 0.6, text, kind: "short-abbreviation" });
  }
  return hits;
}

/**
 * Typed by sound: 华东一园 for 华东一院, 玄五湖 for 玄武湖, 民运 for 闽运. A stretch of the message as long as the
 * name that reads the same in pinyin (without tones) and writes at least half of its characters right.
 */
const NUMERALS = /[一二三四五六七八九十两零\d]/;

let heardFor = "";
let heardSounds: (string | null)[] = [];

/** Each character's syllable (null for what is no Chinese character), worked out once per message. */
function firstSounds(message: string): (string | null)[] {
  if (message !== heardFor) {
    heardFor = message;
    // By UTF-16 index, as the callers walk the message.
    heardSounds = Array.from({ length: message.length }, (_, i) =>
      CJK_CHAR.test(message[i]) ? (sounds(message[i])[0] ?? null) : null,
    );
  }
  return heardSounds;
}

export function homophoneHits(message: string, key: AccountKey): MentionCandidate[] {
  // 藤格里 for 腾格里(沙漠新能源…): the name's three-character head, heard the same, stands for the name too.
  const head = key.form.length > 4 && key.kind !== "pinyin" ? key.form.slice(0, 3) : null;
  // Only the first character may differ (a name misheard at its start); 北京是 is no 北京市.
  const heads = head
    ? soundsLike(message, { ...key, form: head })
        .filter((h) => h.text[0] !== head[0] && h.text.slice(1) === head.slice(1))
        .map((h) => ({ ...h, score: h.score * 0.8 }))
    : [];
  return [...soundsLike(message, key), ...heads];
}

function soundsLike(message: string, key: AccountKey): MentionCandidate[] {
  const n = key.form.length;
  // Two characters too (鹭岗 for 鹭港): the first written right, the second the same sound, and no common word.
  if (n < 2 || n > 10 || message.length < n) return [];
  const hits: MentionCandidate[] = [];
  const keySounds = sounds(key.form);
  // 民运 for 闽运 (speech typed by a phone): the first character may be another of the same sound, as long as it is
  // a Chinese character and the others keep their share written right.
  const first = keySounds[0];
  const heard = firstSounds(message);
  for (let at = 0; at + n <= message.length; at++) {
    if (message[at] !== key.form[0] && heard[at] !== first) continue;
    const text = message.slice(at, at + n);
    if (text === key.form || !CJK_CHAR.test(text)) continue;
    let same = 0;
    let numeral = false;
    for (let i = 0; i < n; i++)
      if (text[i] === key.form[i]) same++;
      // 钱大二院 is the second hospital, not 钱大儿院 the children's: a numeral never stands for a sound-alike.
      else if (NUMERALS.test(text[i]) || NUMERALS.test(key.form[i])) numeral = true;
    if (numeral) continue;
    if (same < Math.ceil(n / 2) || same === n) continue;
    if (sounds(text).join(" ") !== keySounds.join(" ")) continue;
    if (n === 2 && tagWords(text).some((w) => w.word === text && COMMON_WORD_TAGS.has(w.tag))) continue;
    hits.push({ start: at, end: at + n, accountId: key.accountId, score: key.base * 0.9, text, kind: "homophone" });
  }
  return hits;
}
