import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { ChannelLimits, ChannelRegistry, SentRef } from '../../../core/kernel/channel.js';
import { SendError } from '../../../core/kernel/errors.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import type { BulkPacer } from '../../../core/delivery/pace.js';
import type { Refusal, SendOutcome } from '../../../core/delivery/outcome.js';
import { isPaced } from '../../../core/delivery/sends.js';
import { createSendWriter, markPartSent, refuse, release, type ClaimedSend, type SendWriter } from '../../../core/delivery/ledger.js';

/** The payload of every `send` job (workers/jobs/delivery/send-job.ts): the ledger row's id. */
export const sendPayload = z.object({ sendId: z.number().int().positive() });

/** Options of send jobs added straight to Redis (a broadcast's fan-out, its reminders): retried with backoff; Postgres is the record. */
export const SEND_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** What a broadcast's rows need beyond the ledger (workers/jobs/broadcasts/rows.ts). */
export interface BroadcastRows {
  /** The parts of a broadcast's row (rendered from the broadcast; null = it has no content). */
  parts(row: ClaimedSend, limits: ChannelLimits): Promise<OutboundMessage[] | null>;
  /** Quiet hours hold a non-urgent broadcast: true when the row must wait (the caller releases it). */
  holdForQuiet(row: ClaimedSend): Promise<boolean>;
}

export interface SendLaneDeps {
  db: Db;
  channels: ChannelRegistry;
  logger: Logger;
  /** The channel's one bulk pace (core/delivery/pace.ts): every row of a paced lane waits for a slot. */
  pacer?: BulkPacer;
  /** Claims and 'sent' marks coalesced across concurrent jobs; made from `db` when absent. */
  writer?: SendWriter;
  /** Rows of broadcasts (no stored message); without it such a row ends 'failed' (no_content). */
  broadcasts?: BroadcastRows;
  clock?: () => Date;
  /** Called after a transaction wrote outbox rows (wakes the relay). */
  afterCommit?: () => void;
}

/**
 * The one send processor: every `send` job {sendId} of every lane and channel — alerts,
 * notices, polls, reminders, broadcast deliveries. Claim the ledger row ('sending') → rows of a
 * paced lane take a slot of the channel's one pace → the provider call, part by part (a re-run resumes
 * after the parts already out) → 'sent'. A job for a row already sent, ended, or of a broadcast
 * that is not sending does nothing. Failure kinds (core/kernel/errors.ts SendFailure):
 * rate_limited → the whole lane waits `retryAfterMs` and the job goes back to waiting (never a
 * failure); transient → BullMQ retries with backoff, the last attempt ends the row 'failed'
 * (gave_up); unreachable / out_of_window / permanent / no adapter → the person's next channel,
 * or the row ends (core/delivery/outcome.ts) and its failure job runs.
 */
export type SendProcessor = (job: Job, worker: Pick<Worker, 'rateLimit'>) => Promise<SendOutcome>;

export function createSendProcessor(deps: SendLaneDeps): SendProcessor {
  const writer = deps.writer ?? createSendWriter(deps.db);
  const clock = deps.clock ?? (() => new Date());

  return async function processSend(job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const parsed = sendPayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError('bad send payload');
    const row = await writer.claim(parsed.data.sendId, job.id ?? job.name, clock());
    if (!row) return 'skipped';
    if (row.broadcastId && !row.urgent && (await deps.broadcasts?.holdForQuiet(row))) {
      await release(deps.db, row.id, null);
      return 'quiet';
    }
    const adapter = deps.channels[row.channel];
    if (!adapter) return end(row, 'no_adapter', { code: 'no_adapter', account: 'no_adapter' });
    let parts: OutboundMessage[] | null;
    const refs: SentRef[] = [];
    try {
      parts = await partsOf(row, adapter.limits);
      if (!parts) return end(row, 'no_content', { code: 'no_content', account: 'no_content' });
      for (let i = row.partsSent; i < parts.length; i++) {
        if (isPaced(row.lane)) await deps.pacer?.take(row.channel);
        refs.push(...(await adapter.send(row.accountId, parts[i] as OutboundMessage)));
        if (i < parts.length - 1) await markPartSent(deps.db, row.id, i + 1);
      }
    } catch (err) {
      return onError(err, row, job, worker);
    }
    // If this write fails the row stays 'sending' and the job's retry resends: the in-flight window.
    await writer.markSent(row.id, parts.length, refs, clock());
    return 'sent';
  };

  async function partsOf(row: ClaimedSend, limits: ChannelLimits): Promise<OutboundMessage[] | null> {
    if (row.message) return [row.message as OutboundMessage];
    if (row.broadcastId && deps.broadcasts) return deps.broadcasts.parts(row, limits);
    return null;
  }

  async function end(row: ClaimedSend, kind: Refusal, reason: { code: string; account: string }): Promise<SendOutcome> {
    const outcome = await refuse(deps.db, row, kind, reason);
    deps.afterCommit?.();
    deps.logger.info({ sendId: row.id, channel: row.channel, kind, outcome }, 'send not delivered on this channel');
    return outcome;
  }

  async function onError(err: unknown, row: ClaimedSend, job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const kind = err instanceof SendError ? err.failure : 'transient';
    if (kind === 'rate_limited') {
      const ms = Math.max(1, (err as SendError).retryAfterMs ?? 1_000);
      await release(deps.db, row.id, 'rate_limited');
      if (isPaced(row.lane)) await deps.pacer?.holdOff(row.channel, ms);
      await worker.rateLimit(ms);
      throw Worker.RateLimitError();
    }
    if (kind === 'transient') {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await end(row, 'gave_up', { code: 'transient', account: 'transient' });
        throw err;
      }
      await release(deps.db, row.id, 'transient');
      throw err;
    }
    return end(row, kind, reasonOf(err, kind));
  }
}

/**
 * What the ledger keeps: on the row the provider's short reason ('blocked', 'never_started' —
 * Telegram says why) or the kind; on an unreachable account that reason or the error's phrase.
 * Both are truncated by the ledger (core/delivery/outcome.ts shortReason); never a message body.
 */
function reasonOf(err: unknown, kind: string): { code: string; account: string } {
  const reason = (err as { reason?: unknown }).reason;
  if (typeof reason === 'string') return { code: reason, account: reason };
  return { code: kind, account: err instanceof Error ? err.message : kind };
}
