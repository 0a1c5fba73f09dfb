/** Who sells, who buys, and what happened between them: users, accounts, contacts, products, orders, opportunities, interactions, competitors, risk records. */
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { createdAt, day, updatedAt } from "./columns";

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["rep", "manager", "admin"] }).notNull(),
  team: text("team"),
  /**
   * Who this person reports to; the team (not this link) decides what a manager sees. No foreign key, like
   * accounts.parent_id: a self-reference would make a dump's rows restore only in manager-first order.
   */
  managerId: text("manager_id"),
  /** A deactivated user's keys and tokens stop working at once; their accounts stay visible to their manager and admins. */
  active: boolean("active").notNull().default(true),
  locale: text("locale", { enum: ["zh", "en"] })
    .notNull()
    .default("zh"),
  quota: doublePrecision("quota"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
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
    /** The next step the account manager noted ("send the revised quote"), free text. */
    nextStep: text("next_step"),
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
