import { Worker, type ConnectionOptions } from 'bullmq';
import { isPaced, laneQueueName, type Lane } from '../../../core/delivery/sends.js';
import { createQueueProcessor, jobsByQueue } from '../index.js';
import { createSendProcessor, type SendLaneDeps } from './send-lane.js';
import { sendJobs, type SendJobContext } from './send-job.js';

/** Interactive rows (alerts, notices) are few and latency-bound. */
const INTERACTIVE_CONCURRENCY = 16;
/** Bulk rows: at least this many in flight, whatever the rate. */
const MIN_BULK_CONCURRENCY = 8;

/**
 * BullMQ needs a limiter for worker.rateLimit() on a 429. Interactive messages are not "bulk"
 * for Telegram; the bulk lanes are paced by the shared BulkPacer, so there it is only a backstop
 * (high enough never to bind: only real provider calls should spend a slot).
 */
const LIMITER: Record<Lane, { max: number; duration: number }> = {
  interactive: { max: 1000, duration: 1000 },
  bulk: { max: 100_000, duration: 1000 },
  broadcast: { max: 100_000, duration: 1000 },
};

/** Bulk sends in flight per channel: enough to reach the rate at ~50 ms a call, few enough that a pause bites within a second. */
function sendConcurrency(rate: number | undefined, configured = 0): number {
  if (configured > 0) return configured;
  return Math.min(64, Math.max(MIN_BULK_CONCURRENCY, Math.ceil((rate ?? 0) / 20)));
}

export interface SendWorkersOptions {
  /** Redis for the workers (maxRetriesPerRequest: null). */
  connection: ConnectionOptions;
  prefix: string;
  lanes: readonly Lane[];
  channels: readonly string[];
  deps: SendLaneDeps;
  /** Bulk messages per second per channel (sizes the bulk lanes). */
  rates: Partial<Record<string, number>>;
  /** BROADCAST_SEND_CONCURRENCY: paced sends at once per lane and channel (0 = from the rate). */
  bulkConcurrency?: number;
  /** Shorter values make a killed worker's jobs come back sooner (tests). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * The send lanes: one worker per lane and channel (queue `send-<lane>-<channel>`), all running
 * the one send processor (./send-lane.ts) through the job registry (./send-job.ts). The caller watches them (logs, metrics) and closes them.
 */
export function startSendWorkers(o: SendWorkersOptions): Worker[] {
  const processSend = createSendProcessor(o.deps);
  const byQueue = jobsByQueue<SendJobContext>(sendJobs);
  // Undefined options would override BullMQ's defaults, so only set ones are passed.
  const common = {
    connection: o.connection,
    prefix: o.prefix,
    maxStalledCount: 5,
    ...(o.lockDurationMs ? { lockDuration: o.lockDurationMs } : {}),
    ...(o.stalledIntervalMs ? { stalledInterval: o.stalledIntervalMs } : {}),
  };
  return o.lanes.flatMap((lane) =>
    o.channels.map((channel) => {
      const concurrency = isPaced(lane) ? sendConcurrency(o.rates[channel], o.bulkConcurrency) : INTERACTIVE_CONCURRENCY;
      const queue = laneQueueName(lane, channel);
      const ctx: SendJobContext = { logger: o.deps.logger, processSend, worker: { rateLimit: (ms) => worker.rateLimit(ms) } };
      const worker: Worker = new Worker(queue, createQueueProcessor(ctx, byQueue.get(queue)!), {
        ...common,
        concurrency,
        limiter: LIMITER[lane],
      });
      return worker;
    }),
  );
}
