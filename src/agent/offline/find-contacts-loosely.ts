import { allowedTypos, editDistance } from "./edit-distance";
import { isCommonEnglishWord } from "./english-words";
import { CJK_CHAR, escapeRegExp } from "./normalize-text";
import { sounds } from "./pinyin-forms";
import { isPinyinWord } from "./pinyin-sentence";
import type { ContactRef } from "./types";

// People named loosely: an English name with a typo in the surname, a duty their title holds (谁管技术), a Chinese
// name written by its sound (吴国萍 for 吴国平), a surname and a title in pinyin (zhang gong).

/**
 * "Tariq Mahmod" for Tariq Mahmood, "Melisa Ong" for Melissa Ong: an English-written full name with one of its names
 * right and the other off by a typo or two (as many as a word of its length allows); "spoke to Omer" for an Omar: a
 * first name alone, capitalised, one letter off, and no English word.
 */
export function misspeltLatinName(text: string, name: string): { at: number; length: number } | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || CJK_CHAR.test(name)) return undefined;
  const [first, last] = words;
  if (words.length === 2 && last.length >= 5) {
    const m = new RegExp(`\\b${escapeRegExp(first)}\\s+([A-Za-z'-]{4,})`, "i").exec(text);
    const typed = m?.[1].replace(/'s$/i, "").toLowerCase();
    const off = typed ? editDistance(typed, last.toLowerCase()) : 0;
    if (m && off > 0 && off <= allowedTypos(last.length)) return { at: m.index, length: m[0].length };
  }
  if (words.length === 2 && first.length >= 5) {
    const m = new RegExp(`\\b([A-Za-z'-]{4,})\\s+${escapeRegExp(last)}\\b`, "i").exec(text);
    const off = m ? editDistance(m[1].toLowerCase(), first.toLowerCase()) : 0;
    if (m && off > 0 && off <= allowedTypos(first.length)) return { at: m.index, length: m[0].length };
  }
  if (first.length < 4 || !/^[A-Z]/.test(first)) return undefined;
  for (const m of text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
    const typed = m[0].toLowerCase();
    if (typed.length < 4 || Math.abs(typed.length - first.length) > 1) continue;
    // "Xu Jing's accounts" is someone's name in pinyin, not a Jung mistyped: a word of a written-out name is no typo.
    const at = m.index ?? 0;
    const inName = /[A-Z][a-z]*\s+$/.test(text.slice(0, at)) || /^\s+[A-Z]/.test(text.slice(at + m[0].length));
    if (inName || isPinyinWord(typed)) continue;
    if (editDistance(typed, first.toLowerCase()) === 1 && !isCommonEnglishWord(typed))
      return { at: m.index ?? 0, length: m[0].length };
  }
  return undefined;
}

const DUTY_AFTER =
  /(?:谁|哪位|什么人)(?:在)?(?:管|负责|主管|分管|对接|抓)(?:的)?([\u4e00-\u9fff]{2,4}?)(?:的|呢|啊|这块|那块|方面)?(?:[?？。,，\s]|$)/;
const DUTY_BEFORE =
  /([\u4e00-\u9fff]{2,4}?)(?:这块|那块|方面|这边|那边)?(?:现在|目前)?(?:是)?(?:谁|哪位)(?:在)?(?:管|负责|主管|分管|对接)/;
const NO_DUTY = /^(这个|那个|这家|那家|他们|你们|我们|现在|目前|客户|项目|单子|公司|这事|那事)$/;

/**
 * A person described by their department or duty and 那个 ("财务那个谁", "门店工程那个经理", "采购部那位"): the words
 * before it, where a title of the accounts in play may hold them (the caller checks).
 */
const DEPT_DESCRIBED =
  /([\u4e00-\u9fff]{2,6}?)(?:部|科|处|室)?(?:的)?(?:那个|那位|这个|这位)(?:谁|人|经理|主任|总监|部长|科长|处长|负责人|女的|男的|姐|哥)?(?=说|讲|提|咋|怎么|啥|什么|是|电话|手机|[?？\s]|$)/;

/** Where the description stands: the department's words and the whole description (through its title word). */
export function deptDescribed(text: string): { word: string; at: number; length: number } | undefined {
  const m = DEPT_DESCRIBED.exec(text);
  return m ? { word: m[1], at: m.index, length: m[0].length } : undefined;
}

/** The duty a "who handles X" question asks about (技术 in "谁管技术", 采购 in "采购那块谁负责"), where it sits. */
export function dutyAsked(text: string): { word: string; at: number } | undefined {
  for (const re of [DUTY_AFTER, DUTY_BEFORE]) {
    const m = re.exec(text);
    const word = m?.[1];
    if (m && word && !NO_DUTY.test(word)) return { word, at: m.index + m[0].indexOf(word) };
  }
  return undefined;
}

/** Where the text writes a Chinese name by its sound: the same surname, the other characters sounding the same. */
export function soundAlike(text: string, name: string, contacts: ContactRef[]): number {
  const n = name.length;
  if (n < 2 || n > 4 || !/^[\u4e00-\u9fff]+$/.test(name)) return -1;
  const said = sounds(name).join(" ");
  for (let at = text.indexOf(name[0]); at >= 0 && at + n <= text.length; at = text.indexOf(name[0], at + 1)) {
    const window = text.slice(at, at + n);
    if (window === name || !/^[\u4e00-\u9fff]+$/.test(window)) continue;
    if (contacts.some((c) => c.name === window) || sounds(window).join(" ") !== said) continue;
    return at;
  }
  return -1;
}

export const PINYIN_SURNAME_TITLE =
  /\b([a-z]{1,6})\s*(gong|zong|jingli|zhuren|kezhang|buzhang|chuzhang|yuanzhang|dong)\b/gi;

/** 孙总 is a 总 (总经理, 总监, 副总); 王主任 a 主任. */
export function pinyinTitleFits(word: string, contact: ContactRef): boolean {
  const title = contact.title ?? "";
  const w = word.toLowerCase();
  // 张工 is said of engineers and the technical heads above them, not of the chief executives.
  if (w === "gong") return !/总经理|总裁|董事|院长/.test(title);
  const zh: Record<string, RegExp> = {
    zong: /总/,
    jingli: /经理/,
    zhuren: /主任/,
    kezhang: /科长/,
    buzhang: /部长/,
    chuzhang: /处长/,
    yuanzhang: /院长/,
    dong: /董事/,
  };
  return zh[w]?.test(title) ?? false;
}
