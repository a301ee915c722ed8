ALTER TABLE "invites" ADD COLUMN "replaces_person_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "replaces_person_id" uuid;