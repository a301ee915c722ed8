import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

export const BROADCAST_STATUSES = ['draft', 'awaiting_approval', 'scheduled', 'sending', 'paused', 'done', 'cancelled'] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

/**
 * A guidance broadcast (định hướng dư luận). The audience is stored as a filter (unit subtree +
 * sectors / strata / roles) and snapshotted at fan-out into its deliveries — rows of the one
 * outbound ledger, `sends` with `broadcast_id` (db/schema/sends.ts); `fanout_cursor` is the
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
