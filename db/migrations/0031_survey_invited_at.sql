ALTER TABLE "survey_campaigns" ADD COLUMN "invited_at" timestamp with time zone;--> statement-breakpoint
-- custom:
-- Campaigns opened before the column existed had their invitations queued by the open job.
UPDATE "survey_campaigns" SET "invited_at" = "opens_at" WHERE "status" <> 'scheduled';
