CREATE TABLE "network_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text DEFAULT '' NOT NULL,
	"min_count" integer NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_ratings" (
	"report_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_ratings_report_id_official_id_pk" PRIMARY KEY("report_id","official_id")
);
--> statement-breakpoint
ALTER TABLE "network_targets" ADD CONSTRAINT "network_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_targets_uq" ON "network_targets" USING btree ("unit_id","kind","value");--> statement-breakpoint
CREATE INDEX "network_targets_unit_idx" ON "network_targets" USING btree ("unit_id");