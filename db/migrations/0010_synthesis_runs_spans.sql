ALTER TABLE "synthesis_runs" ADD COLUMN "trigger" text DEFAULT 'request' NOT NULL;--> statement-breakpoint
ALTER TABLE "synthesis_runs" ADD COLUMN "xlsx_path" text;--> statement-breakpoint
ALTER TABLE "synthesis_runs" ADD COLUMN "ai_status" text;--> statement-breakpoint
CREATE UNIQUE INDEX "synthesis_runs_schedule_uq" ON "synthesis_runs" USING btree ("unit_id","period") WHERE "synthesis_runs"."trigger" = 'schedule';