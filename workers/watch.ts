import type { Worker } from 'bullmq';
import type { Logger } from '../core/kernel/logger.js';
import type { Metrics } from '../core/platform/metrics.js';
import { safeError } from '../core/kernel/safe-error.js';

/** Errors of one emitter are logged at most this often (a Redis outage must not flood the log); every one is counted. */
const ERROR_LOG_EVERY_MS = 30_000;

type ErrorMetrics = Pick<Metrics, 'queueError'>;

interface ErrorEmitter {
  on(event: 'error', cb: (err: Error) => void): unknown;
}

/**
 * The one error handler of the job system's queues, Redis connections and workers: never
 * silent — logged at error (throttled) and counted in `dlxh_queue_errors_total{component}`.
 * (An 'error' event without a listener would crash the process; BullMQ retries on its own.)
 */
export function watchErrors<T extends ErrorEmitter>(emitter: T, logger: Logger, component: string, metrics?: ErrorMetrics): T {
  let last = 0;
  emitter.on('error', (err: Error) => {
    metrics?.queueError(component);
    const now = Date.now();
    if (now - last < ERROR_LOG_EVERY_MS) return;
    last = now;
    logger.error({ component, err: safeError(err) }, 'queue or redis error (retrying; repeats within 30 s are counted, not logged)');
  });
  return emitter;
}

/** A worker: its errors as above, its failed jobs logged at warn, its outcomes counted (/metrics). */
export function watchWorker(worker: Worker, logger: Logger, metrics?: Pick<Metrics, 'instrument' | 'queueError'>): Worker {
  metrics?.instrument(worker);
  watchErrors(worker, logger, worker.name, metrics);
  worker.on('failed', (job, err) => {
    if (job) logger.warn({ queue: worker.name, job: job.name, jobId: job.id, attempts: job.attemptsMade, err: safeError(err) }, 'job failed');
  });
  return worker;
}
