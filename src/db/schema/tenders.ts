import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { createdAt, day, updatedAt, vector } from "./columns";

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
