CREATE TABLE "briefing_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"iso_week" text NOT NULL,
	"status" text NOT NULL,
	"channel" text,
	"holder" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"message_ref" text,
	"error" text,
	"note" text,
	"snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "briefing_outbox_user_week" UNIQUE("user_id","iso_week")
);
--> statement-breakpoint
CREATE TABLE "briefing_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"weekday" smallint,
	"time" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "briefing_outbox" ADD CONSTRAINT "briefing_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_preferences" ADD CONSTRAINT "briefing_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "briefing_outbox_user_idx" ON "briefing_outbox" USING btree ("user_id");