import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

/** Quick polls (thăm dò nhanh): one question, single or multiple choice, to an audience. */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    /** Root of the audience subtree (within the author's scope). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** AudienceFilters: sectors, strata, roles. */
    filters: jsonb('filters').notNull().default({}),
    question: text('question').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    multi: boolean('multi').notNull().default(false),
    anonymous: boolean('anonymous').notNull().default(false),
    /**
     * Anonymous polls key answers by sha256(salt, person) so one person answers once and can
     * change it; the salt is erased at close, after which answers no longer lead to anyone.
     */
    salt: text('salt'),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    recipients: integer('recipients').notNull().default(0),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('polls_author_idx').on(t.authorId, t.createdAt), index('polls_open_idx').on(t.status, t.closesAt)],
);

/** Who was asked (snapshot at send time): only they may answer. */
export const pollRecipients = pgTable(
  'poll_recipients',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.personId] }), index('poll_recipients_person_idx').on(t.personId)],
);

/** One answer per voter (changeable until close); `personId` is null on anonymous polls. */
export const pollAnswers = pgTable(
  'poll_answers',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** Indexes into polls.options, ascending. */
    choices: jsonb('choices').$type<number[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.voterKey] })],
);
