import {
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { createdAt, day, updatedAt } from "./columns";

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
    /** The user who owns the action (set on reassignment; `owner` keeps the name shown). */
    ownerId: text("owner_id"),
    /** The day it was marked done: late when after `due` (plan vs actual). */
    completedAt: day("completed_at"),
    /** The first due date, kept when the action is rescheduled, so slips stay visible. */
    originalDue: day("original_due"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("plan_actions_account_idx").on(t.accountId), index("plan_actions_due_idx").on(t.status, t.due)],
);
