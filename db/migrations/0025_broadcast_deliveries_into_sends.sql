-- One delivery ledger (issue 10 item 2): a broadcast's deliveries become rows of `sends`
-- (purpose 'bc-<broadcast id>', lane 'broadcast', message rendered by the sender from the broadcast).
-- Row ids change: send jobs still in Redis for old delivery ids find nothing and end 'skipped';
-- the broadcast monitor sees the queued rows without jobs and re-enqueues them. New ids start
-- above every old delivery id, so a "Đã nhận" button sent before (bk:<old id>) can never
-- acknowledge another broadcast: it answers "not found", and /danhan still works.
SELECT setval(pg_get_serial_sequence('sends', 'id'), greatest(m, 1), m > 0)
FROM (SELECT greatest(coalesce((SELECT max("id") FROM "sends"), 0), coalesce((SELECT max("id") FROM "broadcast_deliveries"), 0)) AS m) x;--> statement-breakpoint
INSERT INTO "sends" ("purpose", "person_id", "part", "lane", "channel", "account_id", "state", "attempts", "tried_channels", "error",
  "parts_sent", "claim_job", "created_at", "claimed_at", "sent_at", "broadcast_id", "unit_id", "acked_at", "reminded_at")
SELECT 'bc-' || d."broadcast_id", d."person_id", 0, 'broadcast', d."channel", d."account_id",
  -- A row a dead worker left 'sending' goes back to the queue (its job id is gone with the table).
  CASE WHEN d."state" = 'sending' THEN 'queued' ELSE d."state" END,
  d."attempts", d."tried_channels", left(d."error", 60), d."parts_sent", NULL,
  coalesce(d."claimed_at", b."started_at", b."created_at"), d."claimed_at", d."sent_at", d."broadcast_id", d."unit_id", d."acked_at", d."reminded_at"
FROM "broadcast_deliveries" d JOIN "broadcasts" b ON b."id" = d."broadcast_id"
ORDER BY d."id"
ON CONFLICT ("purpose", "person_id", "part") DO NOTHING;--> statement-breakpoint
DROP TABLE "broadcast_deliveries";
