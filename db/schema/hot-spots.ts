import { sql } from 'drizzle-orm';
import { bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

export const hotSpots = pgTable(
  'hot_spots',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    receiptNo: text('receipt_no').notNull().unique(),
    category: text('category').notNull(),
    severity: integer('severity').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    reporterId: uuid('reporter_id').references(() => people.id),
    placeText: text('place_text'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    peopleEstimate: integer('people_estimate'),
    /** The estimate as the reporter gave it: a range code (lt10, 10_50…) or their words ("khoảng 30"); shown as given. */
    peopleRange: text('people_range'),
    peopleText: text('people_text'),
    description: text('description'),
    status: text('status', { enum: ['open', 'acknowledged', 'handling', 'resolved', 'false_alarm', 'merged'] })
      .notNull()
      .default('open'),
    /** The unit whose officials are currently responsible (climbs the tree on escalation). */
    /** Sent «chỉ cấp trên» (issue 13 §7): as on reports; escalation starts at this unit. */
    confidentialUnitId: uuid('confidential_unit_id').references(() => units.id),
    levelUnitId: uuid('level_unit_id')
      .notNull()
      .references(() => units.id),
    escalationStep: integer('escalation_step').notNull().default(0),
    ackDeadline: timestamp('ack_deadline', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    mergedIntoId: uuid('merged_into_id'),
    resultNote: text('result_note'),
    resultShareable: boolean('result_shareable').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('hot_spots_unit_idx').on(t.unitId, t.createdAt),
    index('hot_spots_status_idx').on(t.status),
    // A reporter's latest (/trangthai, core/hot-spots/create.ts recentHotSpots): without it, a scan of every hot spot.
    index('hot_spots_reporter_idx').on(t.reporterId, t.createdAt),
  ],
);

/** The timeline: created, notified, escalated, acknowledged, note, update, merged, resolved… */
export const hotSpotEvents = pgTable(
  'hot_spot_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    hotSpotId: uuid('hot_spot_id')
      .notNull()
      .references(() => hotSpots.id),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    unitId: uuid('unit_id'),
    note: text('note'),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hot_spot_events_spot_idx').on(t.hotSpotId, t.id)],
);

/**
 * Response playbooks (kịch bản ứng phó, issue 13 §5) imported by an admin: one per hot-spot
 * category, overriding the file shipped in templates/vi/playbooks/. The definition is the
 * validated file (core/hot-spots/playbooks.ts).
 */
export const playbooks = pgTable('playbooks', {
  category: text('category').primaryKey(),
  title: text('title').notNull(),
  definition: jsonb('definition').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
