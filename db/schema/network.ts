import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { broadcasts } from './broadcasts.js';
import { units } from './people.js';

/**
 * Representativeness targets the admin sets on a unit (issue 17 item 2): `area` — at least
 * `min_count` active collaborators in each child unit (value ''); `stratum` / `sector` — at least
 * `min_count` active collaborators of that stratum code / sector in the unit's subtree.
 */
export const networkTargets = pgTable(
  'network_targets',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: ['area', 'stratum', 'sector'] }).notNull(),
    value: text('value').notNull().default(''),
    minCount: integer('min_count').notNull(),
    setBy: uuid('set_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('network_targets_uq').on(t.unitId, t.kind, t.value), index('network_targets_unit_idx').on(t.unitId)],
);

/**
 * An official's one-tap rating of a report ("hữu ích"): one row per report and official, kept
 * for the collaborator's scorecard. "Cần bổ sung" is the review status `needs_more` on reports.
 */
export const reportRatings = pgTable(
  'report_ratings',
  {
    reportId: uuid('report_id').notNull(),
    officialId: uuid('official_id').notNull(),
    rating: text('rating', { enum: ['useful'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.officialId] })],
);

/**
 * Training material (issue 17 item 5): a document, link or short note filed under a topic and
 * published to a subtree through the guidance path — its title, body, attachment, unit, author,
 * deliveries and «Đã nhận» live on the broadcast row; this row adds what the library needs.
 */
export const materials = pgTable(
  'materials',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    broadcastId: uuid('broadcast_id')
      .notNull()
      .references(() => broadcasts.id),
    topic: text('topic').notNull(),
    kind: text('kind', { enum: ['document', 'link', 'note'] }).notNull(),
    title: text('title').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('materials_broadcast_uq').on(t.broadcastId), index('materials_topic_idx').on(t.topic, t.createdAt)],
);

/** «Đã đọc» pressed on a material opened from /tailieu (also by someone who joined after it was sent). */
export const materialReads = pgTable(
  'material_reads',
  {
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id),
    personId: uuid('person_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.personId] })],
);
