import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Questionnaire } from '../../core/surveys/definition.js';
import type { Answers } from '../../core/surveys/walk.js';
import { people, units } from './people.js';

/** Questionnaires (bộ công cụ): one row per version of a code; a changed file is a new version. */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    definition: jsonb('definition').$type<Questionnaire>().notNull(),
    /** sha256 of the normalised definition: importing the same file again is a no-op. */
    digest: text('digest').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('surveys_code_version_idx').on(t.code, t.version)],
);

/** How the recipients were drawn: everyone, n at random per unit, or quotas per stratum. */
export type SampleSpec = { kind: 'all' } | { kind: 'per_unit'; n: number } | { kind: 'quota'; quotas: Record<string, number> };

/** A survey sent to an audience (đợt khảo sát), with its sample, times and results. */
export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** Short number people type: /khaosat 12. */
    number: serial('number').notNull().unique(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    /** Root of the audience subtree (within the author's scope). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** AudienceFilters: sectors, strata, roles. */
    filters: jsonb('filters').notNull().default({}),
    sample: jsonb('sample').$type<SampleSpec>().notNull(),
    /** Seed of the draw: the same seed over the same audience draws the same people. */
    seed: text('seed').notNull(),
    /** Collaborators may fill it in for citizens they interview. */
    interviews: boolean('interviews').notNull().default(false),
    status: text('status', { enum: ['scheduled', 'open', 'closed'] })
      .notNull()
      .default('scheduled'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Reminders to non-respondents: when (null: none), and when the last went out. */
    remindAt: timestamp('remind_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /**
     * When every invitation was queued (null while opening): an open campaign without it lost its
     * opening half-way (a killed worker), and the sweep finishes the invitations (core/surveys/sweep.ts).
     */
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    /** The earlier campaign this one is compared with (before/after). */
    baselineId: uuid('baseline_id'),
    /** When the author shared the results back to the respondents. */
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    recipients: integer('recipients').notNull().default(0),
    /**
     * 'poll': a quick poll (/taothamdo, core/polls): one choice question answered with one tap,
     * the answer changeable until close.
     */
    kind: text('kind', { enum: ['survey', 'poll'] })
      .notNull()
      .default('survey'),
    /** Quick polls may be named (the answer keeps its person); surveys always are anonymous. */
    anonymous: boolean('anonymous').notNull().default(true),
    /** Anonymous quick polls key answers by sha256(salt, person) until close, when the salt is erased. */
    salt: text('salt'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_campaigns_open_idx').on(t.status, t.closesAt), index('survey_campaigns_author_idx').on(t.authorId)],
);

/** Who was asked (the drawn sample, recorded): only they answer for themselves, once. */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    stratum: text('stratum'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.personId] }), index('survey_recipients_person_idx').on(t.personId)],
);

/**
 * Answers, anonymous: no person, only the unit and the respondent's group (stratum), and the day.
 * `mode` tells a recipient's own answers from an interview a collaborator recorded for a citizen.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    stratum: text('stratum'),
    mode: text('mode', { enum: ['self', 'interview'] }).notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    submittedOn: date('submitted_on').notNull(),
    /**
     * Quick polls only (a changeable answer is found again): the person's id on a named poll,
     * sha256(salt, person) on an anonymous one; null on survey responses.
     */
    voterKey: text('voter_key'),
    /** Quick polls only: who answered a named poll (privacy export and erasure find it). */
    personId: uuid('person_id').references(() => people.id),
  },
  (t) => [index('survey_responses_campaign_idx').on(t.campaignId), uniqueIndex('survey_responses_voter_idx').on(t.campaignId, t.voterKey)],
);
