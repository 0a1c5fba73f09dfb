/** Who a bearer or a chat-platform person is: API keys (hashed, labelled) and linked channel identities. */
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt } from "./columns";

/** A user may hold several keys (laptop, script, integration); only the sha256 is stored, the key is shown once. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    keyHash: text("key_hash").notNull().unique(),
    label: text("label").notNull(),
    /** Updated at most once a minute per key, so authentication is not a write per request. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [index("api_keys_user_idx").on(t.userId)],
);

/** A person in Slack (`slack:T…:U…`) or Teams (`teams:<aad object id>`) linked to a Furrow user. */
export const userIdentities = pgTable(
  "user_identities",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    identity: text("identity").notNull().unique(),
    provider: text("provider", { enum: ["slack", "teams"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("user_identities_user_idx").on(t.userId)],
);
