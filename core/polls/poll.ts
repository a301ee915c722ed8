import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns, surveyRecipients, surveyResponses, surveys } from '../../db/schema/index.js';
import { audienceRootInScope, type AudienceFilters } from '../people/audience.js';
import { appendAudit } from '../compliance/audit.js';
import { parseQuietHours, quietEnd } from '../broadcasts/quiet.js';
import type { Config } from '../platform/config.js';
import { enqueue } from '../platform/outbox.js';
import { REPORTING_QUEUE } from '../reports/jobs.js';
import { SURVEY_CLOSE_JOB, SURVEY_OPEN_JOB, surveyJobId } from '../surveys/jobs.js';
import type { CampaignRow } from '../surveys/campaigns.js';
import type { Questionnaire } from '../surveys/definition.js';
import { localTime } from '../kernel/zoned-time.js';
import { collaboratorsUnlessRoles, countOthersInAudience } from '../people/audience-choice.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { audienceFiltersSchema } from '../people/audience-filters.js';

/**
 * Quick polls (thăm dò nhanh): one question, single or multiple choice, to an audience chosen
 * like a broadcast's (a unit subtree in the author's scope, optional sector/stratum/role
 * filters). One answer per person, changeable until the poll closes.
 *
 * A poll is a survey campaign (core/surveys) of kind 'poll' whose questionnaire has one choice
 * question, POLL_QUESTION: the survey jobs open it (recipients fixed, the question sent with its
 * buttons by core/polls/voice.ts), remind, close and report it; its answers are survey responses
 * that keep a voter key so a tap can change them.
 */
const POLL_LIMITS = { minOptions: 2, maxOptions: 10, question: 500, option: 100, minMinutes: 5, maxDays: 30 } as const;

/** The id of a poll's one question in its questionnaire. */
export const POLL_QUESTION = 'q';

/** A poll as its screens show it: the campaign with its question (a scheduled campaign reads as open). */
export interface Poll {
  id: string;
  number: number;
  authorId: string;
  unitId: string;
  question: string;
  options: string[];
  multi: boolean;
  anonymous: boolean;
  status: 'open' | 'closed';
  closesAt: Date;
  createdAt: Date;
}

type SurveyRow = typeof surveys.$inferSelect;

/** The campaign and questionnaire of a quick poll as a Poll; null for a campaign of another kind. */
export function pollOf(campaign: CampaignRow, survey: Pick<SurveyRow, 'definition'>): Poll | null {
  const q = survey.definition.questions[0];
  if (campaign.kind !== 'poll' || !q) return null;
  return {
    id: campaign.id,
    number: campaign.number,
    authorId: campaign.authorId,
    unitId: campaign.unitId,
    question: q.text,
    options: q.options ?? [],
    multi: q.type === 'multiple',
    anonymous: campaign.anonymous,
    status: campaign.status === 'closed' ? 'closed' : 'open',
    closesAt: campaign.closesAt,
    createdAt: campaign.createdAt,
  };
}

async function pollRow(db: Executor, pollId: string, lock: boolean) {
  const q = db
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(and(eq(surveyCampaigns.id, pollId), eq(surveyCampaigns.kind, 'poll')));
  const [r] = lock ? await q.for('share', { of: surveyCampaigns }) : await q;
  return r;
}

export async function loadPoll(db: Executor, pollId: string): Promise<Poll | null> {
  const r = await pollRow(db, pollId, false);
  return r ? pollOf(r.campaign, r.survey) : null;
}

/** What a poll is made of; the rest (status, times, recipients) defaults to a poll about to go out. */
export interface PollInput {
  id?: string;
  authorId: string;
  unitId: string;
  filters?: AudienceFilters;
  question: string;
  options: string[];
  multi?: boolean;
  anonymous?: boolean;
  status?: CampaignRow['status'];
  recipients?: number;
  closesAt: Date;
  closedAt?: Date | null;
  createdAt: Date;
}

