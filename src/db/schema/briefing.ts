/** The weekly briefing: each user's delivery preferences, and the outbox that makes each week's briefing go out once. */
import { boolean, index, jsonb, pgTable, smallint, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

/** How and when a user wants the briefing; no row means the defaults (e-mail, at BRIEFING_CRON's time). */
export const briefingPreferences = pgTable("briefing_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  channel: text("channel", { enum: ["email", "slack", "teams"] })
    .notNull()
    .default("email"),
  /** ISO weekday, 1 = Monday … 7 = Sunday, in TZ; null: BRIEFING_CRON's day. */
  weekday: smallint("weekday"),
  /** `HH:mm` in TZ; null: BRIEFING_CRON's time. */
  time: text("time"),
  enabled: boolean("enabled").notNull().default(true),
  updatedAt: updatedAt(),
});

/**
 * One row per user and ISO week (`2026-W48`): the unique key is the lock, so a second instance or a restart finds
 * the row and sends nothing. `snapshot` is what the user's book looked like when it was sent: next week's "what
 * changed" compares against it.
 */
export const briefingOutbox = pgTable(
  "briefing_outbox",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    isoWeek: text("iso_week").notNull(),
    /**
     * claimed: being built, nothing sent; sending: handed to the channel; sent; failed (nothing went out, retried);
     * skipped: nothing to brief (no accounts).
     */
    status: text("status", { enum: ["claimed", "sending", "sent", "failed", "skipped"] }).notNull(),
    channel: text("channel", { enum: ["email", "slack", "teams"] }),
    holder: text("holder").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }),
    /** The e-mail's Message-ID (or the platform's message id). */
    messageRef: text("message_ref"),
    error: text("error"),
    /** Why it went by another channel than the one chosen (e.g. Slack not configured), for the user's admin. */
    note: text("note"),
    snapshot: jsonb("snapshot"),
    createdAt: createdAt(),
  },
  (t) => [unique("briefing_outbox_user_week").on(t.userId, t.isoWeek), index("briefing_outbox_user_idx").on(t.userId)],
);
