import { setTimeout as sleep } from 'node:timers/promises';
import type { Api } from 'grammy';
import type { Logger } from '../../../core/kernel/logger.js';
import { ALLOWED_UPDATES } from './limits.js';
import { errorSummary } from './log-safe.js';

export interface RetryPolicy {
  /** First backoff; doubles per failure up to maxMs. */
  baseMs: number;
  maxMs: number;
  /** Attempts per update before it is given up (logged at error level with its update_id). */
  maxAttempts: number;
}

/**
 * Defaults: ~10 minutes of retries per update. A handler fails on infrastructure trouble (the
 * database restarting) far more often than on a poison update, so we wait it out like Telegram's
 * own webhook retries do, but a truly broken update must not stall every other user for a day.
 */
export const DEFAULT_POLL_RETRY: RetryPolicy = { baseMs: 500, maxMs: 30_000, maxAttempts: 25 };

export interface PollerDeps {
  api: Api;
  /** Parses, hands to the engine, answers callback queries; throws when the engine failed. */
  dispatch: (update: { update_id: number }) => Promise<void>;
  logger: Logger;
  timeoutSeconds: number;
  retry: RetryPolicy;
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
 */
export function createPoller(deps: PollerDeps): Poller {
  const { api, logger } = deps;
  let offset = 0;
  let confirmed = 0;
  let controller: AbortController | null = null;
  let loop: Promise<void> | null = null;

  const backoff = (failures: number) => Math.min(deps.retry.maxMs, deps.retry.baseMs * 2 ** Math.max(0, failures - 1));

  async function pause(ms: number, signal: AbortSignal): Promise<void> {
    await sleep(ms, undefined, { signal }).catch(() => undefined);
  }

  /** True once the update is done with (handled, or given up); false when stopping mid-way. */
  async function handle(update: { update_id: number }, signal: AbortSignal): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.dispatch(update);
        return true;
      } catch (err) {
        const log = { updateId: update.update_id, attempt, err: errorSummary(err) };
        if (attempt >= deps.retry.maxAttempts) {
          logger.error(log, 'telegram update given up after repeated handler failures');
          return true;
        }
        logger.warn(log, 'telegram update handler failed; retrying');
        await pause(backoff(attempt), signal);
        if (signal.aborted) return false;
      }
    }
  }

  async function run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let updates: { update_id: number }[];
      const asked = offset;
      try {
        updates = await api.getUpdates({ offset: asked, timeout: deps.timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, grammySignal(signal));
        confirmed = asked;
        failures = 0;
      } catch (err) {
        if (signal.aborted) break;
        failures++;
        logger.warn({ failures, err: errorSummary(err) }, 'telegram getUpdates failed');
        await pause(backoff(failures), signal);
        continue;
      }
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
      (err: unknown) => logger.warn({ err: errorSummary(err) }, 'telegram offset confirmation failed; updates may be redelivered'),
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
