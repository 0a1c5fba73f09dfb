import type { Db } from "../db/client";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { AppError } from "../errors";
import { applyUserRows } from "./apply-user-rows";
import { readUserRows } from "./read-user-rows";
import { parseHeaderMap, type RowError } from "./resolve-headers";

const MAX_REPORTED = 500;

export type UsersImportResult = {
  imported: number;
  updated: number;
  errors: [];
  /** New users have no key yet: the import never creates keys (a key is shown once, to one person). */
  withoutKey: { id: string; email: string }[];
  howToIssueKeys: { en: string; zh: string };
};

export const HOW_TO_ISSUE_KEYS = {
  en: "The import creates no keys. Issue each new user a key with POST /api/users/{id}/keys (admin); the key is shown once, so hand it to that person only.",
  zh: "导入不会生成密钥。请为每位新用户调用 POST /api/users/{id}/keys（管理员）签发密钥；密钥只显示一次，请只交给本人。",
};

class Rejected extends Error {
  constructor(readonly errors: RowError[]) {
    super("import rejected");
  }
}

function rejection(errors: RowError[]): AppError {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const first = sorted[0];
  return new AppError(
    "validation_failed",
    `${errors.length} problem(s) in the users file; nothing was imported. First: row ${first.row}, ${first.column || "file"}: ${first.message}`,
    sorted.slice(0, MAX_REPORTED),
  );
}

/**
 * `POST /api/import/users`: upserts people by e-mail, all rows or none (an admin's write). Manager links may
 * point forward within the file. Every created or changed user is audited with old and new values.
 */
export async function importUsersCsv(
  db: Db,
  input: { source: AsyncIterable<Uint8Array | string>; map?: string; user: User },
): Promise<UsersImportResult> {
  if (input.user.role !== "admin") throw new AppError("forbidden", "Only an admin can import users.");
  const { pairs, errors: mapErrors } = parseHeaderMap(input.map);
  if (mapErrors.length) throw new AppError("bad_request", `Bad ?map=: ${mapErrors.join("; ")}`);
  const { rows, errors } = await readUserRows(input.source, pairs);
  if (errors.length) throw rejection(errors);
  try {
    return await db.transaction(async (tx) => {
      const applied = await applyUserRows(tx, rows, input.user);
      if (applied.errors.length) throw new Rejected(applied.errors);
      await audit(tx, {
        userId: input.user.id,
        action: "import",
        entity: "users",
        details: { imported: applied.created.length, updated: applied.updated, rows: rows.length },
      });
      return {
        imported: applied.created.length,
        updated: applied.updated,
        errors: [],
        withoutKey: applied.created,
        howToIssueKeys: HOW_TO_ISSUE_KEYS,
      };
    });
  } catch (err) {
    if (err instanceof Rejected) throw rejection(err.errors);
    throw err;
  }
}
