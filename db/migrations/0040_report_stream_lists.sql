CREATE TABLE "report_stream_lists" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"streams" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_stream_lists" ADD CONSTRAINT "report_stream_lists_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The reports filed before this migration get their copy (core/reports/stream-lists.ts writes it since).
INSERT INTO "report_stream_lists" ("report_id", "streams")
SELECT r.id, coalesce(l.streams, '[]'::json) FROM "reports" r
LEFT JOIN (SELECT i.report_id, json_agg(json_build_array(i.topic_code, i.title, s.stance, s.prevalence, s.holder_group, s.content) ORDER BY i.position, s.position) AS streams
           FROM "report_issues" i JOIN "opinion_streams" s ON s.issue_id = i.id GROUP BY i.report_id) l ON l.report_id = r.id;
