import { tagWords } from "./jieba";
import { isIndustryPhrase } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";

const MONTH_OR_DAY =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|q[1-4]|the|my|our|this|next|last)/i;

/**
 * A place the user filters by: the first place name jieba tags (ns) outside account names
 * (浙江, 华东地区 -> 华东), else a place the book's accounts are in (`bookPlaces`: 宁德, which jieba takes for a
 * person's name), or an English "in Zhejiang". `masked` has account names replaced.
 */
export function extractRegion(masked: string, bookPlaces: readonly string[] = []): string | undefined {
  if (CJK_CHAR.test(masked)) {
    // Two characters at least: jieba tags a lone 琅 or 溟 of an unknown name as a place.
    // 海鲜 is tagged a place; an industry word is none.
    const place = tagWords(masked).find(
      (w) => w.tag === "ns" && CJK_CHAR.test(w.word) && w.word.length >= 2 && !isIndustryPhrase(w.word),
    );
    if (place) return place.word.replace(/(地区|区域|一带)$/, "");
    const known = bookPlaces.find((p) => CJK_CHAR.test(p) && p.length >= 2 && masked.includes(p));
    if (known) return known;
  }
  const en = masked.match(/\b(?:in|from|around)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/);
  if (en && !MONTH_OR_DAY.test(en[1])) return en[1];
  return undefined;
}
