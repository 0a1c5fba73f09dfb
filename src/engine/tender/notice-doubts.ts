// What the parser itself doubts about a parsed notice. Each check compares fields that must agree;
// a field failing one is listed in `unsure` (kept, not guessed away), so a person or a later pass
// knows which values to look at. A notice with none of the fields that name a purchase is unreadable.
import type { ParsedNotice } from "./schema";

type Field = "type" | "buyer" | "agency" | "winner" | "awardAmount" | "deadline" | "maxPrice" | "projectName";

const amountOf = (m: { amount: number } | null | undefined) => m?.amount ?? null;
const list = <T>(v: T | T[] | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Fields whose value disagrees with another field of the same notice, in a fixed order. */
export function unsureFields(n: ParsedNotice): Field[] {
  const out = new Set<Field>();
  // a purchase's identity was read but no kind: the kind is a guess
  if (n.type === "other" && (n.budget || n.deadline || n.winner)) out.add("type");
  // a tender with a winner, or an award without one, contradicts its kind
  if (n.type === "tender" && n.winner) out.add("type");
  if (n.type === "award" && !n.winner && !n.awardAmount) out.add("type");
  if (n.buyer && n.agency && n.buyer === n.agency) {
    out.add("buyer");
    out.add("agency");
  }
  const winners = list(n.winner);
  const amounts = list(n.awardAmount);
  if (n.type === "award" && winners.length > 0 && amounts.length > 1 && amounts.length !== winners.length)
    out.add("awardAmount");
  if (n.type === "award" && winners.length === 0 && amounts.length > 0) out.add("winner");
  if (winners.some((w) => w === n.buyer || w === n.agency)) out.add("winner");
  // a closing moment before the notice was published is a misread date
  if (n.deadline && n.publishDate && n.deadline.slice(0, 10) < n.publishDate.slice(0, 10)) out.add("deadline");
  const budget = amountOf(n.budget);
  const ceiling = amountOf(n.maxPrice);
  if (budget && ceiling && ceiling > budget * 1.5) out.add("maxPrice");
  if (n.projectName && n.projectName.length > 120) out.add("projectName");
  return [...out];
}

/**
 * Why a notice cannot be used, or null when it can: not one field was read (not even a phone or a date),
 * so it names no purchase Furrow could match or remind anyone of.
 */
export function unreadableReason(n: ParsedNotice): string | null {
  if (n.type !== "other") return null;
  const read: unknown[] = [n.projectName, n.projectNumber, n.buyer, n.agency, n.winner, n.deadline, n.openingTime];
  read.push(n.budget, n.maxPrice, n.awardAmount, n.contactPhone, n.publishDate ?? null);
  if (read.some((v) => v != null) || n.items.length || n.lots.length) return null;
  return "no tender fields could be read: no kind of notice, project name, number, buyer, agency, winner, money, date or phone was found; send the notice's own text (title and body)";
}
