-- A database that already holds units was running with the old fixed queue prefix "dlxh": its
-- delayed broadcasts, alert timers and limiter keys are queued under it, so it keeps that prefix.
-- A fresh database gets no row here; the first process to start derives one from a new id.
INSERT INTO "installation" ("id", "installation_id", "queue_prefix")
SELECT 1, gen_random_uuid(), 'dlxh'
WHERE EXISTS (SELECT 1 FROM "units")
ON CONFLICT ("id") DO NOTHING;
