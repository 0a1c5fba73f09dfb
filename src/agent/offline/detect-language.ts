import { CJK_CHARS } from "./normalize-text";
import { isPinyinSentence } from "./pinyin-sentence";
import type { Language } from "./types";

/**
 * zh when CJK characters are at least as many as Latin words; `rest` is the message with account names
 * removed, so "华东医疗集团" alone (or "FAHZU") keeps the conversation's language.
 */
export function detectLanguage(message: string, rest: string, contextLanguage?: Language): Language {
  const restCjk = (rest.match(CJK_CHARS) ?? []).length;
  const restWords = (rest.match(/[A-Za-z]+/g) ?? []).length;
  if (restCjk === 0 && restWords === 0) {
    if (contextLanguage) return contextLanguage;
    return (message.match(CJK_CHARS) ?? []).length > 0 ? "zh" : "en";
  }
  // "tianmu jituan zenme yang": Chinese typed in pinyin, no character at all.
  if (restCjk === 0 && isPinyinSentence(message)) return "zh";
  return restCjk > 0 && restCjk >= restWords ? "zh" : "en";
}
