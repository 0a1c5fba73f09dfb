import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Db, Executor } from "../db/client";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { AppError } from "../errors";
import { type Conversion, convertRow, loadCurrencyRates } from "./convert-currency";
import { type ImportEntity, ROW_SCHEMAS } from "./entities";
import { existingRecords } from "./existing-records";
import { accountIdsByExternalId, contactIdsByExternalId, existingAccounts, userIdsByEmail } from "./lookups";
import { parseCsv } from "./parse-csv";
import { notYours } from "./refusals";
import { parseHeaderMap, type RowError, resolveHeaders } from "./resolve-headers";
import { resolveLinks } from "./resolve-links";
import {
  accountValues,
  type Built,
  contactValues,
  interactionValues,
  opportunityValues,
  orderValues,
  productValues,
  type Refs,
} from "./to-values";
import { type ReferenceWarning, unknownReferences } from "./unknown-references";
import { writeBatch } from "./write-batch";

export type ImportResult = {
  imported: number;
  updated: number;
  errors: RowError[];
  accountIds: string[];
  /** Columns of the file that feed nothing (neither canonical, alias nor ?map=). */
  ignoredColumns: string[];
  /** References to things Furrow does not know (a SKU, a competitor): imported as given, flagged. */
  warnings: ReferenceWarning[];
  /** Amounts converted to the base currency, with the rates used (null when none were). */
  currency: Conversion | null;
};
type Pending = { row: number; data: Record<string, unknown> };

/** Rows per upsert: small enough that one batch's queries stay well under a second on a busy machine. */
const BATCH = 250;
const MAX_REPORTED = 500;

class Rejected extends Error {
  constructor(
    readonly errors: RowError[],
    readonly total: number,
  ) {
    super("import rejected");
  }
}

/**
 * Imports one entity's CSV, streaming: rows are validated and upserted in batches inside ONE transaction, and
 * any bad row rolls the whole file back (422 listing row, column and reason). Nothing is half-written.
 */
export async function importCsv(
  db: Db,
  input: {
    entity: ImportEntity;
    source: AsyncIterable<Uint8Array | string>;
    map?: string;
    user: User;
    today: string;
    /** Currency of rows without a `currency` column (default: the base currency, CNY). */
    currency?: string;
  },
): Promise<ImportResult> {
  // The product catalog is shared by every team: only an admin changes it.
  if (input.entity === "products" && input.user.role !== "admin")
    throw new AppError("forbidden", "Only an admin imports products: the catalog is shared by every team.");
  const { pairs, errors: mapErrors } = parseHeaderMap(input.map);
  if (mapErrors.length) throw new AppError("bad_request", `Bad ?map=: ${mapErrors.join("; ")}`);
  try {
    return await db.transaction((tx) => runImport(tx, input, pairs));
  } catch (err) {
    if (!(err instanceof Rejected)) throw err;
    const shown = err.errors.slice(0, MAX_REPORTED);
    const first = shown[0];
    throw new AppError(
      "validation_failed",
      `${err.total} problem(s) in the ${input.entity} file; nothing was imported. First: row ${first.row}, ${first.column || "file"}: ${first.message}`,
      shown,
    );
  }
}

async function runImport(
  tx: Executor,
  input: Parameters<typeof importCsv>[1],
  map: [string, string][],
): Promise<ImportResult> {
  const { entity, user } = input;
  const importId = randomUUID();
  const state = { errors: [] as RowError[], total: 0, imported: 0, updated: 0, accountIds: new Set<string>() };
  const fail = (e: RowError) => {
    state.total++;
    if (state.errors.length < MAX_REPORTED) state.errors.push(e);
  };
  const seen = new Map<string, number>();
  const links = new Map<string, number>();
  let targets: string[][] | null = null;
  let ignoredColumns: string[] = [];
  let batch: Pending[] = [];
  const rates = await loadCurrencyRates(tx);
  const conversion: Conversion = { base: rates.base, converted: {} };
  const refs = new Map<string, Map<string, number[]>>();

  const flush = async () => {
    const pending = batch;
    batch = [];
    if (state.total > 0 || !pending.length) return; // once anything is wrong, only validate
    const built = await buildBatch(tx, entity, pending, user, input.today);
    for (const b of built) b.errors.forEach(fail);
    if (state.total > 0) return;
    await nextTurn();
    const written = await writeBatch(
      tx,
      entity,
      built.map((b) => b.values),
      user.id,
      importId,
    );
    for (const w of written) w.inserted ? state.imported++ : state.updated++;
    for (const b of built) if (typeof b.values.accountId === "string") state.accountIds.add(b.values.accountId);
    if (entity === "accounts") for (const w of written) state.accountIds.add(w.id);
  };

  let row = 0;
  for await (const record of parseCsv(input.source)) {
    row++;
    if ("error" in record) {
      fail({ row: record.line, column: "", message: record.error });
      break;
    }
    if (!targets) {
      const resolved = resolveHeaders(entity, record.cells, map);
      if (resolved.errors.length) throw new Rejected(resolved.errors, resolved.errors.length);
      targets = resolved.targets;
      ignoredColumns = resolved.ignored;
      continue;
    }
    const parsed = parseRow(entity, record.cells, targets, row);
    if ("errors" in parsed) {
      parsed.errors.forEach(fail);
      continue;
    }
    const converted = convertRow(entity, parsed.data, row, rates, input.currency, conversion);
    if (converted) fail(converted);
    noteReferences(refs, parsed.data, row);
    const key = String(parsed.data[entity === "products" ? "sku" : "external_id"]);
    const firstRow = seen.get(key);
    if (firstRow)
      fail({
        row,
        column: entity === "products" ? "sku" : "external_id",
        message: `"${key}" appears again (first on row ${firstRow})`,
      });
    else seen.set(key, row);
    const ref = parsed.data.parent_external_id ?? parsed.data.reports_to_external_id;
    if (ref) links.set(key, row);
    batch.push({ row, data: parsed.data });
    if (batch.length >= BATCH) {
      await flush();
      // The embedded database runs queries on this thread and its promises settle as microtasks: without a turn of
      // the event loop between batches, a 200k-row file would hold every other request (and /healthz) until done.
      await nextTurn();
    }
  }
  if (!targets && state.total === 0)
    throw new Rejected([{ row: 1, column: "", message: "the file is empty: a header row is required" }], 1);
  await flush();
  if (state.total === 0 && links.size && (entity === "accounts" || entity === "contacts"))
    (await resolveLinks(tx, entity, links, user)).forEach(fail);
  if (state.total > 0)
    throw new Rejected(
      state.errors.sort((a, b) => a.row - b.row),
      state.total,
    );
  await audit(tx, {
    userId: user.id,
    action: "import",
    entity,
    entityId: importId,
    details: { imported: state.imported, updated: state.updated, rows: row - 1 },
  });
  return {
    imported: state.imported,
    updated: state.updated,
    errors: [],
    accountIds: [...state.accountIds].sort(),
    ignoredColumns,
    warnings: await unknownReferences(tx, refs),
    currency: Object.keys(conversion.converted).length ? conversion : null,
  };
}

