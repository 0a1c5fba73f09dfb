import { SUCCESSOR_ASKED, successorId } from "../../engine/planning/successor";
import type { ContactRef } from "./types";

/** "接张伟民班的那个人", "who replaced Zhang": the person who took over from the one named, when there is exactly one. */
export function successorsAsked(text: string, ids: string[], contacts: ContactRef[]): string[] {
  if (!SUCCESSOR_ASKED.test(text)) return ids;
  const holder = (c: ContactRef) => ({ id: c.id, title: c.title, gone: !!c.departed });
  return ids.map((id) => {
    const person = contacts.find((c) => c.id === id);
    if (!person) return id;
    const colleagues = contacts.filter((c) => c.accountId === person.accountId).map(holder);
    return successorId(holder(person), colleagues) ?? id;
  });
}
