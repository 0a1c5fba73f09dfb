import { sounds } from "./pinyin-forms";
import type { AccountRef } from "./types";

/** A Chinese character run directly followed by Latin letters: where a character may have been typed as pinyin. */
const MIXED = /[\u4e00-\u9fff][A-Za-z]/;

/**
 * "华通一ju尾款": a character of an account's Chinese name typed as its pinyin (the input method left it unconverted),
 * after at least two characters of the name as written. The character is put back ("华通一局尾款"), so the name is
 * read as the user meant; the first two characters must be written in Chinese, so a word of pinyin alone never counts.
 */
export function restorePinyinTyped(text: string, accounts: readonly AccountRef[]): string {
  if (!MIXED.test(text)) return text;
  let out = text;
  let lower = out.toLowerCase();
  for (const a of accounts)
    for (const name of [a.name, ...a.aliases]) {
      if (name.length < 3 || !/^[\u4e00-\u9fff]+$/.test(name)) continue;
      const syllables = sounds(name);
      for (let k = 2; k < name.length; k++) {
        const typed = name.slice(0, k) + syllables[k];
        const at = lower.indexOf(typed);
        if (at < 0 || /[A-Za-z]/.test(out[at + typed.length] ?? "")) continue;
        out = out.slice(0, at) + name.slice(0, k + 1) + out.slice(at + typed.length);
        lower = out.toLowerCase();
      }
    }
  return out;
}
