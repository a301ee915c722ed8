import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The Quy chế hoạt động (issue 17 item 5): each version the admin publishes, its text as shown in
 * chat, and the document it came from (a `media` row with owner_type 'charter', kept by
 * core/media like any file). The newest `published_at` is the one in force.
 */
export const charterVersions = pgTable(
  'charter_versions',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    version: text('version').notNull().unique(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    mediaId: uuid('media_id'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('charter_versions_published_idx').on(t.publishedAt)],
);

/**
 * One row per person and version: when the text was put in front of them (at registration, on
 * their first message after a new version, or by /quyche) and when they accepted it.
 */
export const charterAcceptances = pgTable(
  'charter_acceptances',
  {
    personId: uuid('person_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => charterVersions.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.versionId] }), index('charter_acceptances_version_idx').on(t.versionId)],
);
