import { randomUUID } from "node:crypto";
import type { User } from "../db/queries/users";
import type { RowOf } from "./entities";
import { unknownReference } from "./refusals";
import type { RowError } from "./resolve-headers";

// Validated CSV rows -> table values. Only columns present in the file are set, so a partial file updates
// just what it carries. References (account, owner, contact) come resolved in `refs`.

export type Refs = {
  accounts: Map<string, string>;
  owners: Map<string, { id: string; team: string | null }>;
  contacts: Map<string, { id: string; accountId: string }>;
};
export type Built = { values: Record<string, unknown>; errors: RowError[] };

const newId = (prefix: string) => `${prefix}_${randomUUID()}`;

function pick<R extends Record<string, unknown>>(row: R, present: Set<string>, pairs: [keyof R & string, string][]) {
  const out: Record<string, unknown> = {};
  for (const [csv, col] of pairs) if (present.has(csv)) out[col] = row[csv] ?? null;
  return out;
}

function account(row: number, ext: string, refs: Refs): { id?: string; error?: RowError } {
  const id = refs.accounts.get(ext);
  return id ? { id } : { error: unknownReference(row, "account_external_id", "account", ext) };
}

export function accountValues(r: RowOf<"accounts">, row: number, present: Set<string>, refs: Refs, user: User): Built {
  const values = pick(r, present, [
    ["external_id", "externalId"],
    ["name", "name"],
    ["aliases", "aliases"],
    ["parent_external_id", "parentExternalId"],
    ["industry", "industry"],
    ["region", "region"],
    ["employees", "employees"],
    ["annual_revenue", "annualRevenue"],
    ["wallet_estimate", "walletEstimate"],
    ["strategic_value", "strategicValue"],
    ["winnability", "winnability"],
    ["target", "target"],
  ]);
  values.id = newId("acc");
  if (present.has("aliases") && !r.aliases) values.aliases = [];
  const errors: RowError[] = [];
  if (r.owner_email) {
    const owner = refs.owners.get(r.owner_email.toLowerCase());
    // Only an admin may learn whether an e-mail is a Furrow user: a rep or manager gets one answer for both.
    if (user.role === "rep" && owner?.id !== user.id)
      errors.push({ row, column: "owner_email", message: "a rep can only import accounts they own (your own e-mail)" });
    else if (user.role === "manager" && (!owner || owner.team !== user.team))
      errors.push({ row, column: "owner_email", message: `${r.owner_email} is not a user in your team` });
    else if (!owner)
      errors.push({ row, column: "owner_email", message: `no Furrow user has the e-mail ${r.owner_email}` });
    else values.ownerId = owner.id;
  } else if (present.has("owner_email") || user.role !== "admin") {
    // A row without an owner belongs to whoever imports it, so it never becomes invisible to them.
    values.ownerId = user.id;
  }
  return { values, errors };
}

export function contactValues(r: RowOf<"contacts">, row: number, present: Set<string>, refs: Refs): Built {
  const acc = account(row, r.account_external_id, refs);
  const values = pick(r, present, [
    ["external_id", "externalId"],
    ["name", "name"],
    ["title", "title"],
    ["department", "department"],
    ["reports_to_external_id", "reportsToExternalId"],
    ["role", "role"],
    ["influence", "influence"],
    ["attitude", "attitude"],
    ["our_strength", "ourStrength"],
    ["competitor", "competitor"],
    ["competitor_strength", "competitorStrength"],
    ["email", "email"],
    ["phone", "phone"],
    ["last_contact_at", "lastContactAt"],
    ["left_company", "leftCompany"],
  ]);
  if (present.has("left_company")) values.leftCompany = r.left_company ?? false;
  return { values: { ...values, id: newId("con"), accountId: acc.id }, errors: acc.error ? [acc.error] : [] };
}

export function orderValues(r: RowOf<"orders">, row: number, present: Set<string>, refs: Refs): Built {
  const acc = account(row, r.account_external_id, refs);
  const values = pick(r, present, [
    ["external_id", "externalId"],
    ["product_sku", "productSku"],
    ["ordered_at", "orderedAt"],
    ["amount", "amount"],
    ["margin", "margin"],
    ["due_at", "dueAt"],
    ["paid_at", "paidAt"],
  ]);
  const errors = acc.error ? [acc.error] : [];
  const fromAmount = marginFromAmount(r, row);
  if ("error" in fromAmount) errors.push(fromAmount.error);
  else if (fromAmount.margin !== undefined) values.margin = fromAmount.margin;
  return { values: { ...values, id: newId("ord"), accountId: acc.id }, errors };
}

