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

/** What a started process hands the signal handler. */
export interface Stoppable {
  stop(): Promise<void>;
  logger: Logger;
  config: { WORKER_SHUTDOWN_MS: number };
}

/**
 * Ctrl+C / SIGTERM: run `stop` and exit 0 when it is done; exit 1 when it fails or
 * WORKER_SHUTDOWN_MS passes first (jobs cut off come back as stalled; their processors are
 * idempotent). Installed before start-up begins, so a signal during start-up (systemd stopping
 * a unit it just started) waits for the start to finish and then stops cleanly instead of
 * killing the process half way; a second Ctrl+C exits at once. A failed start-up exits through
 * the entry point's own handler. Only the entry points call this: tests drive `stop()` themselves.
 */
export function exitOnSignals(started: Promise<Stoppable>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting now\n`);
      process.exit(130);
    }
    stopping = true;
    started.then(
      (proc) => stopWithin(proc, signal),
      () => {}, // start-up failed: the entry point reports it and exits
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function stopWithin({ stop, logger, config }: Stoppable, signal: NodeJS.Signals): void {
  const deadlineMs = config.WORKER_SHUTDOWN_MS;
  logger.info({ signal, deadlineMs }, 'shutting down');
  setTimeout(() => {
    logger.error({ deadlineMs }, 'shutdown deadline passed: exiting');
    process.exit(1);
  }, deadlineMs).unref();
  const since = Date.now();
  stop().then(
    () => {
      logger.info({ ms: Date.now() - since }, 'stopped');
      process.exit(0);
    },
    (err: unknown) => {
      logger.error({ err: safeError(err) }, 'shutdown failed');
      process.exit(1);
    },
  );
}
