import { REGION_NAMES } from "../../engine/region-names";
import type { AccountKey } from "./account-keys";
import { allowedTypos, editDistance } from "./edit-distance";
import { isCommonEnglishWord } from "./english-words";
import { isIndustryPhrase } from "./normalize-filters";
import type { MentionCandidate } from "./types";

type Word = { text: string; start: number; end: number; capitalised: boolean };

/** English org words in pinyin forms ("huzhou tiaoxi hospital"): never a name on their own. */

const ORG_WORDS_EN = new Set(["hospital", "group", "medical", "center", "university", "pharma", "company", "renmin"]);
/** No name word alone: an organisation word, or how money is said ("the ringgit to yuan rate": 元, 万). */
const nameSyllable = (w: string) => !ORG_WORDS_EN.has(w) && !["yuan", "wan", "kuai", "jiao"].includes(w);

const PLACE_WORDS = new Set(["in", "from", "around", "near", "across"]);
/** Provinces and cities in pinyin ("huzhou tiaoxi hospital"): a place heading a name is not its name. */
const PLACE_PINYIN = new Set(Object.values(REGION_NAMES).flatMap((names) => names.filter((n) => !n.includes(" "))));
/** "Hangzhou accounts": a place qualifying a group of accounts, not the account named Hangzhou …. */
const GROUP_WORDS = new Set(["accounts", "customers", "clients", "hospitals", "area", "region", "province", "city"]);

const WORD = /[A-Za-z0-9]+(?:&[A-Za-z0-9]+)*/g;

export function latinWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    capitalised: /^[A-Z]/.test(m[0]),
  }));
}

/**
 * English account mentions over words, case-insensitive: exact aliases, aliases with a typo or two
 * ("Eats China Medical"), and distinctive runs of an alias's words ("Renji", "East China Medical").
 */
export function matchLatinAccounts(
  message: string,
  keys: AccountKey[],
  families?: Map<string, string>,
): MentionCandidate[] {
  const words = latinWords(message);
  const docFreq = wordAccountCounts(keys, families);
  const out: MentionCandidate[] = [];
  for (const key of keys) {
    const formWords = latinWords(key.form).map((w) => w.text);
    if (formWords.length === 0) continue;
    out.push(...wholeHits(message, words, formWords, key).filter((h) => !nameGoesOn(message, h, key)));
    if (key.kind === "pinyin")
      out.push(...joinedPinyinHits(words, formWords, key, joinedFreq(keys, families), docFreq));
    out.push(
      ...partialHits(message, words, formWords, key, docFreq).filter(
        (h) => !nameGoesOn(message, h, key) && !nameStartsBefore(message, h, key),
      ),
    );
  }
  return out;
}

/** Capitalised words that do not continue a name: "Compare Hengtai Pharma And …", "… Hospital Vs …". */
const NOT_NAME_WORDS = new Set([
  "and",
  "or",
  "with",
  "vs",
  "versus",
  "the",
  "in",
  "on",
  "at",
  "for",
  "to",
  "from",
  "of",
  "is",
  "are",
  "please",
  "thanks",
  "i",
]);

/**
 * "Qiantang University First Affiliated Hospital" when the user has Qiantang Children's Hospital: the piece of
 * the alias is followed by more capitalised name words that the alias does not have, so another
 * organisation is meant.
 */
