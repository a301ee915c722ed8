import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';
import { reports } from './reports.js';

/**
 * Reminder ledger: one row per (person, period, step) under a unique constraint, written in the
 * transaction that queues the message, so a scan run twice — or by two workers at once — sends
 * each reminder once. Steps: 'd3' | 'd1' | 'd0' (collaborators), 'late-<YYYY-MM-DD>' (the D+1
 * list to an official, one per day its units fall due), 'inactive' (the monthly review list).
 */
export const reminderLedger = pgTable(
  'reminder_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    period: text('period').notNull(),
    step: text('step').notNull(),
    /** The unit the reminder was about (the collaborator's unit; for lists, null). */
    unitId: uuid('unit_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminder_ledger_uq').on(t.personId, t.period, t.step), index('reminder_ledger_period_idx').on(t.period, t.step)],
);

/** What officials did with a report (received, asked for more) and every edit, in order. */
export const reportReviews = pgTable(
  'report_reviews',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => people.id),
    action: text('action', { enum: ['received', 'needs_more', 'edited', 'supplemented'] }).notNull(),
    /** The official's request to the reporter (needs_more), or the reporter's answer to it (supplemented); never logged. */
    note: text('note'),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId, t.id)],
);
