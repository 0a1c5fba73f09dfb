-- Every existing key moves to api_keys before the column goes, so no one is locked out by the upgrade.
INSERT INTO "api_keys" ("id", "user_id", "key_hash", "label") SELECT 'key_' || "id", "id", "api_key_hash", 'first key' FROM "users" WHERE "api_key_hash" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_api_key_hash_unique";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "api_key_hash";
