CREATE TABLE "replies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"account_id" text NOT NULL,
	"account_key" text NOT NULL,
	"messages" jsonb NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "processed_updates" ADD COLUMN "failed" text;--> statement-breakpoint
CREATE INDEX "replies_account_idx" ON "replies" USING btree ("account_key","id");