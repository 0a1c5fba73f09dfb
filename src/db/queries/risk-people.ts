import { inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { contacts } from "../schema";

type WithContacts = { facts?: Record<string, unknown> };

/** The contact ids a risk rests on (a departed contact, a person the competitor is closer to). */
export const riskContactIds = (r: WithContacts): string[] =>
  ((r.facts?.contactIds as unknown[] | undefined) ?? []).filter((id): id is string => typeof id === "string");

/**
 * The names of the people each risk concerns, in one query for a whole list, so a reply says who ("彭刚") and not
 * just which kind of risk. Ids come from the caller's own scores: only visible accounts' contacts are asked for.
 */
export async function riskPeople(db: Executor, risks: WithContacts[]): Promise<(r: WithContacts) => string[]> {
  const ids = [...new Set(risks.flatMap(riskContactIds))];
  const rows = ids.length
    ? await db.select({ id: contacts.id, name: contacts.name }).from(contacts).where(inArray(contacts.id, ids))
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (r) => riskContactIds(r).flatMap((id) => names.get(id) ?? []);
}
