import { editDistance } from "./edit-distance";
import { isCommonEnglishWord } from "./english-words";
import { CJK_CHAR } from "./normalize-text";
import { sounds } from "./pinyin-forms";

// English words of the trade typed in a hurry ("ovrdue", "forcast", "recievables", "acct"): read as meant before the
// cues look for them. Only words the cues key on, only a word that is no English word itself, and only when one
// such word is within reach.

const VOCABULARY = [
  "overdue",
  "forecast",
  "receivable",
  "receivables",
  "opportunity",
  "opportunities",
  "account",
  "accounts",
  "contact",
  "contacts",
  "pipeline",
  "tender",
  "tenders",
  "attainment",
  "payment",
  "payments",
  "invoice",
  "invoices",
  "competitor",
  "competitors",
  "customer",
  "customers",
  "stakeholders",
  "briefing",
  "reminder",
  "negotiation",
  "proposal",
  "compare",
  "schedule",
  "quarter",
];

/** Short forms people type for the same words. */
const SHORT: Record<string, string> = { acct: "account", accts: "accounts", acc: "account", accs: "accounts" };

const memo = new Map<string, string>();

/** The message with hurried spellings of the trade's words corrected (case kept as lower case). */
export function correctDomainTypos(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const latin = /[a-z]{4,}/i.test(text)
    ? text.replace(/[A-Za-z]{4,}/g, (word) => fix(word.toLowerCase()) ?? word)
    : text;
  const out = CJK_CHAR.test(latin) ? soundAlikes(latin) : latin;
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

/**
 * The trade's Chinese words dictated or typed by their sound ("鱼期的款" for 逾期, "保正金" for 保证金): a stretch that
 * reads the same in pinyin and writes at least half of the word's characters right.
 */
const ZH_VOCABULARY = [
  "逾期",
  "保证金",
  "回款",
  "尾款",
  "欠款",
  "招标",
  "中标",
  "投标",
  "商机",
  "待办",
  "验收",
  "报价",
];

export function soundAlikes(text: string): string {
  let out = text;
  for (let i = 0; i < out.length; i++) {
    if (!CJK_CHAR.test(out[i])) continue;
    // Only the words whose first syllable is this character's, checked in full.
    const first = sounds(out[i])[0];
    for (const { word, heard } of VOCABULARY_SOUNDS.get(first ?? "") ?? []) {
      const piece = out.slice(i, i + word.length);
      if (piece.length < word.length || piece === word || !/^[\u4e00-\u9fff]+$/.test(piece)) continue;
      const right = [...piece].filter((c, k) => c === word[k]).length;
      if (right * 2 < word.length || sounds(piece).join(" ") !== heard) continue;
      out = out.slice(0, i) + word + out.slice(i + word.length);
    }
  }
  return out;
}

/** The vocabulary by the syllable each word starts with: 逾期 under "yu". */
const VOCABULARY_SOUNDS = new Map<string, { word: string; heard: string }[]>();
for (const word of ZH_VOCABULARY) {
  const heard = sounds(word);
  VOCABULARY_SOUNDS.set(heard[0], [...(VOCABULARY_SOUNDS.get(heard[0]) ?? []), { word, heard: heard.join(" ") }]);
}

function fix(word: string): string | undefined {
  if (SHORT[word]) return SHORT[word];
  if (word.length < 5 || VOCABULARY.includes(word) || isCommonEnglishWord(word)) return undefined;
  const reach = word.length >= 8 ? 2 : 1;
  const near = VOCABULARY.filter((v) => Math.abs(v.length - word.length) <= reach && editDistance(word, v) <= reach);
  return near.length === 1 ? near[0] : undefined;
}
