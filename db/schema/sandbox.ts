import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Bumped on every insert *and* edit of a sandbox message, so the web chat polls "everything after
 * cursor N" and sees edits as well as new messages.
 */
export const sandboxMessageSeq = pgSequence('sandbox_message_seq');

/**
 * The local web chat's transcript. Outbound messages live in Postgres (not in memory) so a
 * separate worker process can "send" to sandbox users too.
 */
export const sandboxMessages = pgTable(
  'sandbox_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: text('account_id').notNull(),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /** 'out': one OutboundMessage part; 'in': the InboundPayload the user sent. */
    payload: jsonb('payload').notNull(),
    seq: bigint('seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('sandbox_message_seq')`),
    /** 'in' only: the update key, so a resent request does not show twice. */
    updateKey: text('update_key'),
    /** 'in' only: 'failed' when the engine could not apply it. */
    status: text('status', { enum: ['ok', 'failed'] })
      .notNull()
      .default('ok'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_messages_account_seq_idx').on(t.accountId, t.seq), uniqueIndex('sandbox_messages_update_key_uq').on(t.updateKey)],
);

/**
 * Sandbox-only account state: unregistered test users we handed out, and simulated platform
 * behaviour (the user blocked the bot; the next sends are rate limited) so the send lanes can be
 * tried locally too.
 */
export const sandboxAccounts = pgTable('sandbox_accounts', {
  accountId: text('account_id').primaryKey(),
  blocked: boolean('blocked').notNull().default(false),
  rateLimitedSends: integer('rate_limited_sends').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
