import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { channelAccounts, sends } from '../../db/schema/index.js';
import type { SentRef } from '../kernel/channel.js';
import { enqueue } from '../platform/outbox.js';
import { endStateOf, mayRetarget, shortReason, type EndState, type Refusal } from './outcome.js';
import { laneQueueName, pickAccount, SEND_JOB, sendJobId, type FailureJob } from './sends.js';

export type SendRow = typeof sends.$inferSelect;

/**
 * Marks the row 'sending' before the provider call (DESIGN §4.4). A row already 'sending' is
 * taken again: BullMQ gives a job to one worker at a time, so finding it mid-send means the
 * previous worker died there — resending duplicates at most that one in-flight message.
 */
export async function claim(db: Executor, sendId: number): Promise<SendRow | null> {
  const [row] = await db
    .update(sends)
    .set({ state: 'sending', attempts: sql`${sends.attempts} + 1`, claimedAt: new Date() })
    .where(and(eq(sends.id, sendId), inArray(sends.state, ['queued', 'sending'])))
    .returning();
  return row ?? null;
}

export async function markSent(db: Executor, sendId: number, refs: SentRef[]): Promise<void> {
  await db
    .update(sends)
    .set({ state: 'sent', sentAt: new Date(), error: null, providerRefs: refs.map((r) => r.messageId) })
    .where(eq(sends.id, sendId));
}

/** Back to the queue (rate limit, transient failure): the next attempt claims it again. */
export async function release(db: Executor, sendId: number, error: string): Promise<void> {
  await db
    .update(sends)
    .set({ state: 'queued', error })
    .where(and(eq(sends.id, sendId), eq(sends.state, 'sending')));
}

/** Why a row cannot go out on its channel (core/delivery/outcome.ts). */
export type Undeliverable = Refusal;

/**
 * The recipient cannot get this message on this channel. One transaction: a blocked account
 * is marked unreachable; the row moves to the person's next reachable channel if they have one,
 * else it ends (core/delivery/outcome.ts endStateOf) and its failure job
 * (e.g. "escalate past this level") goes to the outbox.
 */
export async function undeliverable(db: Db, row: SendRow, kind: Undeliverable, reason: string): Promise<'retargeted' | Exclude<EndState, 'sent'>> {
  return db.transaction(async (tx) => {
    if (kind === 'unreachable') {
      await tx
        .update(channelAccounts)
        .set({ status: 'unreachable', unreachableReason: shortReason(reason) })
        .where(and(eq(channelAccounts.channel, row.channel), eq(channelAccounts.externalId, row.accountId)));
    }
    const tried = [...new Set([...row.triedChannels, row.channel])];
    const next = mayRetarget(kind) ? await pickAccount(tx, row.personId, tried) : null;
    if (next) {
      await tx
        .update(sends)
        .set({ channel: next.channel, accountId: next.externalId, state: 'queued', triedChannels: tried, error: kind })
        .where(eq(sends.id, row.id));
      await enqueue(tx, { queue: laneQueueName(row.lane, next.channel), name: SEND_JOB, payload: { sendId: row.id }, jobId: sendJobId(row.id, next.channel) });
      return 'retargeted';
    }
    const state = endStateOf(kind);
    await tx.update(sends).set({ state, error: kind, triedChannels: tried }).where(eq(sends.id, row.id));
    const onFail = row.onFail as FailureJob | null;
    if (onFail) await enqueue(tx, { ...onFail, jobId: `sendfail-${row.id}` });
    return state;
  });
}
