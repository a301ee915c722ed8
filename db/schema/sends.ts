import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** End states: core/delivery/outcome.ts. */
export const SEND_STATES = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'waiting_window'] as const;
export type SendState = (typeof SEND_STATES)[number];

/**
 * The outbound ledger (DESIGN §4.4): one row per (purpose, recipient, part) under a unique
 * constraint, so a re-run of the code that queued it cannot queue it twice. The send lane marks
 * the row 'sending' before the provider call and 'sent' after; a job for a row already sent does
 * nothing. `message` holds the rendered OutboundMessage (broadcast deliveries, one body for 100k
 * people, have their own rows: broadcast_deliveries).
 */
export const sends = pgTable(
  'sends',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    purpose: text('purpose').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    part: integer('part').notNull().default(0),
    lane: text('lane', { enum: ['interactive', 'bulk'] }).notNull(),
    channel: text('channel').notNull(),
    /** The recipient's id on `channel` (channel_accounts.external_id). */
    accountId: text('account_id').notNull(),
    message: jsonb('message'),
    state: text('state', { enum: SEND_STATES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Channels already tried for this row (fallback never loops). */
    triedChannels: text('tried_channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** SendFailure kind or a short code; never a message body. */
    error: text('error'),
    providerRefs: jsonb('provider_refs'),
    /** Job written to the outbox when the row fails for good (e.g. escalate past an unreachable level). */
    onFail: jsonb('on_fail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sends_purpose_person_part_uq').on(t.purpose, t.personId, t.part),
    index('sends_waiting_idx')
      .on(t.personId)
      .where(sql`state = 'waiting_window'`),
  ],
);
