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
    if (!c.rivals?.length) return c;
    const next = text.slice(c.end, c.end + 24).match(/^[\s-]*([a-z][a-z\s-]*)/i)?.[1];
    const kind = next ? readKindWordsEn(next.split(/\s+/).slice(0, 2).join(" ")).groups[0] : undefined;
    if (!kind) return c;
    const ids = [c.accountId, ...c.rivals];
    const fits = ids.filter((id) => kind.some((w) => accounts.find((a) => a.id === id)?.name.includes(w)));
    return fits.length === 1 ? { ...c, accountId: fits[0], rivals: undefined } : c;
  });
}
