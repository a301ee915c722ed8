ALTER TABLE "survey_campaigns" ADD COLUMN "kind" text DEFAULT 'survey' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD COLUMN "anonymous" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD COLUMN "salt" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "voter_key" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_voter_idx" ON "survey_responses" USING btree ("campaign_id","voter_key");