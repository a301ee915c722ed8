ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "broadcast_deliveries_broadcast_id_broadcasts_id_fk";
--> statement-breakpoint
ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "broadcast_deliveries_person_id_people_id_fk";
--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "fanout_at" timestamp with time zone;