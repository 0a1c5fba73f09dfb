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
  const column = entity === "accounts" ? "parent_external_id" : "reports_to_external_id";
  // A parent must be an account the caller may see (a link to another team's account would show it in this
  // group's 360 view). Not visible reads as missing.
  const parentVisible = sql`and p.id in (select ${accounts.id} from ${accounts} where ${visibleAccounts(user)})`;
  for (const part of chunks(keys)) {
    if (entity === "accounts")
      await tx.execute(
        sql`update accounts as c set parent_id = p.id from accounts as p
            where c.parent_external_id = p.external_id ${parentVisible} and c.external_id in ${part}`,
      );
    // A manager works at the same account or in the same group tree (a branch's GM reporting to the group's VP).
    else
      await tx.execute(
        sql`with recursive tree(id, root) as (
              select id, id from accounts where parent_id is null
              union all select a.id, t.root from accounts a join tree t on a.parent_id = t.id)
            update contacts as c set reports_to_id = p.id from contacts as p, tree as tc, tree as tp
            where c.reports_to_external_id = p.external_id and tc.id = c.account_id and tp.id = p.account_id
              and tc.root = tp.root and c.external_id in ${part}`,
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
        message: `"${b.ref}" matches no ${entity === "accounts" ? "account" : "contact at the same account or in its group tree"}`,
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
