ALTER TABLE "plan_actions" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "completed_at" date;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "original_due" date;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "plan_actions_due_idx" ON "plan_actions" USING btree ("status","due");