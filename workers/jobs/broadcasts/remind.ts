import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { SendError } from '../../../core/kernel/errors.js';
import { claimReminder, unclaimReminder } from '../../../core/broadcasts/remind.js';
import { reminderMessage } from '../../../core/broadcasts/render.js';
import type { BroadcastJobDeps } from './deps.js';
import { deliveryPayload } from './send.js';

export type RemindOutcome = 'reminded' | 'skipped' | 'lost';

/**
 * broadcast-send-<channel>/broadcast-remind {deliveryId}: the one reminder to a recipient who
 * has not pressed "Đã nhận", paced with the bulk sends. A 429 waits like any send; other
 * failures drop the reminder (the non-acknowledger list still reaches their officials).
 */
export function createRemindProcessor(deps: BroadcastJobDeps) {
  return async function processRemind(job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<RemindOutcome> {
    const parsed = deliveryPayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError('bad broadcast-remind payload');
    const r = await claimReminder(deps.db, parsed.data.deliveryId, deps.clock());
    if (!r) return 'skipped';
    const adapter = deps.channels[r.channel];
    const content = await deps.content.get(r.broadcastId);
    if (!adapter || !content) return 'lost';
    try {
      await deps.pacer.take(r.channel);
      await adapter.send(r.accountId, reminderMessage(content, r.id, adapter.limits, r.locale, { t: deps.t, timeZone: deps.settings.timeZone }));
      return 'reminded';
    } catch (err) {
      if (err instanceof SendError && err.failure === 'rate_limited') {
        const ms = Math.max(1, err.retryAfterMs ?? 1_000);
        await unclaimReminder(deps.db, r.id);
        await deps.pacer.holdOff(r.channel, ms);
        await worker.rateLimit(ms);
        throw Worker.RateLimitError();
      }
      deps.logger.info({ deliveryId: r.id, channel: r.channel, kind: err instanceof SendError ? err.failure : 'error' }, 'broadcast reminder not delivered');
      return 'lost';
    }
  };
}
