-- The console's newest-first lists and its dashboard's latest activity read the newest filed
-- reports and alert events of a subtree: walking these indexes backwards stops after a page
-- instead of sorting 100,000 reports (DESIGN §7 console target, bench/console.ts).
CREATE INDEX IF NOT EXISTS reports_filed_newest_idx ON reports (submitted_at DESC NULLS LAST, id) WHERE status <> 'draft';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS hot_spot_events_created_idx ON hot_spot_events (created_at DESC);
