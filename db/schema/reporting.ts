import { sql } from 'drizzle-orm';
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
    action: text('action', { enum: ['received', 'needs_more', 'edited'] }).notNull(),
    /** The official's request to the reporter (needs_more); never logged. */
    note: text('note'),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_reviews_report_idx').on(t.reportId, t.id)],
);

/** A monthly synthesis being generated (the job reports progress here and in BullMQ). */
export const synthesisRuns = pgTable(
  'synthesis_runs',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    requestedBy: uuid('requested_by').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    period: text('period').notNull(),
    locale: text('locale').notNull().default('vi'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    progress: integer('progress').notNull().default(0),
    docxPath: text('docx_path'),
    markdownPath: text('markdown_path'),
    reportCount: integer('report_count'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('synthesis_runs_unit_idx').on(t.unitId, t.period)],
);
