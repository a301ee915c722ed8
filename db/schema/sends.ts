import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * States of a ledger row. End states and what they mean: core/delivery/outcome.ts.
 * 'acknowledged' follows 'sent' on a broadcast's row whose recipient pressed "Đã nhận".
 */
export const SEND_STATES = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'waiting_window', 'acknowledged'] as const;
export type SendState = (typeof SEND_STATES)[number];

/**
 * The one outbound ledger (DESIGN §4.4) of every message that is not an immediate reply —
 * alerts, reminders, polls, notices, broadcast deliveries: one row per (purpose, recipient, part)
 * under a unique constraint, so a re-run of the code that queued it cannot queue it twice. The
 * send processor (workers/jobs/delivery/send-lane.ts) marks the row 'sending' before the
 * provider call and 'sent' after; a job for a row already sent does nothing.
 * `message` holds the rendered OutboundMessage; a broadcast's rows (`broadcast_id` set, purpose
 * `bc-<broadcast id>`) have none: one body for 100k people is rendered by the sender from the
 * broadcast, and `parts_sent` counts the parts already out.
 */
export const sends = pgTable(
  'sends',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    purpose: text('purpose').notNull(),
    /** No foreign key (see broadcastId below); people are never deleted, only anonymised. */
    personId: uuid('person_id').notNull(),
    part: integer('part').notNull().default(0),
    lane: text('lane', { enum: ['interactive', 'bulk', 'broadcast'] }).notNull(),
    /** Null only on a broadcast's row for someone with no reachable account (state 'unreachable'). */
    channel: text('channel'),
    /** The recipient's id on `channel` (channel_accounts.external_id). */
    accountId: text('account_id'),
    message: jsonb('message'),
    state: text('state', { enum: SEND_STATES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Channels already tried for this row (fallback never loops). */
    triedChannels: text('tried_channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** SendFailure kind or the provider's short reason ('blocked', 'never_started', 'no_account'…); never a message body. */
    error: text('error'),
    /** Parts of a multi-part message already delivered: a re-run resumes after them. */
    partsSent: integer('parts_sent').notNull().default(0),
    /** The job that claimed the row: a row 'sending' is taken again only by that job (its re-run). */
    claimJob: text('claim_job'),
    providerRefs: jsonb('provider_refs'),
    /** Job written to the outbox when the row fails for good (e.g. escalate past an unreachable level). */
    onFail: jsonb('on_fail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /**
     * A broadcast's delivery (core/broadcasts): the broadcast, the person's unit when the audience
     * was snapshotted (figures by unit), "Đã nhận" and the one reminder. No foreign keys on purpose:
     * the fan-out writes these rows from existing people of an existing broadcast (neither is ever
     * deleted), and the FK checks were ~45 % of the time to snapshot a 100k audience.
     */
    broadcastId: uuid('broadcast_id'),
    unitId: uuid('unit_id'),
    ackedAt: timestamp('acked_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sends_purpose_person_part_uq').on(t.purpose, t.personId, t.part),
    index('sends_waiting_idx')
      .on(t.personId)
      .where(sql`state = 'waiting_window'`),
    /** A broadcast's figures and keyset walks (by state). */
    index('sends_broadcast_state_idx')
      .on(t.broadcastId, t.state)
      .where(sql`broadcast_id is not null`),
    /** A label typed instead of pressed on a worker's message: the person's newest rows (bot/engine/notice-buttons.ts). */
    index('sends_person_recent_idx').on(t.personId, t.createdAt),
    /** /danhan: the person's latest broadcast row awaiting "Đã nhận". */
    index('sends_broadcast_person_idx')
      .on(t.personId, t.state)
      .where(sql`broadcast_id is not null`),
  ],
);
