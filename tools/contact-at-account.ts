import { and, eq } from "drizzle-orm";
import type { Executor } from "../src/db/client";
import { contacts } from "../src/db/schema";

/** The contact's name when it works at that account; undefined when it does not (the tool then refuses). */
export async function contactNameAt(
  db: Executor,
  accountId: string,
  contactId: string | undefined,
): Promise<string | null | undefined> {
  if (!contactId) return null;
  const [c] = await db
    .select({ name: contacts.name })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.accountId, accountId)));
  return c ? c.name : undefined;
}
