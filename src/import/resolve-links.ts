import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, contacts } from "../db/schema";
import type { RowError } from "./resolve-headers";

const CHUNK = 5000;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Links parents (accounts) and managers (contacts) by external id once the whole file is in, so a row may name
 * one that comes later in the same file. Rows whose reference matches nothing are errors.
 */
export async function resolveLinks(
  tx: Executor,
  entity: "accounts" | "contacts",
  rowOf: Map<string, number>,
  user: User,
): Promise<RowError[]> {
  const keys = [...rowOf.keys()];
  const errors: RowError[] = [];
  const t = entity === "accounts" ? accounts : contacts;
  const refCol = entity === "accounts" ? accounts.parentExternalId : contacts.reportsToExternalId;
  const linkCol = entity === "accounts" ? "parent_id" : "reports_to_id";
  const column = entity === "accounts" ? "parent_external_id" : "reports_to_external_id";
  const refName = entity === "accounts" ? "parent_external_id" : "reports_to_external_id";
  // A manager must work at the same account; a parent must be an account the caller may see (a link to another
  // team's account would show it in this group's 360 view). Not visible reads as missing.
  const sameAccount =
    entity === "contacts"
      ? sql.raw("and p.account_id = c.account_id")
      : sql`and p.id in (select ${accounts.id} from ${accounts} where ${visibleAccounts(user)})`;
  for (const part of chunks(keys)) {
    await tx.execute(
      sql`update ${sql.raw(entity)} as c set ${sql.raw(linkCol)} = p.id from ${sql.raw(entity)} as p
          where c.${sql.raw(refName)} = p.external_id ${sameAccount} and c.external_id in ${part}`,
    );
    const linkColumn = entity === "accounts" ? accounts.parentId : contacts.reportsToId;
    const broken = await tx
      .select({ key: t.externalId, ref: refCol })
      .from(t)
      .where(and(inArray(t.externalId, part), isNotNull(refCol), isNull(linkColumn)));
    for (const b of broken) {
      errors.push({
        row: rowOf.get(b.key as string) ?? 0,
        column,
        message: `"${b.ref}" matches no ${entity === "accounts" ? "account" : "contact at the same account"}`,
      });
    }
    const selfLinked = await tx
      .select({ key: t.externalId })
      .from(t)
      .where(and(inArray(t.externalId, part), eq(refCol, t.externalId)));
    for (const s of selfLinked)
      errors.push({ row: rowOf.get(s.key as string) ?? 0, column, message: "a record cannot be its own parent" });
  }
  return errors.sort((a, b) => a.row - b.row);
}
