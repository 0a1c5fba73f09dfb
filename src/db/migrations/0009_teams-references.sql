CREATE TABLE "teams_references" (
	"user_id" text PRIMARY KEY NOT NULL,
	"service_url" text NOT NULL,
	"teams_user_id" text NOT NULL,
	"tenant_id" text,
	"bot_id" text NOT NULL,
	"conversation_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_references" ADD CONSTRAINT "teams_references_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;