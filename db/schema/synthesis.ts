import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';

/**
 * A synthesis being generated or made: for a unit's subtree and a span (`period`: 'YYYY-MM',
 * 'YYYY-Qn', 'YYYY-Hn' or 'YYYY'), asked for by an official (`trigger` 'request') or made by the
 * schedule before the deadline (`trigger` 'schedule', sent to the unit's officials; at most one
 * per unit and span). The job reports progress here and in BullMQ.
 */
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
    trigger: text('trigger', { enum: ['request', 'schedule'] })
      .notNull()
      .default('request'),
    locale: text('locale').notNull().default('vi'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    progress: integer('progress').notNull().default(0),
    docxPath: text('docx_path'),
    markdownPath: text('markdown_path'),
    xlsxPath: text('xlsx_path'),
    reportCount: integer('report_count'),
    /** The AI-assisted draft: 'off', 'used', or why it fell back ('timeout', 'http_error', …). */
    aiStatus: text('ai_status'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('synthesis_runs_unit_idx').on(t.unitId, t.period),
    uniqueIndex('synthesis_runs_schedule_uq')
      .on(t.unitId, t.period)
      .where(sql`${t.trigger} = 'schedule'`),
  ],
);
