import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

/**
 * How an official wants to hear of filed reports, per report kind: `now` (one notice each),
 * `digest` (one daily list), `off`. No row = the default (quick/thematic now, periodic digest).
 */
export const noticePrefs = pgTable(
  'notice_prefs',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    reportKind: text('report_kind', { enum: ['periodic', 'quick', 'thematic'] }).notNull(),
    mode: text('mode', { enum: ['now', 'digest', 'off'] }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.reportKind] })],
);

/**
 * A case (hồ sơ chuyển xử lý): a report's issue or a hot spot passed by an official to a
 * responsible body (a unit of kind `co_quan`, answered by its liaisons) with a due date.
 * Scope: officials of the source's subtree; liaisons of the body.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    receiptNo: text('receipt_no').notNull().unique(),
    sourceType: text('source_type', { enum: ['report', 'hot_spot'] }).notNull(),
    sourceId: uuid('source_id').notNull(),
    issueId: uuid('issue_id'),
    sourceUnitId: uuid('source_unit_id')
      .notNull()
      .references(() => units.id),
    bodyUnitId: uuid('body_unit_id')
      .notNull()
      .references(() => units.id),
    forwardedBy: uuid('forwarded_by')
      .notNull()
      .references(() => people.id),
    reporterId: uuid('reporter_id').references(() => people.id),
    title: text('title').notNull(),
    note: text('note'),
    status: text('status', { enum: ['sent', 'accepted', 'in_progress', 'done', 'declined'] })
      .notNull()
      .default('sent'),
    result: text('result'),
    /** Whether the reporter hears of each step (the forwarding official's choice, changeable per step). */
    tellReporter: boolean('tell_reporter').notNull().default(true),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_source_idx').on(t.sourceType, t.sourceId),
    index('cases_body_idx').on(t.bodyUnitId, t.status),
    index('cases_reporter_idx').on(t.reporterId),
  ],
);

/** The case timeline: forwarded, accepted, in_progress, done, declined, reminded, overdue, escalated. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    note: text('note'),
    toldReporter: boolean('told_reporter').notNull().default(false),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);
