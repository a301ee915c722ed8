import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * This database's identity (one row). Redis keys are named after it, so a fresh database on a
 * shared Redis never receives the delayed broadcasts and alert timers of a removed one. A database
 * that existed before this table keeps the old fixed prefix (its jobs are already queued under it).
 */
export const installation = pgTable(
  'installation',
  {
    id: integer('id').primaryKey().default(1),
    installationId: uuid('installation_id').notNull(),
    queuePrefix: text('queue_prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('installation_one_row', sql`${t.id} = 1`)],
);

/**
 * The key that signs file links (one row, made on first use): the bot process checks what the
 * workers signed, so both read it from here; a new database makes earlier links void.
 */
export const fileLinkKey = pgTable(
  'file_link_key',
  {
    id: integer('id').primaryKey().default(1),
    secret: text('secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('file_link_key_one_row', sql`${t.id} = 1`)],
);
