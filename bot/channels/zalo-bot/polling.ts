import { setTimeout as sleep } from 'node:timers/promises';
import type { InboundHandler } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { ZaloBotClient } from './client.js';
import { parseZaloBotUpdate } from './parse.js';

export interface ZaloBotPollerOptions {
  client: ZaloBotClient;
  handler: InboundHandler;
  logger: Logger;
  timeoutSec: number;
  /** Attempts to apply one update before giving up on it (the engine dedups retries). */
  applyAttempts?: number;
}

/**
 * getUpdates has no offset to confirm with (reference §6.3): an update handed to us is gone
 * from the platform. So a failed intake is retried here with backoff before the update is
 * logged as dropped, and polling errors back off up to 30 s.
 */
export function startZaloBotPolling(opts: ZaloBotPollerOptions): { stop(): Promise<void> } {
  const abort = new AbortController();
  const log = opts.logger.child({ channel: 'zalobot', component: 'polling' });
  const loop = async () => {
    let backoff = 500;
    while (!abort.signal.aborted) {
      let updates: unknown[];
      try {
        updates = await opts.client.getUpdates(opts.timeoutSec, abort.signal);
        backoff = 500;
      } catch (err) {
        if (abort.signal.aborted) return;
        log.warn({ err: (err as Error).message, backoffMs: backoff }, 'zalobot getUpdates failed');
        await pause(backoff, abort.signal);
        backoff = Math.min(backoff * 2, 30_000);
        continue;
      }
      for (const u of updates) await apply(u);
    }
  };
  const apply = async (update: unknown) => {
    const msg = parseZaloBotUpdate(update);
    if (!msg) return;
    const attempts = opts.applyAttempts ?? 5;
    for (let i = 1; i <= attempts; i++) {
      try {
        return await opts.handler(msg);
      } catch (err) {
        const last = i === attempts || abort.signal.aborted;
        log.error({ err: safeError(err), updateKey: msg.updateKey, attempt: i }, last ? 'zalobot update dropped' : 'zalobot update failed; retrying');
        if (last) return;
        await pause(250 * 2 ** i, abort.signal);
      }
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

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal }).catch(() => undefined);
}
