-- custom:
-- The month's CSV export reads each report's first issue (by position) and counts its issues, one
-- probe per report: with the title and topic in the index those probes are index-only (no heap
-- page per issue). drizzle cannot express INCLUDE, so the index is written here, not in the schema.
CREATE INDEX IF NOT EXISTS report_issues_report_position_idx ON report_issues (report_id, position) INCLUDE (title, topic_code);--> statement-breakpoint
-- Index-only only where the visibility map has the heap page marked all-visible, i.e. after a vacuum:
-- by default an insert-mostly table is vacuumed after 1,000 + 20 % of its rows were inserted (a
-- year's 150,000 issues: ~31,000, more than two months), so the month just ended would still be
-- read from the heap. Vacuumed after 1,000 + 2 % instead (measured with the month's pages not
-- all-visible: the planner keeps the plain index and nothing is gained).
ALTER TABLE report_issues SET (autovacuum_vacuum_insert_scale_factor = 0.02);
