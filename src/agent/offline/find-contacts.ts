import { CJK_CHAR } from "./normalize-text";
import type { ContactRef } from "./types";

type Hit = { id: string; at: number; length: number };

/**
 * Contacts the message names: the full name, surname + title (王院长, 李主任 for 信息中心主任), or, within
 * the accounts in play, the title alone ("their CIO"). Only the accounts' contacts when accounts are known.
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
  }
  hits.sort((a, b) => a.at - b.at || b.length - a.length);
  return [...new Set(hits.map((h) => h.id))];
}

function contactForms(contact: ContactRef, scoped: boolean): string[] {
  const forms = [contact.name];
  const title = contact.title?.trim();
  if (!title) return forms;
  if (CJK_CHAR.test(contact.name) && CJK_CHAR.test(title)) {
    const surname = contact.name[0];
    forms.push(surname + title, surname + title.slice(-2));
  }
  if (scoped && title.length >= 2) forms.push(title);
  return forms;
}

function wordIndex(text: string, form: string): number {
  const re = new RegExp(`(^|[^a-z0-9])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`);
  const m = text.match(re);
  return m ? (m.index ?? 0) + m[1].length : -1;
}
