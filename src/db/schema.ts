/**
 * Furrow's data model. Ids are text: imported records get `<prefix>_<uuid>` ids, seeded demo records readable ones.
 * Money is double precision in currency units (yuan); margins are fractions of the amount.
 * Every write goes through db/queries and leaves a row in audit_log.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** pgvector column without a fixed dimension: the embedding provider and its dimension are recorded per row. */
const vector = customType<{ data: number[]; driverData: string }>({
  dataType: () => "vector",
  toDriver: (v) => `[${v.join(",")}]`,
  fromDriver: (v) => (typeof v === "string" ? JSON.parse(v) : (v as number[])),
});

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: "string" });

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["rep", "manager", "admin"] }).notNull(),
  team: text("team"),
  /** sha256 of the bearer key; the key itself is never stored. */
  apiKeyHash: text("api_key_hash").unique(),
  locale: text("locale", { enum: ["zh", "en"] })
    .notNull()
    .default("zh"),
  quota: doublePrecision("quota"),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    externalId: text("external_id").unique(),
    name: text("name").notNull(),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    parentId: text("parent_id"),
    /** Kept from the import so a parent that arrives later in the same file can still be linked. */
    parentExternalId: text("parent_external_id"),
    industry: text("industry"),
    region: text("region"),
    employees: integer("employees"),
    annualRevenue: doublePrecision("annual_revenue"),
    ownerId: text("owner_id").references(() => users.id),
    walletEstimate: doublePrecision("wallet_estimate"),
    strategicValue: smallint("strategic_value"),
    winnability: smallint("winnability"),
    target: doublePrecision("target"),
    /** The current score, denormalised from account_scores so lists can filter and sort by it. */
    scoreTotal: doublePrecision("score_total"),
    tier: text("tier"),
    strategy: text("strategy"),
    scoredAt: timestamp("scored_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("accounts_owner_idx").on(t.ownerId),
    index("accounts_parent_idx").on(t.parentId),
    index("accounts_tier_idx").on(t.tier),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: text("id").primaryKey(),
    externalId: text("external_id").unique(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    department: text("department"),
    reportsToId: text("reports_to_id"),
    reportsToExternalId: text("reports_to_external_id"),
    role: text("role"),
    influence: smallint("influence"),
    attitude: text("attitude"),
    ourStrength: smallint("our_strength"),
    competitor: text("competitor"),
    competitorStrength: smallint("competitor_strength"),
    email: text("email"),
    phone: text("phone"),
    lastContactAt: day("last_contact_at"),
    leftCompany: boolean("left_company").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("contacts_account_idx").on(t.accountId)],
);

export const products = pgTable("products", {
  sku: text("sku").primaryKey(),
  name: text("name").notNull(),
  category: text("category"),
  description: text("description"),
  listPrice: doublePrecision("list_price"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    externalId: text("external_id").unique(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    productSku: text("product_sku"),
    orderedAt: day("ordered_at").notNull(),
    amount: doublePrecision("amount").notNull(),
    margin: doublePrecision("margin"),
    dueAt: day("due_at"),
    paidAt: day("paid_at"),
    createdAt: createdAt(),
  },
  (t) => [index("orders_account_idx").on(t.accountId, t.orderedAt)],
);

export const opportunities = pgTable(
  "opportunities",
  {
    id: text("id").primaryKey(),
    externalId: text("external_id").unique(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    stage: text("stage").notNull(),
    amount: doublePrecision("amount"),
    createdAt: day("created_at").notNull(),
    expectedClose: day("expected_close"),
    closedAt: day("closed_at"),
    status: text("status", { enum: ["open", "won", "lost"] }).notNull(),
    competitor: text("competitor"),
    productSku: text("product_sku"),
    ownerId: text("owner_id").references(() => users.id),
    stageHistory: jsonb("stage_history").$type<{ stage: string; at: string }[]>().notNull().default([]),
    updatedAt: updatedAt(),
  },
  (t) => [index("opportunities_account_idx").on(t.accountId)],
);

export const interactions = pgTable(
  "interactions",
  {
    id: text("id").primaryKey(),
    externalId: text("external_id").unique(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: text("contact_id"),
    userId: text("user_id"),
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "string" }).notNull(),
    summary: text("summary"),
    createdAt: createdAt(),
  },
  (t) => [index("interactions_account_idx").on(t.accountId, t.occurredAt)],
);

export const competitors = pgTable("competitors", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
  strengths: jsonb("strengths").$type<string[]>().notNull().default([]),
  weaknesses: jsonb("weaknesses").$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});

export const riskRecords = pgTable(
  "risk_records",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    severity: text("severity").notNull(),
    summary: text("summary").notNull(),
    occurredAt: day("occurred_at").notNull(),
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [index("risk_records_account_idx").on(t.accountId)],
);

export const scorecards = pgTable("scorecards", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Which accounts use it: an industry code, or null for the default. */
  segment: text("segment"),
  config: jsonb("config").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Score history: one row per account and computation; the newest row is the current score. */
export const accountScores = pgTable(
  "account_scores",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "string" }).notNull(),
    scorecardId: text("scorecard_id").notNull(),
    total: doublePrecision("total").notNull(),
    tier: text("tier").notNull(),
    strategy: text("strategy").notNull(),
    body: jsonb("body").notNull(),
  },
  (t) => [index("account_scores_account_idx").on(t.accountId, t.id)],
);

