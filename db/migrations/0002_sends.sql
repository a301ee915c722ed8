CREATE TABLE "sends" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"person_id" uuid NOT NULL,
	"part" integer DEFAULT 0 NOT NULL,
	"lane" text NOT NULL,
	"channel" text NOT NULL,
	"account_id" text NOT NULL,
	"message" jsonb,
	"content_ref" text,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"tried_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"error" text,
	"provider_refs" jsonb,
	"on_fail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sends_purpose_person_part_uq" ON "sends" USING btree ("purpose","person_id","part");--> statement-breakpoint
CREATE INDEX "sends_waiting_idx" ON "sends" USING btree ("person_id") WHERE state = 'waiting_window';