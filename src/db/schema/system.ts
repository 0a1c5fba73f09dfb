import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

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

/**
 * Receipts of inbound chat-platform deliveries (a Slack `event_id`, a Teams activity id): the first instance to insert
 * the receipt handles the delivery; a retry or a second instance finds it and does nothing.
 */
export const channelReceipts = pgTable(
  "channel_receipts",
  {
    channel: text("channel", { enum: ["slack", "teams"] }).notNull(),
    key: text("key").notNull(),
    receivedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.key] })],
);

/** A Slack thread or a Teams conversation is one Furrow conversation (chat thread) of one user. */
export const channelConversations = pgTable(
  "channel_conversations",
  {
    channel: text("channel", { enum: ["slack", "teams"] }).notNull(),
    /** Slack: `{team}:{channel}:{thread_ts}`; Teams: the conversation id. */
    externalId: text("external_id").notNull(),
    threadId: text("thread_id")
      .notNull()
      .references(() => chatThreads.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.externalId, t.userId] })],
);

/**
 * Where Furrow can reach a Furrow user in Teams without being asked first (a proactive message, e.g. the weekly
 * briefing): the Bot Connector's service URL, the person's Teams id, tenant and bot, and the personal chat once known.
 * Refreshed whenever the person writes to the bot.
 */
export const teamsReferences = pgTable("teams_references", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  serviceUrl: text("service_url").notNull(),
  /** The person's id in the Bot Connector (`29:…`), not their Entra object id. */
  teamsUserId: text("teams_user_id").notNull(),
  tenantId: text("tenant_id"),
  botId: text("bot_id").notNull(),
  /** The personal (1:1) conversation with the bot; null until there is one. */
  conversationId: text("conversation_id"),
  updatedAt: updatedAt(),
});