/** Writes a poll's one-question questionnaire and its campaign (no jobs: createPoll adds them). */
export async function storePoll(tx: Executor, p: PollInput): Promise<{ id: string; number: number }> {
  const id = p.id ?? randomUUID();
  const code = `thamdo.${id.replace(/-/g, '')}`;
  const definition: Questionnaire = {
    code,
    title: p.question.slice(0, 300),
    lang: 'vi',
    sections: [''],
    questions: [{ id: POLL_QUESTION, type: p.multi ? 'multiple' : 'single', text: p.question, required: true, options: p.options, section: 0 }],
  };
  const digest = createHash('sha256').update(JSON.stringify(definition)).digest('hex');
  await tx.insert(surveys).values({ id, code, version: 1, title: definition.title, definition, digest, createdAt: p.createdAt });
  const status = p.status ?? 'scheduled';
  const [row] = await tx
    .insert(surveyCampaigns)
    .values({
      id,
      surveyId: id,
      kind: 'poll',
      authorId: p.authorId,
      unitId: p.unitId,
      filters: p.filters ?? {},
      sample: { kind: 'all' },
      seed: randomBytes(8).toString('hex'),
      interviews: false,
      status,
      anonymous: p.anonymous ?? false,
      salt: p.anonymous && status !== 'closed' ? randomBytes(16).toString('hex') : null,
      recipients: p.recipients ?? 0,
      opensAt: p.createdAt,
      closesAt: p.closesAt,
      closedAt: p.closedAt ?? null,
      createdAt: p.createdAt,
    })
    .returning({ number: surveyCampaigns.number });
  return { id, number: row!.number };
}

const pollDraftSchema = z.object({
  question: z.string().trim().min(3).max(POLL_LIMITS.question),
  options: z.array(z.string().trim().min(1).max(POLL_LIMITS.option)).min(POLL_LIMITS.minOptions).max(POLL_LIMITS.maxOptions),
  multi: z.boolean(),
  anonymous: z.boolean(),
  closesAt: z.date(),
  unitId: z.uuid(),
  filters: audienceFiltersSchema,
});
export type PollDraft = z.infer<typeof pollDraftSchema>;

export type CreateRefusal = 'invalid' | 'bad_closing' | 'out_of_scope' | 'empty_audience' | 'duplicate_options';
export type CreateResult = { ok: true; pollId: string; recipients: number } | Refusal<CreateRefusal>;

/**
 * Validates, checks scope (a refusal is audited), counts the audience, writes the poll and its
 * open and close jobs (the survey jobs) — all in the caller's transaction. The question goes out
 * after quiet hours.
 */
export async function createPoll(
  tx: Executor,
  config: Pick<Config, 'QUIET_HOURS' | 'TIMEZONE'>,
  author: { id: string; unitId: string },
  draft: unknown,
  now: Date,
): Promise<CreateResult> {
  const parsed = pollDraftSchema.safeParse(draft);
  if (!parsed.success) return refuse('invalid');
  const d = parsed.data;
  if (new Set(d.options.map((o) => o.toLowerCase())).size !== d.options.length) return refuse('duplicate_options');
  const minutes = (d.closesAt.getTime() - now.getTime()) / 60_000;
  if (minutes < POLL_LIMITS.minMinutes || minutes > POLL_LIMITS.maxDays * 1440) return refuse('bad_closing');
  const root = await audienceRootInScope(tx, author, d.unitId, 'poll.create');
  if (!root) return refuse('out_of_scope');
  const filters = collaboratorsUnlessRoles(d.filters);
  const recipients = await countOthersInAudience(tx, root.path, filters, author.id);
  if (recipients === 0) return refuse('empty_audience');
  const { id } = await storePoll(tx, {
    authorId: author.id,
    unitId: root.unitId,
    filters,
    question: d.question,
    options: d.options,
    multi: d.multi,
    anonymous: d.anonymous,
    closesAt: d.closesAt,
    createdAt: now,
  });
  const sendAt = quietEnd(now, parseQuietHours(config.QUIET_HOURS, config.TIMEZONE));
  await enqueue(
    tx,
    { queue: REPORTING_QUEUE, name: SURVEY_OPEN_JOB, payload: { campaignId: id }, jobId: surveyJobId('open', id), runAt: sendAt },
    { queue: REPORTING_QUEUE, name: SURVEY_CLOSE_JOB, payload: { campaignId: id }, jobId: surveyJobId('close', id), runAt: d.closesAt },
  );
  await appendAudit(tx, {
    actorId: author.id,
    action: 'poll.create',
    targetType: 'poll',
    targetId: id,
    outcome: 'ok',
    details: { recipients, anonymous: d.anonymous },
  });
  return { ok: true, pollId: id, recipients };
}

