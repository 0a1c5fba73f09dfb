import { isCommonEnglishWord } from "./english-words";
import { CJK_CHAR, escapeRegExp } from "./normalize-text";
import { sounds } from "./pinyin-forms";

/**
 * The competitor a message names ("谱瑞", "Orbis", "联创影像"), by its recorded name or an alias, or by the name
 * without its trade word (谱瑞 for 谱瑞仪器). The recorded name; undefined when none is named.
 */
export function competitorSaid(text: string, competitors: { name: string; aliases: string[] }[]): string | undefined {
  const lower = text.toLowerCase();
  let best: { name: string; at: number; length: number } | undefined;
  for (const c of competitors) {
    const forms = [c.name, ...c.aliases, ...[c.name, ...c.aliases].flatMap(shortForms)];
    for (const form of forms) {
      const f = form.trim().toLowerCase();
      if (f.length < (CJK_CHAR.test(f) ? 2 : 3)) continue;
      const at = !lower.includes(f) ? -1 : CJK_CHAR.test(f) ? lower.indexOf(f) : wordAt(lower, f);
      if (at < 0) continue;
      if (!best || f.length > best.length) best = { name: c.name, at, length: f.length };
    }
  }
  return best?.name;
}

/**
 * 谱瑞仪器 → 谱瑞, 汇测环境 → 汇测, "Huice Environmental" → Huice: a name said without its trade word; a Chinese
 * name's first two characters in pinyin as well ("Kangmai Medical" for 康迈医疗), never an English word.
 */
function shortForms(name: string): string[] {
  if (/^[\u4e00-\u9fff]{4}$/.test(name)) {
    const head = sounds(name.slice(0, 2)).join("");
    return [name.slice(0, 2), ...(head.length >= 5 && !isCommonEnglishWord(head) ? [head] : [])];
  }
  const first = name.split(/\s+/)[0];
  return /^[A-Z][a-z]{3,}$/.test(first) && name.includes(" ") ? [first] : [];
}

function wordAt(lower: string, form: string): number {
  const m = new RegExp(`\\b${escapeRegExp(form)}\\b`).exec(lower);
  return m ? m.index : -1;
}
