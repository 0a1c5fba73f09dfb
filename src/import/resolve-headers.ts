import { HEADER_ALIASES, type ImportEntity, ROW_SCHEMAS } from "./entities";
import { USER_HEADER_ALIASES, USER_ROW_SCHEMA } from "./user-columns";

export type RowError = { row: number; column: string; message: string };

const squash = (s: string) =>
  s
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）]+/g, "");

/** Parses `?map=theirs:ours,…` (one of their columns may feed several of ours). */
export function parseHeaderMap(map: string | undefined): { pairs: [string, string][]; errors: string[] } {
  const pairs: [string, string][] = [];
  const errors: string[] = [];
  for (const part of (map ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const i = part.lastIndexOf(":");
    if (i <= 0 || i === part.length - 1) errors.push(`map entry "${part}" must look like theirs:ours`);
    else pairs.push([part.slice(0, i).trim(), part.slice(i + 1).trim()]);
  }
  return { pairs, errors };
}

/**
 * For each column of the file, the canonical columns it feeds. Explicit `map` pairs win over aliases;
 * unknown columns are ignored (and listed in `ignored`, so the answer can say so). Missing required columns and duplicates are errors on row 1 (the header).
 */
export function resolveHeaders(
  entity: ImportEntity | "users",
  headers: string[],
  map: [string, string][],
): { targets: string[][]; errors: RowError[]; ignored: string[] } {
  // Users import on their own path (upsert by e-mail, see import-users.ts) but read headers the same way.
  const schema = entity === "users" ? USER_ROW_SCHEMA : ROW_SCHEMAS[entity];
  const aliases = entity === "users" ? USER_HEADER_ALIASES : HEADER_ALIASES[entity];
  const shape = schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
  const canonical = Object.keys(shape);
  const aliasOf = new Map<string, string>();
  for (const c of canonical) aliasOf.set(squash(c), c);
  for (const [c, names] of Object.entries(aliases))
    for (const a of names) if (!aliasOf.has(squash(a))) aliasOf.set(squash(a), c);
  const errors: RowError[] = [];
  for (const [, ours] of map)
    if (!canonical.includes(ours))
      errors.push({
        row: 1,
        column: ours,
        message: `unknown ${entity} column "${ours}" in map (known: ${canonical.join(", ")})`,
      });
  const targets = headers.map((h) => {
    const mapped = map.filter(([theirs]) => squash(theirs) === squash(h)).map(([, ours]) => ours);
    if (mapped.length) return mapped.filter((m) => canonical.includes(m));
    const c = aliasOf.get(squash(h));
    return c ? [c] : [];
  });
  const seen = new Map<string, string>();
  targets.forEach((ts, i) => {
    for (const t of ts) {
      if (seen.has(t))
        errors.push({ row: 1, column: t, message: `columns "${seen.get(t)}" and "${headers[i]}" both map to ${t}` });
      else seen.set(t, headers[i]);
    }
  });
  for (const c of canonical) {
    if (!seen.has(c) && !shape[c].safeParse(undefined).success)
      errors.push({ row: 1, column: c, message: `missing required column ${c}` });
  }
  const ignored = headers.filter((h, i) => targets[i].length === 0 && h.trim() !== "");
  return { targets, errors, ignored };
}