function nameGoesOn(message: string, hit: MentionCandidate, key: AccountKey): boolean {
  const next = message.slice(hit.end).match(/^[ \t]+([A-Z][a-z]{2,}(?:['’]s)?)\b/);
  if (!next) return false;
  const word = next[1].toLowerCase().replace(/['’]s$/, "");
  if (NOT_NAME_WORDS.has(word)) return false;
  return !latinWords(key.form).some((w) => w.text === word || abbreviates(word, w.text));
}

/**
 * "Kangning Medical Group" when the user has East China Medical Group: the run of the alias is preceded by a
 * capitalised name word the alias does not have (not the sentence's first word, which is capitalised anyway).
 */
function nameStartsBefore(message: string, hit: MentionCandidate, key: AccountKey): boolean {
  const before = message.slice(0, hit.start).match(/([A-Za-z]+)[ \t]+$/);
  if (!before || !/^[A-Z][a-z]{2,}$/.test(before[1])) return false;
  const earlier = message.slice(0, before.index ?? 0).trimEnd();
  if (earlier === "" || /[.!?;:]$/.test(earlier)) return false;
  const word = before[1].toLowerCase();
  if (NOT_NAME_WORDS.has(word)) return false;
  return !latinWords(key.form).some((w) => w.text === word);
}

function wholeHits(message: string, words: Word[], formWords: string[], key: AccountKey): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  const target = formWords.join(" ");
  const n = formWords.length;
  for (let i = 0; i + n <= words.length; i++) {
    const window = words.slice(i, i + n);
    const text = window.map((w) => w.text).join(" ");
    const allowed = allowedTypos(target.length);
    if (Math.abs(text.length - target.length) > allowed || (allowed === 0 && text !== target)) continue;
    const distance = text === target ? 0 : editDistance(text, target);
    if (distance > allowed) continue;
    const score = distance === 0 ? key.base : key.base - 0.1 - 0.1 * distance;
    const start = window[0].start;
    const end = window[n - 1].end;
    hits.push({ start, end, accountId: key.accountId, score, text: message.slice(start, end), kind: `${key.kind}-en` });
  }
  return hits;
}

function partialHits(
  message: string,
  words: Word[],
  formWords: string[],
  key: AccountKey,
  docFreq: Map<string, number>,
): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let f = 0; f < formWords.length; f++) {
      let len = 0;
      while (i + len < words.length && f + len < formWords.length && words[i + len].text === formWords[f + len]) len++;
      // The run may end in a word cut short ("Longyuan Petrochem", "Weihua Univ") or mistyped ("Lion Citi"): it still
      // names the alias.
      const cut =
        len > 0 &&
        i + len < words.length &&
        f + len < formWords.length &&
        (abbreviates(words[i + len].text, formWords[f + len]) || oneLetterOff(words[i + len].text, formWords[f + len]));
      if (cut) len++;
      if (len === 0 || (len === formWords.length && !cut)) continue;
      const run = words.slice(i, i + len);
      const coverage = len / formWords.length;
      const rare = (limit: number) => run.some((w) => (docFreq.get(w.text) ?? 0) <= limit && w.text.length >= 4);
      // One word alone must head the alias ("Renji" of "Renji Hospital") and not follow "in": "in Zhejiang" is a region.
      const afterPlaceWord = i > 0 && PLACE_WORDS.has(words[i - 1].text);
      const beforeGroupWord = i + 1 < words.length && GROUP_WORDS.has(words[i + 1].text);
      // A head word typed in lower case ("at eastpoint", "penang deal") counts when it is no common English word; such
      // a name word shared by two accounts ("hongda") names both, and the caller asks which.
      // "is sunshine's deal bigger": a head word in the possessive names its owner, common word or not.
      const possessive = /^['’]s\b/.test(message.slice(run[0].end));
      const nameWord = f === 0 && (possessive || !isCommonEnglishWord(run[0].text)) && /^[a-z]{4,}$/.test(run[0].text);
      const headWord = f === 0 && (run[0].capitalised || nameWord);
      // In pinyin forms the head is usually the city (huzhou tiaoxi hospital): the name word after it counts in any case.
      const pinyinName = key.kind === "pinyin" && f > 0 && f < formWords.length - 1 && nameSyllable(run[0].text);
      const single =
        len === 1 &&
        (headWord || pinyinName) &&
        (rare(1) || (nameWord && rare(2))) &&
        !afterPlaceWord &&
        !beforeGroupWord;
      // "auto parts" of "Hengchi Auto Parts" is a kind of company, not the name.
      const multi = len >= 2 && coverage >= 0.5 && rare(2) && !isIndustryPhrase(run.map((w) => w.text).join(" "));
      if (!single && !multi) continue;
      const start = run[0].start;
      const end = run[len - 1].end;
      const score = 0.55 + 0.3 * coverage;
      // "the yantai job": a city heading a pinyin form (Yantai Zhenhai) describes by place; a name said beside it wins.
      const place = len === 1 && key.kind === "pinyin" && PLACE_PINYIN.has(run[0].text);
      const kind = place ? "place-en" : "partial-en";
      hits.push({ start, end, accountId: key.accountId, score, text: message.slice(start, end), kind });
    }
  }
  return hits;
}

/** "Lion Citi" for Lion City: after a name word typed right, the next one a letter off (four letters or more). */
function oneLetterOff(typed: string, word: string): boolean {
  return typed.length >= 4 && word.length >= 4 && typed[0] === word[0] && editDistance(typed, word) === 1;
}

/** Shortenings that are no prefix of the word they stand for. */
const SHORT_FORMS: Record<string, string> = {
  intl: "international",
  mfg: "manufacturing",
  grp: "group",
  natl: "national",
  govt: "government",
  dept: "department",
  svcs: "services",
  co: "company",
  uni: "university",
};

/**
 * "univ" of university, "petrochem" of petrochemical, "tech" of technology, "intl" of international: a word cut short
 * (four letters at least) or a usual shortening, written as the next word of a name.
 */
export function abbreviates(typed: string, word: string): boolean {
  if (SHORT_FORMS[typed] === word) return true;
  return typed.length >= 4 && typed.length < word.length && word.startsWith(typed);
}

/**
 * In how many accounts' names and aliases each word occurs: a word of one account only is distinctive. A group and
 * the members named after it (东海康宁医疗集团, …定海医院) count once: "Kangning" is the group's word.
 */
function wordAccountCounts(keys: AccountKey[], families?: Map<string, string>): Map<string, number> {
  const owners = new Map<string, Set<string>>();
  for (const key of keys) {
    for (const w of latinWords(key.form)) {
      const set = owners.get(w.text) ?? new Set<string>();
      set.add(families?.get(key.accountId) ?? key.accountId);
      owners.set(w.text, set);
    }
  }
  return new Map([...owners].map(([word, set]) => [word, set.size]));
}

/** Name words of a pinyin form run together, as people type them: "youxianhui", "quancheng", "lanwan". */
function joinedRuns(formWords: string[]): { text: string; from: number; to: number }[] {
  const runs: { text: string; from: number; to: number }[] = [];
  for (let f = 0; f < formWords.length; f++) {
    let text = "";
    for (let t = f; t < formWords.length && !ORG_WORDS_EN.has(formWords[t]); t++) {
      text += formWords[t];
      if (text.length >= 5) runs.push({ text, from: f, to: t + 1 });
    }
  }
  return runs;
}

const joinedMemo = new WeakMap<AccountKey[], Map<string, number>>();

/** In how many accounts' (families') pinyin forms each run-together word occurs. */
function joinedFreq(keys: AccountKey[], families?: Map<string, string>): Map<string, number> {
  const known = joinedMemo.get(keys);
  if (known) return known;
  const owners = new Map<string, Set<string>>();
  for (const key of keys) {
    if (key.kind !== "pinyin") continue;
    for (const run of joinedRuns(latinWords(key.form).map((w) => w.text))) {
      const set = owners.get(run.text) ?? new Set<string>();
      set.add(families?.get(key.accountId) ?? key.accountId);
      owners.set(run.text, set);
    }
  }
  const out = new Map([...owners].map(([w, set]) => [w, set.size]));
  joinedMemo.set(keys, out);
  return out;
}

/** Titles typed in pinyin after a surname ("liu zonggong", "wang zhuren"): a person, never a typo of a name. */
const TITLE_PINYIN = new Set(
  "zonggong zongjian zongjingli jingli zhuren yuanzhang kezhang chuzhang juzhang buzhang changzhang zhanzhang suozhang duanzhang laoban dongshizhang zhuguan gongchengshi hushizhang jiaoshou laoshi".split(
    " ",
  ),
);

/**
 * A word of the message that is the account's Chinese name in pinyin run together, in any case, with at most one
 * typo in a long one ("pengchen" for Pengcheng): it comes from the name's characters, so it is no English word
 * ("insurance" of an English alias never matches alone).
 */
function joinedPinyinHits(
  words: Word[],
  formWords: string[],
  key: AccountKey,
  freq: Map<string, number>,
  known: Map<string, number>,
): MentionCandidate[] {
  const hits: MentionCandidate[] = [];
  const runs = joinedRuns(formWords);
  for (const w of words) {
    // A province or city ("zhejiang", "dalian") is a place, never a name typed in lower case or with a typo.
    if (w.text.length < 5 || PLACE_PINYIN.has(w.text) || TITLE_PINYIN.has(w.text)) continue;
    // A word that is itself some account's name word is no typo of another's: "Xinghai" is not "Dinghai".
    const exact = freq.has(w.text) || known.has(w.text);
    for (const run of runs) {
      const typo = !exact && run.text.length >= 7 && w.text !== run.text && editDistance(w.text, run.text) === 1;
      if (w.text !== run.text && !typo) continue;
      if ((freq.get(run.text) ?? 0) > 1) continue;
      // One pinyin word already counts as a partial hit when capitalised; this adds run-together and lower-case ones.
      if (run.to - run.from === 1 && w.capitalised && !typo) continue;
      const coverage = (run.to - run.from) / formWords.length;
      const score = 0.55 + 0.3 * coverage - (typo ? 0.05 : 0);
      hits.push({ start: w.start, end: w.end, accountId: key.accountId, score, text: w.text, kind: "partial-en" });
    }
  }
  return hits;
}
