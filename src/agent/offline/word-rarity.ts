import { idf } from "@node-rs/jieba/dict.js";
import { cutWords, tagWords } from "./jieba";
import { CJK_CHAR } from "./normalize-text";

/** jieba's inverse document frequency above which a word is rare enough to name one organisation (仁济 12.8, 医疗器械 8.9). */
const RARE_IDF = 11;

let table: string | null = null;
const cache = new Map<string, number | null>();

/** jieba's IDF of a dictionary word, null when it has none. The table is decoded on first use. */
export function idfOf(word: string): number | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (table === null) table = "\n" + Buffer.from(idf).toString("utf8");
  const at = table.indexOf("\n" + word + " ");
  const value = at < 0 ? null : Number(table.slice(at + word.length + 2, table.indexOf("\n", at + 1)));
  cache.set(word, value);
  return value;
}

/**
 * Whether a piece of a name can stand for the organisation alone: it holds a rare word (瑞康, 仁济) or a
 * word jieba does not know and splits into characters (康诺, 惠利). Common words (医疗器械, 人民) cannot.
 */
export function isNameLike(span: string): boolean {
  const words = cutWords(span);
  if (words.some((w) => w.length >= 2 && CJK_CHAR.test(w) && (idfOf(w) ?? RARE_IDF) >= RARE_IDF)) return true;
  const tags = tagWords(span);
  for (let i = 1; i < tags.length; i++) {
    const pair = [tags[i - 1], tags[i]];
    if (pair.every((w) => w.word.length === 1 && CJK_CHAR.test(w.word) && w.tag !== "m" && w.tag !== "uj")) return true;
  }
  return false;
}
