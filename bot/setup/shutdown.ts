import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';

/**
 * How WORKER_SHUTDOWN_MS is shared out so the whole process is gone within it: the server stops
 * listening and gives requests in flight a short grace before cutting their connections, then
 * running jobs get most of the rest, and closing Postgres and Redis the remainder.
 */
export function shutdownBudget(totalMs: number): { httpGraceMs: number; workersMs: number } {
  const httpGraceMs = Math.min(2_000, Math.floor(totalMs / 4));
  const reserveMs = Math.min(1_500, Math.floor(totalMs * 0.15));
  return { httpGraceMs, workersMs: Math.max(0, totalMs - httpGraceMs - reserveMs) };
}

/**
 * Ctrl+C / SIGTERM: run `stop` and exit 0 when it is done; exit 1 when it fails or the deadline
 * passes first (jobs cut off come back as stalled; their processors are idempotent). A second
 * Ctrl+C exits at once. Only the entry points call this: tests drive `stop()` themselves.
 */
export function exitOnSignals(stop: () => Promise<void>, opts: { deadlineMs: number; logger: Logger }): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      opts.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    opts.logger.info({ signal, deadlineMs: opts.deadlineMs }, 'shutting down');
    setTimeout(() => {
      opts.logger.error({ deadlineMs: opts.deadlineMs }, 'shutdown deadline passed: exiting');
      process.exit(1);
    }, opts.deadlineMs).unref();
    const since = Date.now();
    stop().then(
      () => {
        opts.logger.info({ ms: Date.now() - since }, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        opts.logger.error({ err: safeError(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
