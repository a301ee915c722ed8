import type { ChannelAlerts, InboundHandler } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { retry, retryUnlessPoison, type Backoff } from '../../../core/kernel/retry.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { ZaloBotClient } from './client.js';
import { parseZaloBotUpdate } from './parse.js';

export interface ZaloBotPollerOptions {
  client: ZaloBotClient;
  handler: InboundHandler;
  logger: Logger;
  timeoutSec: number;
  /** Pauses between attempts at getUpdates and at one update (default 0.5 s doubling to 30 s). */
  backoff?: Backoff;
  alerts?: ChannelAlerts;
}

const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 30_000 };

/**
 * getUpdates has no offset to confirm with (reference §6.3): an update handed to us is gone
 * from the platform. So an update whose intake failed is retried here, for as long as the
 * failure is one that passes (database restarting); any other failure gets one retry, then the
 * update is skipped — logged at error level and counted for the admins — so it never holds the
 * users behind it (issue 11 item 6).
 */
export function startZaloBotPolling(opts: ZaloBotPollerOptions): { stop(): Promise<void> } {
  const abort = new AbortController();
  const signal = abort.signal;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const log = opts.logger.child({ channel: 'zalobot', component: 'polling' });

  const poll = () =>
    retry(() => opts.client.getUpdates(opts.timeoutSec, signal), {
      backoff,
      signal,
      onRetry: (err, failures, delayMs) => log.warn({ err: safeError(err), failures, delayMs }, 'zalobot getUpdates failed'),
    });

  const apply = async (update: unknown): Promise<void> => {
    const msg = parseZaloBotUpdate(update);
    if (!msg) return;
    try {
      await retry(() => opts.handler(msg), {
        backoff,
        signal,
        retryIf: retryUnlessPoison,
        onRetry: (err, attempt) => log.warn({ err: safeError(err), updateKey: msg.updateKey, attempt }, 'zalobot update failed; retrying'),
      });
    } catch (err) {
      // Stopping mid-retry loses the update as well: the platform will not hand it out again.
      log.error({ err: safeError(err), updateKey: msg.updateKey, stopping: signal.aborted }, 'zalobot update skipped: it could not be applied');
      opts.alerts?.alert('zalobot', 'update_skipped');
    }
  };

  const loop = async () => {
    while (!signal.aborted) {
      const updates = await poll().catch(() => [] as unknown[]);
      for (const u of updates) await apply(u);
    }
  };
  const running = loop();
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
