import { Worker, type Job } from 'bullmq';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import type { ChannelRegistry } from '../../../core/kernel/channel.js';
import { SendError } from '../../../core/kernel/errors.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { ChannelName, OutboundMessage } from '../../../core/kernel/messages.js';
import type { BulkPacer } from '../../../core/delivery/pace.js';
import type { SendOutcome } from '../../../core/delivery/outcome.js';
import { claim, markSent, release, undeliverable, type SendRow } from '../../../core/delivery/ledger.js';

const sendPayload = z.object({ sendId: z.number().int().positive() });

export interface SendLaneDeps {
  db: Db;
  channels: ChannelRegistry;
  logger: Logger;
  /** The channel's bulk pace, shared with broadcast deliveries: every bulk row waits for a slot. */
  pacer?: BulkPacer;
  /** Called after a transaction wrote outbox rows (wakes the relay). */
  afterCommit?: () => void;
}

/**
 * Processes one `send` job: claim the ledger row, call the channel, record the result. A job
 * for a row already sent (or ended) does nothing. Failure kinds (core/kernel/errors.ts SendFailure):
 * Bulk rows wait for a slot of the channel's one bulk pace first (core/delivery/pace.ts).
 * rate_limited → the whole lane waits `retryAfterMs` and the job goes back to waiting (never a
 * failure); transient → BullMQ retries with backoff; unreachable / out_of_window / permanent →
 * next channel of the person, or the row ends and its failure job runs.
 */
export function createSendProcessor(deps: SendLaneDeps) {
  return async function processSend(job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const { sendId } = sendPayload.parse(job.data);
    const row = await claim(deps.db, sendId);
    if (!row) return 'skipped';
    const adapter = deps.channels[row.channel as ChannelName];
    if (!adapter) return end(row, 'no_adapter', `no ${row.channel} adapter configured`);
    const message = row.message as OutboundMessage | null;
    if (!message) return end(row, 'no_content', 'nothing to send');
    let refs;
    try {
      if (row.lane === 'bulk') await deps.pacer?.take(row.channel);
      refs = await adapter.send(row.accountId, message);
    } catch (err) {
      return onError(err, row, job, worker);
    }
    // If this write fails the row stays 'sending' and the retry resends: the in-flight window.
    await markSent(deps.db, row.id, refs);
    return 'sent';
  };

  async function end(row: SendRow, kind: Parameters<typeof undeliverable>[2], reason: string): Promise<SendOutcome> {
    const outcome = await undeliverable(deps.db, row, kind, reason);
    deps.afterCommit?.();
    deps.logger.info({ sendId: row.id, channel: row.channel, kind, outcome }, 'send not delivered on this channel');
    return outcome;
  }

  async function onError(err: unknown, row: SendRow, job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const kind = err instanceof SendError ? err.failure : 'transient';
    if (kind === 'rate_limited') {
      const ms = Math.max(1, (err as SendError).retryAfterMs ?? 1_000);
      await release(deps.db, row.id, 'rate_limited');
      if (row.lane === 'bulk') await deps.pacer?.holdOff(row.channel, ms);
      await worker.rateLimit(ms);
      throw Worker.RateLimitError();
    }
    if (kind === 'transient') {
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) {
        await end(row, 'gave_up', 'transient failures exhausted the attempts');
        throw err;
      }
      await release(deps.db, row.id, 'transient');
      throw err;
    }
    return end(row, kind, err instanceof Error ? err.message : String(err));
  }
}
