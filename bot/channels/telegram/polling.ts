import type { Api } from 'grammy';
import type { ChannelAlerts } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { retry, retryUnlessPoison, type Backoff } from '../../../core/kernel/retry.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import { ALLOWED_UPDATES } from './limits.js';

/** Pauses between attempts at getUpdates and at one update: 0.5 s doubling up to 30 s. */
export const DEFAULT_POLL_BACKOFF: Backoff = { baseMs: 500, maxMs: 30_000 };

export interface PollerDeps {
  api: Api;
  /** Parses, hands to the engine, answers callback queries; throws when the engine failed. */
  dispatch: (update: { update_id: number }) => Promise<void>;
  logger: Logger;
  timeoutSeconds: number;
  backoff: Backoff;
  alerts?: ChannelAlerts;
}

export interface Poller {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Our own getUpdates loop instead of grammY's `bot.start()`: bot.start moves past an update whose
 * handler threw (or stops polling altogether), while we must not confirm an update before the
 * engine has committed it (DESIGN invariant 2). Updates are handled one at a time, in order, so
 * one user's updates can never race each other; the offset is confirmed only after success.
 *
 * An update whose handler fails is retried for as long as the failure is one that passes (the
 * database restarting: nobody's update could be applied meanwhile); any other failure gets one
 * retry, then the update is skipped and confirmed — logged at error level with its update_id and
 * counted for the admins — so it never holds the users behind it (issue 11 item 6).
 */
export function createPoller(deps: PollerDeps): Poller {
  const { api, logger } = deps;
  let offset = 0;
  let confirmed = 0;
  let controller: AbortController | null = null;
  let loop: Promise<void> | null = null;

  /** True once the update is done with (handled, or skipped); false when stopping mid-way. */
  async function handle(update: { update_id: number }, signal: AbortSignal): Promise<boolean> {
    try {
      await retry(() => deps.dispatch(update), {
        backoff: deps.backoff,
        signal,
        retryIf: retryUnlessPoison,
        onRetry: (err, attempt) => logger.warn({ updateId: update.update_id, attempt, err: safeError(err) }, 'telegram update handler failed; retrying'),
      });
      return true;
    } catch (err) {
      if (signal.aborted) return false;
      logger.error({ updateId: update.update_id, err: safeError(err) }, 'telegram update skipped: it failed again for a reason that will not go away');
      deps.alerts?.alert('telegram', 'update_skipped');
      return true;
    }
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const asked = offset;
      const updates = await retry(
        () => api.getUpdates({ offset: asked, timeout: deps.timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, grammySignal(signal)),
        {
          backoff: deps.backoff,
          signal,
          onRetry: (err, failures) => logger.warn({ failures, err: safeError(err) }, 'telegram getUpdates failed'),
        },
      ).catch(() => null);
      if (!updates) break;
      confirmed = asked;
      for (const update of updates) {
        if (signal.aborted || !(await handle(update, signal))) break;
        offset = update.update_id + 1;
      }
    }
  }

  /** Tells Telegram which updates are done so a restart does not redeliver them (best effort). */
  async function confirmOffset(): Promise<void> {
    if (offset === confirmed || offset === 0) return;
    await api.getUpdates({ offset, limit: 1, timeout: 0 }).then(
      () => {
        confirmed = offset;
      },
      (err: unknown) => logger.warn({ err: safeError(err) }, 'telegram offset confirmation failed; updates may be redelivered'),
    );
  }

  return {
    async start() {
      if (loop) throw new Error('telegram polling already started');
      // getUpdates answers 409 while a webhook is set; pending updates are kept.
      await api.deleteWebhook({ drop_pending_updates: false });
      controller = new AbortController();
      loop = run(controller.signal);
    },
    async stop() {
      if (!loop || !controller) return;
      controller.abort();
      await loop;
      loop = null;
      controller = null;
      await confirmOffset();
    },
  };
}

/** grammY's Node typings name the abort-controller polyfill; native signals work the same at runtime. */
function grammySignal(signal: AbortSignal): Parameters<Api['getUpdates']>[1] {
  return signal as unknown as Parameters<Api['getUpdates']>[1];
}
