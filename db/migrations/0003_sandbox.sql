CREATE SEQUENCE "public"."sandbox_message_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "sandbox_accounts" (
	"account_id" text PRIMARY KEY NOT NULL,
	"blocked" boolean DEFAULT false NOT NULL,
	"rate_limited_sends" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"direction" text NOT NULL,
	"payload" jsonb NOT NULL,
	"seq" bigint DEFAULT nextval('sandbox_message_seq') NOT NULL,
	"update_key" text,
	"status" text DEFAULT 'ok' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sandbox_messages_account_seq_idx" ON "sandbox_messages" USING btree ("account_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_messages_update_key_uq" ON "sandbox_messages" USING btree ("update_key");