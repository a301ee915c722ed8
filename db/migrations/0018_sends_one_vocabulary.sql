-- content_ref was never written by any code path (the send lane always had a rendered message), so nothing is carried over.
ALTER TABLE "sends" DROP COLUMN "content_ref";--> statement-breakpoint
-- One end-state vocabulary with broadcast deliveries (core/delivery/outcome.ts): a row whose account refuses us ends 'unreachable', not 'failed'.
UPDATE "sends" SET "state" = 'unreachable' WHERE "state" = 'failed' AND "error" IN ('unreachable', 'no_adapter');
