import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { channelAccounts, sends } from '../../db/schema/index.js';
import type { ChannelName, OutboundMessage } from '../kernel/messages.js';

/**
 * Send lanes, each channel on its own queues so one platform's rate limit never stalls another:
 * 'interactive' (alerts, replies to a decision) goes ahead of everything; 'bulk' (polls,
 * reminders, digests) and 'broadcast' (a broadcast's deliveries, 100k at a time) share the
 * channel's one pace (core/delivery/pace.ts) but wait in separate queues, so a poll is not stuck
 * behind a broadcast's backlog. Every row of the ledger travels as a `send` job {sendId}.
 */
export type Lane = 'interactive' | 'bulk' | 'broadcast';
export const LANES: readonly Lane[] = ['interactive', 'bulk', 'broadcast'];

/** Lanes paced by the channel's bulk rate (everything but the interactive lane). */
export function isPaced(lane: Lane): boolean {
  return lane !== 'interactive';
}
export const SEND_JOB = 'send';

export function laneQueueName(lane: Lane, channel: string): string {
  return `send-${lane}-${channel}`;
}

/** Deterministic BullMQ id of the job that delivers a row on a channel (re-targeting gets a new one). */
export function sendJobId(sendId: number, channel: string): string {
  return `send-${sendId}-${channel}`;
}

/** A job the lane writes to the outbox when a row fails for good (payload: ids only). */
export interface FailureJob {
  queue: string;
  name: string;
  payload: Record<string, unknown>;
}

export interface QueueMessageInput {
  /** What this send is for, e.g. `hs-<id>-s0`; with personId and part, the idempotency key. */
  purpose: string;
  personId: string;
  message: OutboundMessage;
  lane: Lane;
  part?: number;
  onFail?: FailureJob;
}

export interface QueuedSend {
  sendId: number;
  channel: ChannelName;
  /** False when this (purpose, person, part) was queued before: nothing new was written. */
  created: boolean;
}

export interface Reachable {
  channel: ChannelName;
  externalId: string;
}

/** The person's best reachable account: the one they last wrote from (Zalo's window is open there). */
export async function pickAccount(db: Executor, personId: string, exclude: readonly string[] = []): Promise<Reachable | null> {
  const conds = [eq(channelAccounts.personId, personId), eq(channelAccounts.status, 'active')];
  if (exclude.length > 0) conds.push(notInArray(channelAccounts.channel, [...exclude]));
  const [row] = await db
    .select({ channel: channelAccounts.channel, externalId: channelAccounts.externalId })
    .from(channelAccounts)
    .where(and(...conds))
    .orderBy(sql`${channelAccounts.lastInboundAt} desc nulls last`, asc(channelAccounts.createdAt))
    .limit(1);
  return row ? { channel: row.channel as ChannelName, externalId: row.externalId } : null;
}

/**
 * Queues one message for a person in the caller's transaction: picks their reachable channel
 * account, writes the ledger row and the outbox job. Returns null when the person has no
 * reachable account (the caller decides what that means, e.g. skip to the next level).
 * One round trip on the hot path (alerts, replies): account, row and job in one statement; the
 * queue and job id it builds are `laneQueueName` and `sendJobId` (tests hold them equal).
 */
export async function queueMessage(tx: Executor, input: QueueMessageInput): Promise<QueuedSend | null> {
  const part = input.part ?? 0;
  const rows = rowsOf<{ id: number | string; channel: string }>(
    await tx.execute(sql`
      with acc as (
        select channel, external_id from channel_accounts
        where person_id = ${input.personId} and status = 'active'
        order by last_inbound_at desc nulls last, created_at asc limit 1),
      ins as (
        insert into sends (purpose, person_id, part, lane, channel, account_id, message, on_fail)
        select ${input.purpose}, ${input.personId}, ${part}, ${input.lane}, acc.channel, acc.external_id,
               ${JSON.stringify(input.message)}::jsonb, ${input.onFail ? JSON.stringify(input.onFail) : null}::jsonb
        from acc
        on conflict (purpose, person_id, part) do nothing
        returning id, channel),
      job as (
        insert into outbox (queue, name, payload, job_id)
        select 'send-' || ${input.lane} || '-' || ins.channel, ${SEND_JOB}, jsonb_build_object('sendId', ins.id), 'send-' || ins.id || '-' || ins.channel
        from ins
        on conflict (job_id) do nothing)
      select id, channel from ins`),
  );
  const row = rows[0];
  if (row) return { sendId: Number(row.id), channel: row.channel as ChannelName, created: true };
  // Queued before (a re-run of the caller), or nobody to send to.
  const existing = await findSend(tx, input.purpose, input.personId, part);
  return existing ? { ...existing, created: false } : null;
}

async function findSend(tx: Executor, purpose: string, personId: string, part: number) {
  const [row] = await tx
    .select({ sendId: sends.id, channel: sends.channel })
    .from(sends)
    .where(and(eq(sends.purpose, purpose), eq(sends.personId, personId), eq(sends.part, part)));
  return row ? { sendId: row.sendId, channel: row.channel as ChannelName } : null;
}
