import { CJK_CHAR } from "./normalize-text";
import { personPinyinForms } from "./pinyin-forms";
import type { ContactRef } from "./types";

type Hit = { id: string; at: number; length: number };

/**
 * English ways to say a Chinese title: "the GM" is 总经理, "the president" a 院长 or 总裁. Each entry: the English
 * words, and a pattern over the contact's title. Used like a title alone: only within the accounts in play.
 */
const EN_TITLES: [RegExp, RegExp][] = [
  [/\b(gm|general manager|ceo|boss|head)\b/i, /(?<!副)(总经理|总裁|院长)/],
  [/\b(president|director|dean|chief)\b(?! of)/i, /^(院长|集团总裁|总裁|总经理)$/],
  [/\b(vice[- ]president|vp|deputy|vice[- ]director)\b/i, /副院长|副总裁|副总经理/],
  [/\b(cio|it (head|director|manager|lead)|head of it)\b/i, /信息/],
  [/\b(procurement|purchasing|buyer)\b/i, /采购/],
  [/\b(equipment|engineering) (head|chief|manager|director)\b/i, /设备/],
  [/\b(radiology|imaging) (head|chief|director)\b/i, /放射|影像/],
];

/**
 * Contacts the message names: the full name (also in pinyin, either order), surname + title (王院长, 李主任 for
 * 信息中心主任, 蔡总 for 总经理), or, within the accounts in play, the title alone ("their CIO", 院长). Only the
 * accounts' contacts when accounts are known.
 */
export function findContacts(text: string, contacts: ContactRef[], accountIds: string[]): string[] {
  const pool = accountIds.length > 0 ? contacts.filter((c) => accountIds.includes(c.accountId)) : contacts;
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const contact of pool) {
    for (const form of contactForms(contact, accountIds.length > 0)) {
      const at = CJK_CHAR.test(form) ? text.indexOf(form) : wordIndex(lower, form.toLowerCase());
      if (at >= 0) hits.push({ id: contact.id, at, length: form.length });
    }
    if (accountIds.length > 0 && contact.title)
      for (const [words, title] of EN_TITLES) {
        const m = text.match(words);
        if (m && title.test(contact.title)) hits.push({ id: contact.id, at: m.index ?? 0, length: m[0].length });
      }
  }
  // The longest form at a place wins: 院长 inside 副院长 is not the 院长.
  const kept = hits.filter(
    (h) => !hits.some((o) => o !== h && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length),
  );
  kept.sort((a, b) => a.at - b.at || b.length - a.length);
  return [...new Set(kept.map((h) => h.id))];
}

function contactForms(contact: ContactRef, scoped: boolean): string[] {
  const forms = [contact.name, ...personPinyinForms(contact.name)];
  const title = contact.title?.trim();
  if (!title) return forms;
  if (CJK_CHAR.test(contact.name) && CJK_CHAR.test(title)) {
    const surname = contact.name[0];
    forms.push(surname + title, surname + title.slice(-2));
    // 蔡总 for a 总经理 or 总裁; 周院 is not said.
    if (/总/.test(title)) forms.push(`${surname}总`);
  }
  if (scoped && title.length >= 2) forms.push(title);
  return forms;
}

function wordIndex(text: string, form: string): number {
  const re = new RegExp(`(^|[^a-z0-9])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`);
  const m = text.match(re);
  return m ? (m.index ?? 0) + m[1].length : -1;
}
