import { parseCsv } from "./parse-csv";
import { type RowError, resolveHeaders } from "./resolve-headers";
import { USER_ROW_SCHEMA, type UserRow } from "./user-columns";

/** A staff list is small; a file past this is almost surely the wrong file (an accounts export, say). */
export const MAX_USER_ROWS = 10_000;

export type ParsedUserRow = { row: number; data: UserRow; present: Set<string> };

/**
 * Reads a users CSV whole (it is small), validating headers, every cell and duplicate e-mails. Returns
 * the rows, or every problem found with its row and column (row 1 is the header).
 */
export async function readUserRows(
  source: AsyncIterable<Uint8Array | string>,
  map: [string, string][],
): Promise<{ rows: ParsedUserRow[]; errors: RowError[] }> {
  const rows: ParsedUserRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  let targets: string[][] | null = null;
  let row = 0;
  for await (const record of parseCsv(source)) {
    row++;
    if ("error" in record) {
      errors.push({ row: record.line, column: "", message: record.error });
      break;
    }
    if (!targets) {
      const resolved = resolveHeaders("users", record.cells, map);
      if (resolved.errors.length) return { rows: [], errors: resolved.errors };
      targets = resolved.targets;
      continue;
    }
    if (rows.length >= MAX_USER_ROWS) {
      errors.push({ row, column: "", message: `a users file holds at most ${MAX_USER_ROWS} people` });
      break;
    }
    const raw: Record<string, string> = {};
    targets.forEach((ts, i) => {
      const v = (record.cells[i] ?? "").trim();
      if (v !== "") for (const t of ts) raw[t] = v;
    });
    const parsed = USER_ROW_SCHEMA.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push({ row, column: String(i.path[0] ?? ""), message: i.message });
      continue;
    }
    const first = seen.get(parsed.data.email);
    if (first)
      errors.push({ row, column: "email", message: `"${parsed.data.email}" appears again (first on row ${first})` });
    else seen.set(parsed.data.email, row);
    rows.push({ row, data: parsed.data, present: new Set(Object.keys(raw)) });
  }
  if (!targets && !errors.length)
    errors.push({ row: 1, column: "", message: "the file is empty: a header row is required" });
  return { rows, errors };
}
