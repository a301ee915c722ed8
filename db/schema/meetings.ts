import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { broadcasts } from './broadcasts.js';
import { people, units } from './people.js';

export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;

/**
 * Giao ban meetings (hội nghị giao ban, issue 17 item 4): an official schedules a meeting for a
 * subtree (optional sectors, strata, roles, like a poll's audience); the invitation goes out after
 * quiet hours, reminders the day before and an hour before; the conclusions go out as a guidance
 * broadcast with acknowledgement (`conclusions_broadcast_id`).
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    /** Root of the invited subtree (within the author's scope). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** AudienceFilters: sectors, strata, roles. */
    filters: jsonb('filters').notNull().default({}),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Where it is held, or null when online only. */
    place: text('place'),
    /** The online link (Zoom, Teams, Google Meet…), or null. */
    link: text('link'),
    agenda: text('agenda').notNull().default(''),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('scheduled'),
    invited: integer('invited').notNull().default(0),
    /** When the official last recorded (or corrected) the attendance. */
    attendanceAt: timestamp('attendance_at', { withTimezone: true }),
    conclusionsBroadcastId: uuid('conclusions_broadcast_id').references(() => broadcasts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_unit_idx').on(t.unitId, t.startsAt)],
);

export const MEETING_ANSWERS = ['attend', 'absent'] as const;

/** Who was invited (snapshot when the invitation goes out), what they answered, whether they came. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    answer: text('answer', { enum: MEETING_ANSWERS }),
    /** Why absent, as the invitee typed it. */
    reason: text('reason'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The invitee's own «Điểm danh» during the meeting window. */
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    /** As the official recorded it after the meeting (null: not recorded; the check-in counts). */
    attended: boolean('attended'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] }), index('meeting_invitees_person_idx').on(t.personId)],
);
