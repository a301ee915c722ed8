import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { BROADCAST_CONTROL_QUEUE } from '../core/broadcasts/jobs.js';
import { CASES_QUEUE } from '../core/cases/cases.js';
import { ALERT_TIMERS_QUEUE, ALERTS_QUEUE } from '../core/hot-spots/escalation.js';
import { silentLogger, type Logger } from '../core/kernel/logger.js';
import { channelNames, type ChannelName } from '../core/kernel/messages.js';
import type { Metrics } from '../core/platform/metrics.js';
import { REPORTING_QUEUE, SYNTHESIS_QUEUE } from '../core/reports/jobs.js';
import { LANES, laneQueueName } from '../core/delivery/sends.js';
import { MAINTENANCE_QUEUE } from './jobs/compliance/retention-purge.js';
import { watchErrors } from './watch.js';

/**
 * Jobs are kept a day after success (so a re-added deterministic id stays deduplicated for a
 * while) and a week after failure; Postgres, not Redis, is the record (outbox, sends, events).
 */
const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Every queue this system uses (workers/README.md says which jobs run on each):
 *  - send-<lane>-<channel>: the one send processor, every ledger row (`send` {sendId});
 *  - alerts, alert-timers: hot-spot escalation; cases: case due dates;
 *  - reporting, synthesis: reminders, surveys and quick polls (one engine), digests, syntheses (and their schedulers);
 *  - maintenance: the retention purge; broadcast-control: a broadcast's fan-out and start.
 * A test holds every job definition's queue to this list (tests/integration/worker-plugins.test.ts).
 */
export function allQueueNames(channels: readonly ChannelName[] = channelNames): string[] {
  return [
    ...LANES.flatMap((lane) => channels.map((c) => laneQueueName(lane, c))),
    ALERTS_QUEUE,
    ALERT_TIMERS_QUEUE,
    CASES_QUEUE,
    REPORTING_QUEUE,
    SYNTHESIS_QUEUE,
    MAINTENANCE_QUEUE,
    BROADCAST_CONTROL_QUEUE,
  ];
}

export interface QueueSet {
  /** The producer for a queue name (created on first use: the outbox may name any queue). */
  get(name: string): Queue;
  all(): Queue[];
  close(): Promise<void>;
}

export function createQueueSet(opts: {
  connection: ConnectionOptions;
  prefix: string;
  names?: string[];
  logger?: Logger;
  metrics?: Pick<Metrics, 'queueError'>;
}): QueueSet {
  const queues = new Map<string, Queue>();
  const get = (name: string): Queue => {
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: opts.connection, prefix: opts.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      // Errors also surface on the add() promise; the listener logs and counts them.
      watchErrors(q, opts.logger ?? silentLogger, name, opts.metrics);
      queues.set(name, q);
    }
    return q;
  };
  for (const name of opts.names ?? allQueueNames()) get(name);
  return {
    get,
    all: () => [...queues.values()],
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
