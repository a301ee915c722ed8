import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
