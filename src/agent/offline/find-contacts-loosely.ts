import { allowedTypos, editDistance } from "./edit-distance";
import { CJK_CHAR, escapeRegExp } from "./normalize-text";

// People named loosely: an English name with a typo in the surname, or a duty their title holds (谁管技术).

/**
 * "Tariq Mahmod" for Tariq Mahmood: an English-written full name with its first name right and its last name off by a
 * typo or two (as many as a word of its length allows).
 */
export function misspeltLatinName(text: string, name: string): { at: number; length: number } | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || CJK_CHAR.test(name) || words[1].length < 5) return undefined;
  const [first, last] = words;
  const m = new RegExp(`\\b${escapeRegExp(first)}\\s+([A-Za-z'-]{4,})`, "i").exec(text);
  if (!m) return undefined;
  const typed = m[1].replace(/'s$/i, "").toLowerCase();
  const off = editDistance(typed, last.toLowerCase());
  return off > 0 && off <= allowedTypos(last.length) ? { at: m.index, length: m[0].length } : undefined;
}

const DUTY_AFTER =
  /(?:谁|哪位|什么人)(?:在)?(?:管|负责|主管|分管|对接|抓)(?:的)?([\u4e00-\u9fff]{2,4}?)(?:的|呢|啊|这块|那块|方面)?(?:[?？。,，\s]|$)/;
const DUTY_BEFORE =
  /([\u4e00-\u9fff]{2,4}?)(?:这块|那块|方面|这边|那边)?(?:现在|目前)?(?:是)?(?:谁|哪位)(?:在)?(?:管|负责|主管|分管|对接)/;
const NO_DUTY = /^(这个|那个|这家|那家|他们|你们|我们|现在|目前|客户|项目|单子|公司|这事|那事)$/;

/** The duty a "who handles X" question asks about (技术 in "谁管技术", 采购 in "采购那块谁负责"), where it sits. */
export function dutyAsked(text: string): { word: string; at: number } | undefined {
  for (const re of [DUTY_AFTER, DUTY_BEFORE]) {
    const m = re.exec(text);
    const word = m?.[1];
    if (m && word && !NO_DUTY.test(word)) return { word, at: m.index + m[0].indexOf(word) };
  }
  return undefined;
}
