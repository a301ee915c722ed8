import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Units form a tree of any depth (province → commune, sector branches…). `path` is the
 * materialised chain of ids from the root ("/<root>/<child>/"), kept in sync on move, so a
 * subtree is one indexed LIKE. Settings left null inherit from the parent.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('khac'),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    deadlineDay: integer('deadline_day'),
    cutoffDay: integer('cutoff_day'),
    lockDays: integer('lock_days'),
    escalationPolicy: jsonb('escalation_policy'),
    /** Minutes between follow-ups of an alert being handled, per severity (issue 13 §5); same shape as escalation_policy. */
    handlingPolicy: jsonb('handling_policy'),
    status: text('status').notNull().default('active'),
    mergedIntoId: uuid('merged_into_id'),
    effectiveFrom: date('effective_from').notNull().defaultNow(),
    effectiveTo: date('effective_to'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('units_code_uq').on(t.code), index('units_path_idx').on(t.path), index('units_parent_idx').on(t.parentId)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['collaborator', 'official', 'admin', 'liaison'] }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    sector: text('sector'),
    stratum: text('stratum'),
    status: text('status', { enum: ['active', 'suspended', 'replaced', 'left'] })
      .notNull()
      .default('active'),
    locale: text('locale').notNull().default('vi'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentVersion: text('consent_version'),
    /** The person this one took over from (roster "replace"); the old row stays, status 'replaced'. */
    replacesPersonId: uuid('replaces_person_id'),
    /** The last version of the Quy chế put in front of this person (db/schema/charter.ts): asked once per version. */
    charterVersionId: uuid('charter_version_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('people_unit_idx').on(t.unitId, t.role)],
);

/** One person may have several accounts; an account is unique per channel. */
export const channelAccounts = pgTable(
  'channel_accounts',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    status: text('status', { enum: ['active', 'unreachable'] })
      .notNull()
      .default('active'),
    unreachableReason: text('unreachable_reason'),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('channel_accounts_uq').on(t.channel, t.externalId), index('channel_accounts_person_idx').on(t.personId)],
);

/** Invite codes are stored only as a SHA-256 hash; the clear code is shown once to the admin. */
export const invites = pgTable('invites', {
  id: id(),
  codeHash: text('code_hash').notNull().unique(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  role: text('role', { enum: ['collaborator', 'official', 'admin', 'liaison'] }).notNull(),
  displayName: text('display_name').notNull(),
  sector: text('sector'),
  stratum: text('stratum'),
  createdBy: uuid('created_by'),
  /** Set when the invite was made to replace someone: the redeemed person records it. */
  replacesPersonId: uuid('replaces_person_id'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  usedByPersonId: uuid('used_by_person_id'),
  createdAt: createdAt(),
});

export const topics = pgTable('topics', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  active: boolean('active').notNull().default(true),
  sort: integer('sort').notNull().default(0),
});

/** Flow state per channel account; the row is also the per-user lock (SELECT … FOR UPDATE). */
export const conversations = pgTable('conversations', {
  accountKey: text('account_key').primaryKey(),
  personId: uuid('person_id'),
  flow: text('flow'),
  state: jsonb('state').notNull().default({}),
  locale: text('locale').notNull().default('vi'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Exactly-once intake: an update key is recorded in the transaction that applies it (or, failing that, as failed). */
export const processedUpdates = pgTable(
  'processed_updates',
  {
    channel: text('channel').notNull(),
    updateKey: text('update_key').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the update could not be applied for a reason that will not go away (error name/code, never a message). */
    failed: text('failed'),
  },
  (t) => [primaryKey({ columns: [t.channel, t.updateKey] }), index('processed_updates_at_idx').on(t.processedAt)],
);
