CREATE TABLE "charter_acceptances" (
	"person_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "charter_acceptances_person_id_version_id_pk" PRIMARY KEY("person_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "charter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"media_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charter_versions_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "charter_version_id" uuid;--> statement-breakpoint
ALTER TABLE "charter_acceptances" ADD CONSTRAINT "charter_acceptances_version_id_charter_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."charter_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charter_acceptances_version_idx" ON "charter_acceptances" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "charter_versions_published_idx" ON "charter_versions" USING btree ("published_at");