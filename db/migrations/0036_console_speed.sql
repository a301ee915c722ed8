-- custom:
-- A month's export reads one period's filed reports newest first, a batch at a time (keyset on
-- submitted_at, id): this index gives each batch as a range, where the period index alone made
-- every batch fetch the whole month and sort it (bench/console.ts, issue 14).
CREATE INDEX IF NOT EXISTS reports_period_filed_idx ON reports (period, submitted_at DESC NULLS LAST, id) WHERE status <> 'draft';
