import { tagWords } from "./jieba";
import { isIndustryPhrase } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";

const MONTH_OR_DAY =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|q[1-4]|the|my|our|this|next|last)/i;

/**
 * The places the user filters by, joined with 、 when several (马来西亚和新加坡 -> 马来西亚、新加坡): the place names jieba
 * tags (ns) outside account names (浙江, 华东地区 -> 华东), else places the book's accounts are in (`bookPlaces`: 宁德,
 * which jieba takes for a person's name), or an English "in Zhejiang" / "in penang" (a place of the book, any case).
 * `masked` has account names replaced.
 */
export function extractRegion(masked: string, bookPlaces: readonly string[] = []): string | undefined {
  // 海外客户, 国外的客户: every account outside China.
  if (/海外|国外|境外/.test(masked)) return "海外";
  if (CJK_CHAR.test(masked)) {
    // Two characters at least: jieba tags a lone 琅 or 溟 of an unknown name as a place.
    // 海鲜 is tagged a place; an industry word is none.
    const places = tagWords(masked)
      .filter((w) => w.tag === "ns" && CJK_CHAR.test(w.word) && w.word.length >= 2 && !isIndustryPhrase(w.word))
      .map((w) => w.word.replace(/(地区|区域|一带)$/, ""));
    if (places.length > 0) return [...new Set(places)].join("、");
    const known = bookPlaces.find((p) => CJK_CHAR.test(p) && p.length >= 2 && masked.includes(p));
    if (known) return known;
  }
  const en = masked.match(/\b(?:in|from|around)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/);
  if (en && !MONTH_OR_DAY.test(en[1])) return en[1];
  const lower = masked.toLowerCase();
  return bookPlaces.find(
    (p) => !CJK_CHAR.test(p) && new RegExp(`\\b(?:in|from|around|near)\\s+${p.toLowerCase()}\\b`).test(lower),
  );
}
