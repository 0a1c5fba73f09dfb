import type { RowError } from "./resolve-headers";

// One wording for "missing" and "someone else's": an import must not tell a caller which of the two it is
// (that would reveal which external ids, accounts or e-mails exist outside what they may see).

export function unknownReference(row: number, column: string, what: string, ref: string): RowError {
  return { row, column, message: `unknown ${what} "${ref}" (import it first, or it is not yours)` };
}

/** A row whose external id is already used by a record the caller may not change. */
export function notYours(row: number, column: string, ref: string): RowError {
  return { row, column, message: `"${ref}" cannot be written: use an external id of your own records` };
}
