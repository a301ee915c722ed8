import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

export const BROADCAST_STATUSES = ['draft', 'awaiting_approval', 'scheduled', 'sending', 'paused', 'done', 'cancelled'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'waiting_window', 'acknowledged'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * A guidance broadcast (định hướng dư luận). The audience is stored as a filter (unit subtree +
 * sectors / strata / roles) and snapshotted into deliveries at fan-out; `fanout_cursor` is the
 * last person id snapshotted, so an interrupted fan-out resumes where it stopped.
 */
export const broadcasts = pgTable(
  'broadcasts',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** { kind: 'photo'|'document', source, channel, fileName? }: a channel file id is sent on that channel only. */
    attachment: jsonb('attachment'),
    /** { sectors?: string[], strata?: string[], roles?: string[] } */
    filters: jsonb('filters').notNull().default({}),
    requireAck: boolean('require_ack').notNull().default(false),
    ackDeadline: timestamp('ack_deadline', { withTimezone: true }),
    urgent: boolean('urgent').notNull().default(false),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    status: text('status', { enum: BROADCAST_STATUSES }).notNull().default('draft'),
    /** Why it is paused: 'manual' or 'quiet' (quiet hours; resumes by itself). */
    pauseReason: text('pause_reason'),
    audienceSize: integer('audience_size').notNull().default(0),
    approverId: uuid('approver_id').references(() => people.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    fanoutCursor: uuid('fanout_cursor'),
    fanoutDone: boolean('fanout_done').notNull().default(false),
    /** When the fan-out last advanced (the monitor tells a slow fan-out from a dead one). */
    fanoutAt: timestamp('fanout_at', { withTimezone: true }),
    /** Bumped on every resume so re-enqueued send jobs get fresh deterministic ids. */
    generation: integer('generation').notNull().default(0),
    /** The author's progress message, edited in place: { channel, accountId, messageId }. */
    progressRef: jsonb('progress_ref'),
    progressText: text('progress_text'),
    /** Lease of the worker that currently watches this broadcast (progress, timers, recovery). */
    monitorUntil: timestamp('monitor_until', { withTimezone: true }),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [index('broadcasts_author_idx').on(t.authorId, t.createdAt), index('broadcasts_status_idx').on(t.status)],
);

/**
 * One row per (broadcast, person): the per-recipient idempotency key (DESIGN §4.4). The sender
 * marks the row 'sending' (with the claiming job's id) before the provider call and counts the
 * parts already delivered, so a re-run resumes after the last part that went out.
 * No foreign keys on purpose: rows are written only by the fan-out, from existing people of an
 * existing broadcast (neither is ever deleted), and the two FK checks per row were ~45 % of the
 * time to snapshot a 100k audience.
 */
export const broadcastDeliveries = pgTable(
  'broadcast_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    broadcastId: uuid('broadcast_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** The person's unit when the audience was snapshotted (figures by unit). */
    unitId: uuid('unit_id').notNull(),
    channel: text('channel'),
    accountId: text('account_id'),
    state: text('state', { enum: DELIVERY_STATES }).notNull().default('queued'),
    partsSent: integer('parts_sent').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    triedChannels: text('tried_channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** SendFailure kind or a short reason ('never_started', 'no_account'…); never a message body. */
    error: text('error'),
    claimJob: text('claim_job'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    ackedAt: timestamp('acked_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('broadcast_deliveries_uq').on(t.broadcastId, t.personId),
    index('broadcast_deliveries_state_idx').on(t.broadcastId, t.state),
    /** onInbound looks up a person's waiting deliveries on every update; /danhan their latest unacknowledged one. */
    index('broadcast_deliveries_person_idx').on(t.personId, t.state),
  ],
);
