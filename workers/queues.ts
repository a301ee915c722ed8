import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { ALERT_TIMERS_QUEUE, ALERTS_QUEUE } from '../core/hot-spots/escalation.js';
import { channelNames, type ChannelName } from '../core/kernel/messages.js';
import { LANES, laneQueueName } from '../core/delivery/sends.js';

export { ALERT_TIMERS_QUEUE, ALERTS_QUEUE } from '../core/hot-spots/escalation.js';
export { laneQueueName, SEND_JOB } from '../core/delivery/sends.js';

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

/** Every queue this system uses: alerts, alert timers, and one interactive and one bulk lane per channel. */
export function allQueueNames(channels: readonly ChannelName[] = channelNames): string[] {
  return [ALERTS_QUEUE, ALERT_TIMERS_QUEUE, ...LANES.flatMap((lane) => channels.map((c) => laneQueueName(lane, c)))];
}

export interface QueueSet {
  /** The producer for a queue name (created on first use: the outbox may name any queue). */
  get(name: string): Queue;
  all(): Queue[];
  close(): Promise<void>;
}

export function createQueueSet(opts: { connection: ConnectionOptions; prefix: string; names?: string[] }): QueueSet {
  const queues = new Map<string, Queue>();
  const get = (name: string): Queue => {
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: opts.connection, prefix: opts.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      // Errors surface on the add() promise; the listener keeps them from becoming unhandled.
      q.on('error', () => {});
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