/** Rows naming each product SKU and competitor, checked against what Furrow knows once the file is in. */
function noteReferences(refs: Map<string, Map<string, number[]>>, data: Record<string, unknown>, row: number): void {
  for (const column of ["product_sku", "competitor"]) {
    const v = data[column];
    if (typeof v !== "string" || v === "") continue;
    const byValue = refs.get(column) ?? new Map<string, number[]>();
    refs.set(column, byValue);
    const rows = byValue.get(v) ?? [];
    if (rows.length < 10) rows.push(row);
    byValue.set(v, rows);
  }
}

function parseRow(
  entity: ImportEntity,
  cells: string[],
  targets: string[][],
  row: number,
): { data: Record<string, unknown> } | { errors: RowError[] } {
  const raw: Record<string, string> = {};
  const nul = cells.findIndex((cell) => cell.includes("\0"));
  if (nul >= 0)
    return {
      errors: [{ row, column: targets[nul]?.[0] ?? `column ${nul + 1}`, message: "contains a NUL byte (\\0)" }],
    };
  targets.forEach((ts, i) => {
    const v = (cells[i] ?? "").trim();
    if (v !== "") for (const t of ts) raw[t] = v;
  });
  const result = ROW_SCHEMAS[entity].safeParse(raw);
  if (result.success) return { data: result.data as Record<string, unknown> };
  return { errors: result.error.issues.map((i) => ({ row, column: String(i.path[0] ?? ""), message: i.message })) };
}

async function buildBatch(
  tx: Executor,
  entity: ImportEntity,
  pending: Pending[],
  user: User,
  today: string,
): Promise<Built[]> {
  const refs: Refs = { accounts: new Map(), owners: new Map(), contacts: new Map() };
  const col = (k: string) => pending.map((p) => p.data[k]).filter((v): v is string => typeof v === "string");
  if (entity === "accounts") {
    refs.owners = await userIdsByEmail(tx, col("owner_email"));
    const existing = await existingAccounts(tx, user, col("external_id"));
    return pending.map((p) => {
      const built = accountValues(p.data as never, p.row, new Set(Object.keys(p.data)), refs, user);
      if (existing.get(p.data.external_id as string)?.visible === false)
        built.errors.push(notYours(p.row, "external_id", p.data.external_id as string));
      if ("parent_external_id" in p.data || "parentExternalId" in built.values) built.values.parentId = null;
      return built;
    });
  }
  if (entity !== "products") refs.accounts = await accountIdsByExternalId(tx, user, col("account_external_id"));
  if (entity === "interactions") refs.contacts = await contactIdsByExternalId(tx, col("contact_external_id"));
  // A record belongs to its account: an upsert may touch only records of accounts the caller may change.
  const existing = entity === "products" ? new Map() : await existingRecords(tx, entity, user, col("external_id"));
  return pending.map((p) => {
    const built = buildRow(entity, p, user, today, refs);
    if (existing.get(p.data.external_id as string)?.changeable === false)
      built.errors.push(notYours(p.row, "external_id", p.data.external_id as string));
    return built;
  });
}

function buildRow(entity: ImportEntity, p: Pending, user: User, today: string, refs: Refs): Built {
  const present = new Set(Object.keys(p.data));
  switch (entity) {
    case "contacts": {
      const built = contactValues(p.data as never, p.row, present, refs);
      if (present.has("reports_to_external_id")) built.values.reportsToId = null;
      return built;
    }
    case "orders":
      return orderValues(p.data as never, p.row, present, refs);
    case "opportunities":
      return opportunityValues(p.data as never, p.row, present, refs, today);
    case "interactions":
      return interactionValues(p.data as never, p.row, present, refs, user);
    default:
      return productValues(p.data as never, p.row, present);
  }
}
