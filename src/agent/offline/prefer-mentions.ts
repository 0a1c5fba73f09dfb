import { narrowByPlace } from "./described-by-place";
import { readKindWordsEn } from "./kind-words-en";
import type { AccountRef, MentionCandidate } from "./types";

// Of the accounts a shared short name fits, the one the conversation or the message itself points at.

/** 湖州医院 after talking about 湖州市南浔区人民医院 is that one: of the accounts a short name fits, the one discussed. */
export function preferTalkedAbout(chosen: MentionCandidate[], talkedAbout: string[]): MentionCandidate[] {
  return chosen.map((c) => {
    if (!c.rivals?.length) return c;
    const fits = [c.accountId, ...c.rivals].filter((id) => talkedAbout.includes(id));
    return fits.length === 1 ? { ...c, accountId: fits[0], rivals: undefined } : c;
  });
}

/**
 * "株洲的城管局" when the book has 中山 and 株洲 城管局: a shared short name with a place said beside it is the one in
 * that place (its region); none or several there stay a question.
 */
export function preferPlaceSaid(text: string, chosen: MentionCandidate[], accounts: AccountRef[]): MentionCandidate[] {
  return chosen.map((c) => {
    if (!c.rivals?.length) return c;
    const outside = text.slice(0, c.start) + " ".repeat(c.end - c.start) + text.slice(c.end);
    const ids = [c.accountId, ...c.rivals];
    const fits = narrowByPlace(outside, ids, accounts);
    return fits.length === 1 && fits.length < ids.length ? { ...c, accountId: fits[0], rivals: undefined } : c;
  });
}

/**
 * "xuwei storage", "the xianda supermarket bid": a shared short name followed by what the organisation is, in English,
 * is the one whose name says so (储运, 超市); a kind that fits several or none stays a question.
 */
export function preferKindSaid(text: string, chosen: MentionCandidate[], accounts: AccountRef[]): MentionCandidate[] {
  return chosen.map((c) => {
    if (!c.rivals?.length) return otherOfKindSaid(text, c, accounts);
    const ordinal = ordinalAfter(text.slice(c.end, c.end + 12));
    if (ordinal) {
      const ids = [c.accountId, ...c.rivals];
      const fits = ids.filter((id) => ordinal.test(accounts.find((a) => a.id === id)?.name ?? ""));
      if (fits.length === 1) return { ...c, accountId: fits[0], rivals: undefined };
    }
    const kind = kindAfter(text, c);
    if (!kind) return c;
    const ids = [c.accountId, ...c.rivals];
    const fits = ids.filter((id) => kind.some((w) => accounts.find((a) => a.id === id)?.name.includes(w)));
    return fits.length === 1 ? { ...c, accountId: fits[0], rivals: undefined } : c;
  });
}

/** The kind of organisation written in English right after a mention ("xuwei storage"): its Chinese words (储运). */
function kindAfter(text: string, c: MentionCandidate): string[] | undefined {
  const next = text.slice(c.end, c.end + 24).match(/^[\s-]*([a-z][a-z\s-]*)/i)?.[1];
  return next ? readKindWordsEn(next.split(/\s+/).slice(0, 2).join(" ")).groups[0] : undefined;
}

/**
 * "Zhang at ezhou hospital" where "ezhou" is the short name of 鄂州临空冷链物流园 and 鄂州市中心医院 (alias Ezhou Central
 * Hospital) is the book's one hospital written with it: a short name followed by a kind its own account is not, is the
 * one other account that has both the short name and the kind in its name or aliases.
 */
function otherOfKindSaid(text: string, c: MentionCandidate, accounts: AccountRef[]): MentionCandidate {
  const kind = kindAfter(text, c);
  const own = accounts.find((a) => a.id === c.accountId);
  if (!kind || !own || kind.some((w) => own.name.includes(w))) return c;
  const said = c.text.toLowerCase();
  const fits = accounts.filter(
    (a) =>
      a.id !== own.id &&
      kind.some((w) => a.name.includes(w)) &&
      [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(said)),
  );
  return fits.length === 1 ? { ...c, accountId: fits[0].id } : c;
}

const ORDINAL_ZH = ["", "一", "二", "三", "四", "五"];
const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** "liangxi no2", "#2", "2nd", "second" right after a shared short name: the one whose name says 第二 or 二院. */
function ordinalAfter(next: string): RegExp | undefined {
  const m =
    /^[\s-]*(?:(?:no\.?|number|#)\s*([1-5])\b|([1-5])(?:st|nd|rd|th)\b|(first|second|third|fourth|fifth)\b)/i.exec(
      next,
    );
  if (!m) return undefined;
  const n = m[1] || m[2] ? Number(m[1] ?? m[2]) : ORDINAL_EN[m[3].toLowerCase()];
  const zh = ORDINAL_ZH[n];
  return new RegExp(`第${zh}|${zh}(院|医院|分院|分公司|厂|中学|小学)|No\\.?\\s*${n}\\b`, "i");
}
