ALTER TABLE "reports" ADD COLUMN "confidential_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "hot_spots" ADD COLUMN "confidential_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_confidential_unit_id_units_id_fk" FOREIGN KEY ("confidential_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hot_spots" ADD CONSTRAINT "hot_spots_confidential_unit_id_units_id_fk" FOREIGN KEY ("confidential_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;