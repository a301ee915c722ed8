CREATE TABLE "zalo_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"access_token" text NOT NULL,
	"refresh_token" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"refreshed_at" timestamp with time zone,
	"failed_refreshes" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