type AnswerRefusal = 'not_found' | 'closed' | 'not_recipient' | 'bad_option';
export type AnswerResult = { ok: true; poll: Poll; choices: number[] } | Refusal<AnswerRefusal, { poll?: Poll }>;

function voterKey(c: Pick<CampaignRow, 'anonymous' | 'salt'>, personId: string): string {
  return c.anonymous
    ? createHash('sha256')
        .update(`${c.salt ?? ''}:${personId}`)
        .digest('hex')
    : personId;
}

const day = (now: Date, timeZone: string) => {
  const l = localTime(now, timeZone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
};

/**
 * Single choice: the answer becomes this option. Multiple choice: the option is toggled. Refused
 * once the poll has closed (by status or by its closing time, whichever comes first). The
 * recipient counts as having responded while an answer stands.
 */
export async function answerPoll(tx: Executor, person: { id: string }, pollId: string, option: number, now: Date, timeZone: string): Promise<AnswerResult> {
  // FOR SHARE: a close running at the same moment waits for this answer, or this waits for it.
  const row = await pollRow(tx, pollId, true);
  const poll = row && pollOf(row.campaign, row.survey);
  if (!row || !poll) return refuse('not_found');
  if (row.campaign.status === 'closed' || now >= row.campaign.closesAt) return refuse('closed', { poll });
  const [rec] = await tx
    .select()
    .from(surveyRecipients)
    .where(and(eq(surveyRecipients.campaignId, pollId), eq(surveyRecipients.personId, person.id)));
  if (!rec) return refuse('not_recipient', { poll });
  if (!Number.isInteger(option) || option < 0 || option >= poll.options.length) return refuse('bad_option', { poll });
  const key = voterKey(row.campaign, person.id);
  const mine = and(eq(surveyResponses.campaignId, pollId), eq(surveyResponses.voterKey, key));
  const [prev] = await tx.select({ answers: surveyResponses.answers }).from(surveyResponses).where(mine).for('update');
  const before = (prev?.answers[POLL_QUESTION] as number[] | undefined) ?? [];
  const choices = poll.multi ? (before.includes(option) ? before.filter((c) => c !== option) : [...before, option].sort((a, b) => a - b)) : [option];
  const recipient = and(eq(surveyRecipients.campaignId, pollId), eq(surveyRecipients.personId, person.id));
  if (choices.length === 0) {
    await tx.delete(surveyResponses).where(mine);
    await tx.update(surveyRecipients).set({ respondedAt: null }).where(recipient);
  } else {
    const answers = { [POLL_QUESTION]: choices };
    await tx
      .insert(surveyResponses)
      .values({
        campaignId: pollId,
        unitId: rec.unitId,
        stratum: rec.stratum,
        mode: 'self',
        answers,
        submittedOn: day(now, timeZone),
        voterKey: key,
        personId: poll.anonymous ? null : person.id,
      })
      .onConflictDoUpdate({ target: [surveyResponses.campaignId, surveyResponses.voterKey], set: { answers, submittedOn: day(now, timeZone) } });
    await tx
      .update(surveyRecipients)
      .set({ respondedAt: now })
      .where(and(recipient, isNull(surveyRecipients.respondedAt)));
  }
  return { ok: true, poll, choices };
}

/** The person's current answer (for showing ✓ marks). */
export async function currentAnswer(db: Executor, c: Pick<CampaignRow, 'id' | 'anonymous' | 'salt'>, personId: string): Promise<number[]> {
  const [row] = await db
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.campaignId, c.id), eq(surveyResponses.voterKey, voterKey(c, personId))));
  return (row?.answers[POLL_QUESTION] as number[] | undefined) ?? [];
}
