ALTER TABLE "sends" DROP CONSTRAINT "sends_person_id_people_id_fk";
--> statement-breakpoint
ALTER TABLE "sends" ALTER COLUMN "channel" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sends" ALTER COLUMN "account_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "parts_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "claim_job" text;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "broadcast_id" uuid;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "acked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sends" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sends_broadcast_state_idx" ON "sends" USING btree ("broadcast_id","state") WHERE broadcast_id is not null;--> statement-breakpoint
CREATE INDEX "sends_broadcast_person_idx" ON "sends" USING btree ("person_id","state") WHERE broadcast_id is not null;