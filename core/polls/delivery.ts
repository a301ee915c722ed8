import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, pollRecipients, polls, units } from '../../db/schema/index.js';
import type { AudienceFilters } from '../people/audience.js';
import type { Config } from '../platform/config.js';
import type { Translate } from '../kernel/i18n.js';
import { snapshotRecipients } from './audience.js';
import { pollQuestion, pollResults, resultsText } from './results.js';
import { closePoll } from './poll.js';
import { asLocale } from '../reports/reminder-messages.js';
import { queueMessage } from '../delivery/sends.js';

/** The bodies of the poll jobs (workers/jobs/poll-*.ts); each is safe to run again. */
export interface PollEnv {
  db: Db;
  config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>;
  t: Translate;
  now: () => Date;
}

const BATCH = 500;

/** Fixes the audience and queues the question to each recipient on the bulk lane (once each). */
export async function sendPoll(env: PollEnv, pollId: string): Promise<{ queued: number } | 'missing' | 'closed'> {
  const [poll] = await env.db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll) return 'missing';
  if (poll.status !== 'open' || poll.closesAt <= env.now()) return 'closed';
  const [root] = await env.db.select({ path: units.path }).from(units).where(eq(units.id, poll.unitId));
  if (!root) return 'missing';
  await env.db.transaction(async (tx) => {
    const n = await snapshotRecipients(tx, poll, root.path, poll.filters as AudienceFilters);
    await tx.update(polls).set({ recipients: n }).where(eq(polls.id, pollId));
  });
  let queued = 0;
  for (let after = ''; ;) {
    const batch = await env.db
      .select({ personId: pollRecipients.personId, locale: people.locale })
      .from(pollRecipients)
      .innerJoin(people, eq(people.id, pollRecipients.personId))
      .where(and(eq(pollRecipients.pollId, pollId), gt(pollRecipients.personId, after || '00000000-0000-0000-0000-000000000000')))
      .orderBy(asc(pollRecipients.personId))
      .limit(BATCH);
    if (batch.length === 0) break;
    await env.db.transaction(async (tx) => {
      for (const r of batch) {
        const q = pollQuestion(env.t, asLocale(r.locale), poll, env.config.TIMEZONE);
        const sent = await queueMessage(tx, {
          purpose: `poll-${pollId}`,
          personId: r.personId,
          lane: 'bulk',
          message: { type: 'text', text: q.text, choices: q.options },
        });
        if (sent?.created) queued++;
      }
    });
    after = batch[batch.length - 1]!.personId;
    if (batch.length < BATCH) break;
  }
  return { queued };
}

/** Closes a due poll and sends the final results to its author; a poll already closed is left alone. */
export async function closeAndReport(env: PollEnv, pollId: string): Promise<'closed' | 'noop'> {
  return env.db.transaction(async (tx) => {
    const poll = await closePoll(tx, pollId, env.now());
    if (!poll) return 'noop';
    const results = await pollResults(tx, pollId);
    const [author] = await tx.select({ locale: people.locale }).from(people).where(eq(people.id, poll.authorId));
    const text = resultsText(env.t, asLocale(author?.locale), results!, env.config.TIMEZONE, true);
    await queueMessage(tx, { purpose: `poll-${pollId}-results`, personId: poll.authorId, lane: 'interactive', message: { type: 'text', text } });
    return 'closed';
  });
}

/** Closes every poll past its closing time (a lost delayed job only delays the close a little). */
export async function sweepPolls(env: PollEnv): Promise<number> {
  const due = await env.db
    .select({ id: polls.id })
    .from(polls)
    .where(and(eq(polls.status, 'open'), lte(polls.closesAt, env.now())));
  let closed = 0;
  for (const p of due) if ((await closeAndReport(env, p.id)) === 'closed') closed++;
  return closed;
}
