import { cutWords } from "./jieba";
import { CJK_CHAR } from "./normalize-text";

/** The word before 行业/领域 ("医疗行业的客户"), or "in the healthcare industry|sector". */
export function extractIndustry(masked: string): string | undefined {
  const words = cutWords(masked).filter((w) => w.trim() !== "");
  const at = words.findIndex((w) => w === "行业" || w === "领域" || w === "板块");
  if (at > 0 && CJK_CHAR.test(words[at - 1]) && words[at - 1].length >= 2) return words[at - 1];
  const joined = words.find((w) => /^[\u4e00-\u9fff]{2,}(行业|领域)$/.test(w));
  if (joined) return joined.replace(/(行业|领域)$/, "");
  const en = masked.match(/\b([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:industry|sector|vertical)\b/i);
  if (en) return en[1].replace(/^(the|in|my)\s+/i, "").toLowerCase();
  return undefined;
}
