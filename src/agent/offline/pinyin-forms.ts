import { pinyin } from "pinyin-pro";
import { cutWords } from "./jieba";
import { CJK_CHAR } from "./normalize-text";

/** Org words an English speaker says in English: 苕溪医院 is "Tiaoxi Hospital", 恒泰医药 "Hengtai Pharma". */
const ORG_WORDS: [RegExp, string][] = [
  [/^(人民)?医院$/, "hospital"],
  [/^(有限|股份有限)?公司$/, ""],
  [/^医疗集团$/, "medical group"],
  [/^集团$/, "group"],
  [/^医药$/, "pharma"],
  [/^中心$/, "center"],
  [/^大学$/, "university"],
  [/^[市省区县]$/, ""],
];

const memo = new Map<string, string[]>();

function syllables(word: string): string {
  return (pinyin(word, { toneType: "none", type: "array" }) as string[]).join("").replace(/ü/g, "v");
}

/**
 * Latin forms of a Chinese account name: its words in pinyin, org words in English, the city prefix dropped
 * ("湖州市苕溪医院" -> "huzhou tiaoxi hospital"). Memoised: names are the same on every message.
 */
export function accountPinyinForms(name: string): string[] {
  if (!CJK_CHAR.test(name)) return [];
  const known = memo.get(name);
  if (known) return known;
  const words = cutWords(name).flatMap((w) => {
    // 南浔区 is "Nanxun", 嘉善县 "Jiashan": the administrative suffix is not said in English.
    if (/^.+[市省区县]$/.test(w) && w.length > 2) return [w.slice(0, -1), w.slice(-1)];
    if (ORG_WORDS.some(([re]) => re.test(w))) return [w];
    const hospital = w.match(/^(.+?)(人民|中心)?医院$/);
    return hospital ? [hospital[1], "医院"] : [w];
  });
  // jieba splits rare names into single characters (苕/溪): a run of them is one name word.
  const merged: string[] = [];
  for (const w of words) {
    const last = merged.length - 1;
    const single = (x: string) => x.length === 1 && CJK_CHAR.test(x) && !ORG_WORDS.some(([re]) => re.test(x));
    if (single(w) && last >= 0 && single(merged[last])) merged[last] += w;
    else merged.push(w);
  }
  const latin = merged
    .map((w) => {
      const org = ORG_WORDS.find(([re]) => re.test(w));
      return org ? org[1] : CJK_CHAR.test(w) ? syllables(w) : w.toLowerCase();
    })
    .filter(Boolean)
    .join(" ")
    .trim();
  const forms = latin ? [latin] : [];
  if (memo.size > 5000) memo.clear();
  memo.set(name, forms);
  return forms;
}

/** A Chinese person's name in pinyin, both orders: 程刚 -> "cheng gang", "gang cheng", "chenggang". */
export function personPinyinForms(name: string): string[] {
  if (!CJK_CHAR.test(name) || name.length < 2) return [];
  const key = `p:${name}`;
  const known = memo.get(key);
  if (known) return known;
  const surname = syllables(name[0]);
  const given = syllables(name.slice(1));
  const forms = [`${surname} ${given}`, `${given} ${surname}`, `${surname}${given}`];
  memo.set(key, forms);
  return forms;
}

/** The syllables of a text without tones, one per character (memoised per text). */
export function sounds(text: string): string[] {
  const key = `s:${text}`;
  const known = memo.get(key);
  if (known) return known;
  const out = pinyin(text, { toneType: "none", type: "array" }) as string[];
  if (memo.size > 5000) memo.clear();
  memo.set(key, out);
  return out;
}
