import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

/**
 * Report requests (yêu cầu báo cáo đột xuất / chuyên đề, issue 13 §6): an official asks a subtree
 * for a thematic report on a topic by a due time, with optional guiding questions.
 */
export const reportRequests = pgTable(
  'report_requests',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    /** Root of the asked subtree (within the author's scope). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** AudienceFilters: sectors, strata, roles. */
    filters: jsonb('filters').notNull().default({}),
    topicCode: text('topic_code').notNull(),
    /** What is asked, in the official's words (becomes the report's title). */
    subject: text('subject').notNull(),
    questions: jsonb('questions').$type<string[]>().notNull().default([]),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    recipients: integer('recipients').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_requests_unit_idx').on(t.unitId, t.createdAt)],
);

/** Who was asked (snapshot when the request goes out). */
export const reportRequestRecipients = pgTable(
  'report_request_recipients',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.personId] }), index('report_request_recipients_person_idx').on(t.personId)],
);
