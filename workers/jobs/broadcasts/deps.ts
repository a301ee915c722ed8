import type { ConnectionOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ChannelRegistry } from '../../../core/kernel/channel.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import type { BulkPacer } from '../../../core/delivery/pace.js';
import type { BroadcastContent } from '../../../core/broadcasts/render.js';
import type { Db } from '../../../db/client.js';

/** What the broadcast jobs need; built once per worker process by startBroadcastWorkers. */
export interface BroadcastJobDeps {
  db: Db;
  channels: ChannelRegistry;
  settings: BroadcastSettings;
  t: Translate;
  logger: Logger;
  /** Producer side of the queues (send jobs are added by the fan-out, not through the outbox). */
  queues: { get(name: string): Queue };
  /** Producers of one queue over several connections, for the fan-out's parallel addBulk. */
  bulkQueues?: (name: string) => Queue[];
  content: ContentCache;
  clock: () => Date;
  /** Wakes the outbox relay after a commit that wrote outbox rows. */
  afterCommit: () => void;
}

export interface BroadcastWorkerOptions {
  /** Redis for the BullMQ workers (maxRetriesPerRequest: null). */
  connection: ConnectionOptions;
  /** Redis for the pace (GCRA) script; the producer connection is fine. */
  rateRedis: Redis;
  /** The process's bulk pacer (workers/start.ts); made from `settings.rates` when absent. */
  pacer?: BulkPacer;
  prefix: string;
  /** Paced send jobs at once per lane and channel; default from the channel's rate. */
  concurrency?: number;
  /**
   * Run the bulk send lanes of the configured channels here (default true: a standalone
   * pipeline — tests, the bench's worker). workers/start.ts runs every lane itself, so the
   * plugin passes false.
   */
  sendWorkers?: boolean;
  /** Shorter values make a killed worker's jobs come back sooner (tests). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Run the monitor loop (progress, timers, recovery) in this process; default true. */
  monitor?: boolean;
}

export interface ContentCache {
  get(broadcastId: string): Promise<BroadcastContent | null>;
}
