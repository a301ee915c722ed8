import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { z } from 'zod';
import { SendError } from '../../../core/kernel/errors.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import { pauseForQuiet } from '../../../core/broadcasts/control.js';
import { failDelivery, markPartSent, refuseDelivery, releaseDelivery, type ClaimedDelivery, type Refused } from '../../../core/broadcasts/delivery.js';
import { retargetJobId, SEND_JOB, sendQueueName } from '../../../core/broadcasts/jobs.js';
import { isQuiet } from '../../../core/broadcasts/quiet.js';
import { deliveryParts, readdress, type BroadcastContent } from '../../../core/broadcasts/render.js';
import type { ChannelLimits } from '../../../core/kernel/channel.js';
import type { BroadcastJobDeps } from './deps.js';
import { safeError } from '../../../core/kernel/safe-error.js';

export const deliveryPayload = z.object({ deliveryId: z.number().int().positive() });

export type SendOutcome = 'sent' | 'skipped' | 'quiet' | 'retargeted' | 'unreachable' | 'waiting_window' | 'failed';

/** Options of every send job: retried with backoff on transient errors; Postgres is the record. */
export const SEND_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * broadcast-send-<channel>/broadcast-send {deliveryId}: one recipient, every part in order.
 * Claim (state 'sending') → pace slot → provider call → part counter → 'sent'. A job for a
 * delivery that is not queued (already sent, paused or cancelled broadcast) does nothing.
 */
export function createSendProcessor(deps: BroadcastJobDeps) {
  /** Rendered once per broadcast, channel and locale; re-addressed per delivery. */
  const rendered = new Map<string, OutboundMessage[]>();
  function partsFor(c: ClaimedDelivery, limits: ChannelLimits, content: BroadcastContent): OutboundMessage[] {
    const key = `${c.broadcastId}|${c.channel}|${c.locale}`;
    let parts = rendered.get(key);
    if (!parts) {
      if (rendered.size >= 64) rendered.delete(rendered.keys().next().value!);
      parts = deliveryParts(content, 0, c.channel, limits, c.locale, { t: deps.t, timeZone: deps.settings.timeZone });
      rendered.set(key, parts);
    }
    return readdress(parts, c.id);
  }

  return async function processSend(job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const parsed = deliveryPayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError('bad broadcast-send payload');
    const now = deps.clock();
    const c = await deps.writer.claim(parsed.data.deliveryId, job.id ?? job.name, now);
    if (!c) return 'skipped';
    if (!c.urgent && isQuiet(now, deps.settings.quiet)) {
      await releaseDelivery(deps.db, c.id, null);
      await pauseForQuiet(deps.db, c.broadcastId);
      return 'quiet';
    }
    try {
      return await deliver(c);
    } catch (err) {
      return onError(err, c, job, worker);
    }
  };

  async function deliver(c: ClaimedDelivery): Promise<SendOutcome> {
    const adapter = deps.channels[c.channel];
    const content = await deps.content.get(c.broadcastId);
    if (!content) {
      await failDelivery(deps.db, c.id, 'no_content');
      return 'failed';
    }
    if (!adapter) return refuse(c, 'no_adapter', 'no_adapter');
    const parts = partsFor(c, adapter.limits, content);
    for (let i = c.partsSent; i < parts.length; i++) {
      await deps.rate.take(c.channel);
      await adapter.send(c.accountId, parts[i] as OutboundMessage);
      if (i < parts.length - 1) await markPartSent(deps.db, c.id, i + 1);
    }
    // If this write fails the row stays 'sending' and the job's retry resends: the in-flight window.
    await deps.writer.markSent(c.id, parts.length, deps.clock());
    return 'sent';
  }

  async function onError(err: unknown, c: ClaimedDelivery, job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendOutcome> {
    const kind = err instanceof SendError ? err.failure : 'transient';
    if (kind === 'rate_limited') {
      const ms = Math.max(1, (err as SendError).retryAfterMs ?? 1_000);
      await releaseDelivery(deps.db, c.id, 'rate_limited');
      await deps.rate.holdOff(c.channel, ms);
      await worker.rateLimit(ms);
      throw Worker.RateLimitError();
    }
    if (kind === 'transient') {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await failDelivery(deps.db, c.id, 'transient');
        return 'failed';
      }
      await releaseDelivery(deps.db, c.id, 'transient');
      throw err;
    }
    if (kind === 'permanent') {
      await failDelivery(deps.db, c.id, 'permanent');
      deps.logger.info({ deliveryId: c.id, channel: c.channel, err: safeError(err) }, 'broadcast send refused for good');
      return 'failed';
    }
    return refuse(c, kind, reasonOf(err, kind));
  }

  /** Unreachable / out of window: the person's next channel if any, else the delivery ends (or waits). */
  async function refuse(c: ClaimedDelivery, kind: Refused, reason: string): Promise<SendOutcome> {
    const next = await refuseDelivery(deps.db, c, kind, reason);
    if (!next) return kind === 'out_of_window' ? 'waiting_window' : 'unreachable';
    await deps.queues.get(sendQueueName(next.channel)).add(SEND_JOB, { deliveryId: c.id }, { ...SEND_JOB_OPTIONS, jobId: retargetJobId(c.id, next.channel) });
    return 'retargeted';
  }
}

/** Telegram says why (blocked, never_started, deactivated); other channels give the kind only. */
function reasonOf(err: unknown, kind: string): string {
  const reason = (err as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : kind;
}
