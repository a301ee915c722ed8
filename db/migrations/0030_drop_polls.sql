DROP TABLE "poll_answers" CASCADE;--> statement-breakpoint
DROP TABLE "poll_recipients" CASCADE;--> statement-breakpoint
DROP TABLE "polls" CASCADE;