import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people, units } from './people.js';
import { reportRequests } from './report-requests.js';

const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A report (periodic | quick | thematic). The structured content lives in relational child rows
 * (issues → opinion streams) for synthesis; `report_versions` keeps every submitted version whole.
 */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    kind: text('kind', { enum: ['periodic', 'quick', 'thematic'] }).notNull(),
    receiptNo: text('receipt_no').unique(),
    period: text('period'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    reporterId: uuid('reporter_id').references(() => people.id),
    status: text('status', { enum: ['draft', 'submitted', 'received', 'needs_more', 'synthesised'] })
      .notNull()
      .default('submitted'),
    assessment: text('assessment'),
    mood: text('mood'),
    title: text('title'),
    rumours: text('rumours'),
    goodPractices: text('good_practices'),
    proposals: text('proposals'),
    spread: text('spread'),
    /** Sent as urgent (khẩn, quick/thematic only): acknowledged and escalated like a hot spot (issue 13 §1). */
    urgent: boolean('urgent').notNull().default(false),
    /** The report request (issue 13 §6) this thematic report answers. */
    requestId: uuid('request_id').references(() => reportRequests.id),
    /**
     * Sent «chỉ cấp trên» (issue 13 §7): the lowest unit whose officials may see it; officials of
     * the units skipped below it never do (core/reports/visible-unit.ts). Null: the usual subtree rule.
     */
    confidentialUnitId: uuid('confidential_unit_id').references(() => units.id),
    version: integer('version').notNull().default(1),
    channel: text('channel'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reports_unit_period_idx').on(t.unitId, t.period, t.kind),
    index('reports_reporter_idx').on(t.reporterId, t.createdAt),
    index('reports_request_idx').on(t.requestId),
  ],
);

export const reportIssues = pgTable(
  'report_issues',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    topicCode: text('topic_code').notNull(),
    title: text('title').notNull(),
    scope: text('scope'),
    summary: text('summary'),
    causes: text('causes'),
    forecast: text('forecast'),
    proposals: text('proposals'),
    source: text('source'),
    reliability: text('reliability'),
  },
  // Also report_issues_report_position_idx (report_id, position) INCLUDE (title, topic_code), for the
  // CSV export's index-only probes: drizzle cannot express INCLUDE (migration 0038, custom SQL).
  (t) => [index('report_issues_report_idx').on(t.reportId), index('report_issues_topic_idx').on(t.topicCode)],
);

/** Opinions by group, never by named person (PDP Law 91/2025). */
export const opinionStreams = pgTable(
  'opinion_streams',
  {
    id: id(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => reportIssues.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    stance: text('stance').notNull(),
    prevalence: text('prevalence').notNull(),
    holderGroup: text('holder_group').notNull(),
    content: text('content').notNull(),
  },
  (t) => [index('opinion_streams_issue_idx').on(t.issueId)],
);

/**
 * A report's opinion streams in one row, in order, as `[topic, issue title, stance, prevalence,
 * group, content]` lists: what the month's XLSX export reads, one row per report instead of
 * ~21,000 index probes through issues and streams (core/reports/stream-lists.ts writes it with the
 * issues, in the same transaction). A copy, never the source: the issues and streams are.
 */
export const reportStreamLists = pgTable('report_stream_lists', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  streams: json('streams').$type<StreamListRow[]>().notNull(),
});

/** One stream of reportStreamLists: topic code, issue title, stance, prevalence, group, content. */
export type StreamListRow = [topic: string, title: string, stance: string, prevalence: string, group: string, content: string];

export const reportVersions = pgTable(
  'report_versions',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    payload: jsonb('payload').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.version] })],
);

/** Files users sent: the channel's file id, and the copy the media worker keeps (core/media). */
export const media = pgTable(
  'media',
  {
    id: id(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    channel: text('channel').notNull(),
    kind: text('kind', { enum: ['photo', 'voice', 'document', 'video'] }).notNull(),
    fileId: text('file_id').notNull(),
    fileUniqueId: text('file_unique_id'),
    mimeType: text('mime_type'),
    fileName: text('file_name'),
    size: integer('size'),
    storedPath: text('stored_path'),
    /** Content address of the stored bytes (core/media/store.ts); several rows may share one file. */
    sha256: text('sha256'),
    /** pending → stored, or refused (too large, a type not kept) / failed (the channel lost it). */
    status: text('status', { enum: ['pending', 'stored', 'refused', 'failed'] })
      .notNull()
      .default('pending'),
    failure: text('failure'),
    createdAt: createdAt(),
  },
  (t) => [index('media_owner_idx').on(t.ownerType, t.ownerId), index('media_sha256_idx').on(t.sha256)],
);

/** Human-readable receipt numbers: one counter per (prefix, year-month). */
export const receiptCounters = pgTable(
  'receipt_counters',
  {
    prefix: text('prefix').notNull(),
    period: text('period').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.period] })],
);

export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    jobId: text('job_id').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    relayedAt: timestamp('relayed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_job_id_uq').on(t.jobId),
    index('outbox_pending_idx')
      .on(t.id)
      .where(sql`relayed_at is null`),
  ],
);

/** Append-only; each row's hash covers the previous row's hash (verified by the admin CLI). */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  outcome: text('outcome', { enum: ['ok', 'refused'] }).notNull(),
  details: jsonb('details').notNull().default({}),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