/** 毛利 as money: margin = margin_amount / amount; when a margin rate is also given, the two must agree. */
function marginFromAmount(r: RowOf<"orders">, row: number): { margin?: number } | { error: RowError } {
  if (r.margin_amount === undefined) return {};
  const column = "margin_amount";
  if (r.amount === 0) return { error: { row, column, message: "a gross-profit amount needs a non-zero amount" } };
  const margin = Math.round((r.margin_amount / r.amount) * 1e6) / 1e6;
  if (margin < -1 || margin > 1)
    return { error: { row, column, message: `gross profit ${r.margin_amount} is more than the amount ${r.amount}` } };
  if (r.margin !== undefined && Math.abs(r.margin - margin) > 0.005)
    return {
      error: {
        row,
        column,
        message: `gross profit ${r.margin_amount} is ${margin} of the amount, but margin says ${r.margin}`,
      },
    };
  return { margin };
}

/** Other CRMs' stage names onto Furrow's pipeline (types.ts STAGES); unknown names are kept as given. */
const STAGE_SYNONYMS: Record<string, string> = {
  prospecting: "lead",
  prospect: "lead",
  线索: "lead",
  潜在: "lead",
  engaging: "qualified",
  qualification: "qualified",
  需求确认: "qualified",
  需求: "qualified",
  方案: "solution",
  方案设计: "solution",
  报价: "proposal",
  投标: "proposal",
  谈判: "negotiation",
  商务谈判: "negotiation",
  "closed won": "won",
  赢单: "won",
  "closed lost": "lost",
  丢单: "lost",
  输单: "lost",
};

export function normaliseStage(stage: string): string {
  const s = stage.trim();
  return STAGE_SYNONYMS[s.toLowerCase()] ?? STAGE_SYNONYMS[s] ?? s.toLowerCase();
}

export function opportunityValues(
  r: RowOf<"opportunities">,
  row: number,
  present: Set<string>,
  refs: Refs,
  today: string,
): Built {
  const acc = account(row, r.account_external_id, refs);
  const stage = normaliseStage(r.stage);
  const status = r.status ?? (stage === "won" ? "won" : stage === "lost" ? "lost" : "open");
  const values = pick(r, present, [
    ["external_id", "externalId"],
    ["amount", "amount"],
    ["expected_close", "expectedClose"],
    ["closed_at", "closedAt"],
    ["competitor", "competitor"],
    ["product_sku", "productSku"],
  ]);
  // A deal with no creation date (e.g. a prospect never engaged) counts from the day it was first imported.
  const createdAt = r.created_at ?? r.closed_at ?? today;
  Object.assign(values, {
    id: newId("opp"),
    accountId: acc.id,
    stage,
    status,
    createdAt,
    name: r.name ?? r.external_id,
    stageHistory: [{ stage, at: createdAt }],
  });
  return { values, errors: acc.error ? [acc.error] : [] };
}

export function interactionValues(
  r: RowOf<"interactions">,
  row: number,
  present: Set<string>,
  refs: Refs,
  user: User,
): Built {
  const acc = account(row, r.account_external_id, refs);
  const errors = acc.error ? [acc.error] : [];
  let contactId: string | null = null;
  if (r.contact_external_id) {
    const c = refs.contacts.get(r.contact_external_id);
    if (!c || (acc.id && c.accountId !== acc.id))
      errors.push(unknownReference(row, "contact_external_id", "contact at this account", r.contact_external_id));
    else contactId = c.id;
  }
  const values = pick(r, present, [
    ["external_id", "externalId"],
    ["kind", "kind"],
    ["occurred_at", "occurredAt"],
    ["summary", "summary"],
  ]);
  return { values: { ...values, id: newId("int"), accountId: acc.id, contactId, userId: user.id }, errors };
}

export function productValues(r: RowOf<"products">, _row: number, present: Set<string>): Built {
  const values = pick(r, present, [
    ["sku", "sku"],
    ["name", "name"],
    ["category", "category"],
    ["description", "description"],
    ["list_price", "listPrice"],
  ]);
  return { values, errors: [] };
}
