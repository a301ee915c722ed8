ALTER TABLE "hot_spots" ADD COLUMN "people_range" text;--> statement-breakpoint
ALTER TABLE "hot_spots" ADD COLUMN "people_text" text;