export const accountPlans = pgTable(
  "account_plans",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    strategy: text("strategy").notNull(),
    body: jsonb("body").notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_plans_version_idx").on(t.accountId, t.version)],
);

export const planActions = pgTable(
  "plan_actions",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    planId: text("plan_id").references(() => accountPlans.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    owner: text("owner").notNull(),
    due: day("due").notNull(),
    contactId: text("contact_id"),
    status: text("status", { enum: ["open", "done", "dropped"] })
      .notNull()
      .default("open"),
    source: text("source", { enum: ["plan", "user"] })
      .notNull()
      .default("user"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("plan_actions_account_idx").on(t.accountId)],
);

/** One procurement project; its original, correction and award notices hang off it. */
export const tenders = pgTable("tenders", {
  id: text("id").primaryKey(),
  projectKey: text("project_key").notNull().unique(),
  type: text("type").notNull(),
  projectName: text("project_name"),
  buyer: text("buyer"),
  latest: jsonb("latest").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const tenderNotices = pgTable(
  "tender_notices",
  {
    id: text("id").primaryKey(),
    tenderId: text("tender_id")
      .notNull()
      .references(() => tenders.id, { onDelete: "cascade" }),
    contentHash: text("content_hash").notNull().unique(),
    type: text("type").notNull(),
    url: text("url"),
    publishedAt: day("published_at"),
    /** The notice as published: untrusted text, stored and shown as data only. */
    text: text("text").notNull(),
    parsed: jsonb("parsed").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("tender_notices_tender_idx").on(t.tenderId)],
);

export const tenderMatches = pgTable(
  "tender_matches",
  {
    id: text("id").primaryKey(),
    tenderId: text("tender_id")
      .notNull()
      .references(() => tenders.id, { onDelete: "cascade" }),
    noticeId: text("notice_id").notNull(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    body: jsonb("body").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("tender_matches_key_idx").on(t.tenderId, t.accountId, t.kind),
    index("tender_matches_account_idx").on(t.accountId),
  ],
);

export const embeddings = pgTable(
  "embeddings",
  {
    ownerKind: text("owner_kind", { enum: ["notice", "product", "knowledge"] }).notNull(),
    ownerId: text("owner_id").notNull(),
    provider: text("provider").notNull(),
    dimension: integer("dimension").notNull(),
    contentHash: text("content_hash").notNull(),
    embedding: vector("embedding").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerKind, t.ownerId] }),
    index("embeddings_provider_idx").on(t.provider, t.dimension),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userId: text("user_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    details: jsonb("details"),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

/** Chat threads: who owns them and which instance is running a turn on them (a lease, so turns serialise). */
export const chatThreads = pgTable("chat_threads", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  context: jsonb("context").notNull().default({}),
  leaseHolder: text("lease_holder"),
  leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "string" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Cluster-wide job schedule and locks: any instance may run a due job once it holds the lease. */
export const jobLeases = pgTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder"),
  leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "string" }),
  lastRunAt: timestamp("last_run_at", { withTimezone: true, mode: "string" }),
  nextRunAt: timestamp("next_run_at", { withTimezone: true, mode: "string" }),
});

/** Installation-wide settings as JSON values, e.g. `company`: our own names, so awards we won are recognised. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAt(),
});

/** Short-lived bearer tokens (e.g. for the web widget on the demo page); only the hash is stored. */
export const accessTokens = pgTable("access_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
  createdAt: createdAt(),
});
