import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { pollAnswers, pollRecipients, polls } from '../../db/schema/index.js';
import { audienceRootInScope, type AudienceFilters } from '../people/audience.js';
import { appendAudit } from '../compliance/audit.js';
import { parseQuietHours, quietEnd } from '../broadcasts/quiet.js';
import type { Config } from '../platform/config.js';
import { enqueue } from '../platform/outbox.js';
import { POLL_CLOSE_JOB, POLL_SEND_JOB, pollCloseJobId, pollSendJobId, REPORTING_QUEUE } from '../reports/jobs.js';
import { countPollAudience } from './audience.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { audienceFiltersSchema } from '../people/audience-filters.js';

/**
 * Quick polls (thăm dò nhanh): one question, single or multiple choice, to an audience chosen
 * like a broadcast's (a unit subtree in the author's scope, optional sector/stratum/role
 * filters). One answer per person, changeable until the poll closes.
 */
const POLL_LIMITS = { minOptions: 2, maxOptions: 10, question: 500, option: 100, minMinutes: 5, maxDays: 30 } as const;

export type PollRow = typeof polls.$inferSelect;

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

/** Collaborators only unless the author chose roles. */
export function effectiveFilters(f: AudienceFilters): AudienceFilters {
  return { ...f, roles: f.roles?.length ? f.roles : ['collaborator'] };
}

/**
 * Validates, checks scope (a refusal is audited), counts the audience, writes the poll and its
 * send and close jobs — all in the caller's transaction. The questions go out after quiet hours.
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
  const filters = effectiveFilters(d.filters);
  const recipients = await countPollAudience(tx, root.path, filters, author.id);
  if (recipients === 0) return refuse('empty_audience');
  const [poll] = await tx
    .insert(polls)
    .values({
      authorId: author.id,
      unitId: root.unitId,
      filters,
      question: d.question,
      options: d.options,
      multi: d.multi,
      anonymous: d.anonymous,
      salt: d.anonymous ? randomBytes(16).toString('hex') : null,
      closesAt: d.closesAt,
      createdAt: now,
    })
    .returning({ id: polls.id });
  const sendAt = quietEnd(now, parseQuietHours(config.QUIET_HOURS, config.TIMEZONE));
  await enqueue(
    tx,
    { queue: REPORTING_QUEUE, name: POLL_SEND_JOB, payload: { pollId: poll!.id }, jobId: pollSendJobId(poll!.id), runAt: sendAt },
    { queue: REPORTING_QUEUE, name: POLL_CLOSE_JOB, payload: { pollId: poll!.id }, jobId: pollCloseJobId(poll!.id), runAt: d.closesAt },
  );
  await appendAudit(tx, {
    actorId: author.id,
    action: 'poll.create',
    targetType: 'poll',
    targetId: poll!.id,
    outcome: 'ok',
    details: { recipients, anonymous: d.anonymous },
  });
  return { ok: true, pollId: poll!.id, recipients };
}

type AnswerRefusal = 'not_found' | 'closed' | 'not_recipient' | 'bad_option';
export type AnswerResult = { ok: true; poll: PollRow; choices: number[] } | Refusal<AnswerRefusal, { poll?: PollRow }>;

function voterKey(poll: PollRow, personId: string): string {
  return poll.anonymous
    ? createHash('sha256')
        .update(`${poll.salt ?? ''}:${personId}`)
        .digest('hex')
    : personId;
}

function isOpen(poll: PollRow, now: Date): boolean {
  return poll.status === 'open' && now < poll.closesAt;
}

/**
 * Single choice: the answer becomes this option. Multiple choice: the option is toggled. Refused
 * once the poll has closed (by status or by its closing time, whichever comes first).
 */
export async function answerPoll(tx: Executor, person: { id: string }, pollId: string, option: number, now: Date): Promise<AnswerResult> {
  // FOR SHARE: a close running at the same moment waits for this answer, or this waits for it.
  const [poll] = await tx.select().from(polls).where(eq(polls.id, pollId)).for('share');
  if (!poll) return refuse('not_found');
  if (!isOpen(poll, now)) return refuse('closed', { poll });
  const [rec] = await tx
    .select()
    .from(pollRecipients)
    .where(and(eq(pollRecipients.pollId, pollId), eq(pollRecipients.personId, person.id)));
  if (!rec) return refuse('not_recipient', { poll });
  if (!Number.isInteger(option) || option < 0 || option >= poll.options.length) return refuse('bad_option', { poll });
  const key = voterKey(poll, person.id);
  const [prev] = await tx
    .select()
    .from(pollAnswers)
    .where(and(eq(pollAnswers.pollId, pollId), eq(pollAnswers.voterKey, key)))
    .for('update');
  const before = prev?.choices ?? [];
  const choices = poll.multi ? (before.includes(option) ? before.filter((c) => c !== option) : [...before, option].sort((a, b) => a - b)) : [option];
  if (choices.length === 0) {
    await tx.delete(pollAnswers).where(and(eq(pollAnswers.pollId, pollId), eq(pollAnswers.voterKey, key)));
  } else {
    await tx
      .insert(pollAnswers)
      .values({ pollId, voterKey: key, personId: poll.anonymous ? null : person.id, unitId: rec.unitId, choices, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: [pollAnswers.pollId, pollAnswers.voterKey], set: { choices, updatedAt: now } });
  }
  return { ok: true, poll, choices };
}

/** The person's current answer (for showing ✓ marks). */
export async function currentAnswer(db: Executor, poll: PollRow, personId: string): Promise<number[]> {
  const [row] = await db
    .select({ choices: pollAnswers.choices })
    .from(pollAnswers)
    .where(and(eq(pollAnswers.pollId, poll.id), eq(pollAnswers.voterKey, voterKey(poll, personId))));
  return row?.choices ?? [];
}

/**
 * Closes once: status, time, and the salt of an anonymous poll is erased (its answers no longer
 * lead to anyone). Returns the poll if this call closed it, null if it was closed already or is
 * not due yet.
 */
export async function closePoll(tx: Executor, pollId: string, now: Date): Promise<PollRow | null> {
  const [row] = await tx
    .update(polls)
    .set({ status: 'closed', closedAt: now, salt: null })
    .where(and(eq(polls.id, pollId), eq(polls.status, 'open'), lte(polls.closesAt, now)))
    .returning();
  return row ?? null;
}
