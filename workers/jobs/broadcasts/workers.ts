import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ChannelRegistry } from '../../../core/kernel/channel.js';
import type { Config } from '../../../core/platform/config.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { Metrics } from '../../../core/platform/metrics.js';
import { channelNames } from '../../../core/kernel/messages.js';
import { broadcastSettings, type BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { BROADCAST_CONTROL_QUEUE } from '../../../core/broadcasts/jobs.js';
import { createBulkPacer, type BulkPacer } from '../../../core/delivery/pace.js';
import type { Db } from '../../../db/client.js';
import { startSendWorkers } from '../delivery/lanes.js';
import { watchErrors, watchWorker } from '../../watch.js';
import { createContentCache } from './content.js';
import { filesDirOf } from '../../../core/media/store.js';
import { fileLinkSettingsOf } from '../../../core/media/file-link.js';
import type { BroadcastJobDeps, BroadcastWorkerOptions } from './deps.js';
import { createQueueProcessor, jobsByQueue } from '../index.js';
import type { JobDefinition } from '../types.js';
import { fanoutJob } from './fanout.js';
import { createMonitor, type Monitor } from './monitor.js';
import { createBroadcastRows } from './rows.js';
import { startJob } from './start.js';

/** The broadcast pipeline's jobs (its deliveries are `send` jobs: workers/jobs/delivery). */
export const broadcastJobs = [fanoutJob, startJob] as JobDefinition<unknown, BroadcastJobDeps>[];

export interface StartBroadcastWorkersDeps extends BroadcastWorkerOptions {
  db: Db;
  config: Config;
  channels: ChannelRegistry;
  t: Translate;
  logger: Logger;
  queues: BroadcastJobDeps['queues'];
  afterCommit?: () => void;
  clock?: () => Date;
  /** Overrides derived from config (benchmarks lift the cap). */
  settings?: BroadcastSettings;
  /** Counts job outcomes and queue errors for /metrics. */
  metrics?: Pick<Metrics, 'instrument' | 'queueError'>;
}

export interface BroadcastWorkers {
  workers: Worker[];
  monitor: Monitor;
  deps: BroadcastJobDeps;
  stop(): Promise<void>;
}

/**
 * Starts the broadcast pipeline in this process: the control worker (fan-out, scheduled start)
 * and the monitor. The deliveries are ledger rows sent by the one send processor on the
 * broadcast lane of each channel (separate from the interactive lane, so alerts never wait
 * behind a broadcast), their reminders on the bulk lane; with `sendWorkers` (default) those
 * lanes run here too, for the channels configured.
 */
export function startBroadcastWorkers(o: StartBroadcastWorkersDeps): BroadcastWorkers {
  const settings = o.settings ?? broadcastSettings(o.config);
  const logger = o.logger.child({ part: 'broadcasts' });
  const bulk = createBulkQueues(o.rateRedis, o.prefix, logger, o.metrics);
  const content = createContentCache(o.db, filesDirOf(o.config));
  const clock = o.clock ?? (() => new Date());
  const afterCommit = o.afterCommit ?? (() => {});
  const deps: BroadcastJobDeps = {
    db: o.db,
    channels: o.channels,
    settings,
    t: o.t,
    logger,
    queues: o.queues,
    content,
    clock,
    afterCommit,
    bulkQueues: bulk.get,
  };
  const workers: Worker[] = [];
  workers.push(
    new Worker(BROADCAST_CONTROL_QUEUE, createQueueProcessor(deps, jobsByQueue(broadcastJobs).get(BROADCAST_CONTROL_QUEUE)!), {
      connection: o.connection,
      prefix: o.prefix,
      maxStalledCount: 5,
      concurrency: 4,
      ...(o.lockDurationMs ? { lockDuration: o.lockDurationMs } : {}),
      ...(o.stalledIntervalMs ? { stalledInterval: o.stalledIntervalMs } : {}),
    }),
  );
  if (o.sendWorkers !== false) workers.push(...standaloneSendLanes(o, settings, deps));
  for (const w of workers) watchWorker(w, logger, o.metrics);
  const monitor = createMonitor(deps);
  if (o.monitor !== false) monitor.start();
  return {
    workers,
    monitor,
    deps,
    async stop() {
      await monitor.stop();
      await Promise.all(workers.map((w) => w.close()));
      await bulk.close();
    },
  };
}

/** The paced lanes (deliveries, reminders) of the configured channels, for a pipeline that runs without workers/start.ts. */
function standaloneSendLanes(o: StartBroadcastWorkersDeps, settings: BroadcastSettings, deps: BroadcastJobDeps): Worker[] {
  const pacer: BulkPacer = o.pacer ?? createBulkPacer(o.rateRedis, o.prefix, settings.rates);
  return startSendWorkers({
    connection: o.connection,
    prefix: o.prefix,
    lanes: ['bulk', 'broadcast'],
    channels: channelNames.filter((c) => o.channels[c]),
    rates: settings.rates,
    bulkConcurrency: o.concurrency ?? o.config.BROADCAST_SEND_CONCURRENCY,
    lockDurationMs: o.lockDurationMs,
    stalledIntervalMs: o.stalledIntervalMs,
    deps: {
      db: o.db,
      channels: o.channels,
      logger: deps.logger.child({ part: 'send' }),
      pacer,
      clock: deps.clock,
      afterCommit: deps.afterCommit,
      broadcasts: createBroadcastRows({ db: o.db, t: o.t, settings, content: deps.content, links: fileLinkSettingsOf(o.config), clock: deps.clock }),
    },
  });
}

const FANOUT_CONNECTIONS = 3;

/** A few producer connections of the fan-out's own (duplicates of `redis`), made on first use. */
function createBulkQueues(redis: Redis, prefix: string, logger: Logger, metrics?: Pick<Metrics, 'queueError'>) {
  const conns: Redis[] = [];
  const queues = new Map<string, Queue[]>();
  return {
    get(name: string): Queue[] {
      let list = queues.get(name);
      if (!list) {
        if (conns.length === 0) for (let i = 0; i < FANOUT_CONNECTIONS; i++) conns.push(watchErrors(redis.duplicate(), logger, 'fanout-redis', metrics));
        list = conns.map((connection) => watchErrors(new Queue(name, { connection, prefix }), logger, name, metrics));
        queues.set(name, list);
      }
      return list;
    },
    async close() {
      for (const list of queues.values()) await Promise.all(list.map((q) => q.close()));
      for (const c of conns) c.disconnect();
    },
  };
}

/** What `broadcastsPlugin` needs from the worker process (workers/start.ts WorkerPluginContext fits). */
export interface BroadcastPluginContext {
  db: Db;
  config: Config;
  channels: ChannelRegistry;
  logger: Logger;
  prefix: string;
  connection: BroadcastWorkerOptions['connection'];
  producer: BroadcastWorkerOptions['rateRedis'];
  queues: BroadcastJobDeps['queues'];
  t: Translate;
  afterCommit(): void;
  metrics?: Pick<Metrics, 'instrument' | 'queueError'>;
}

/**
 * The broadcast pipeline as a startWorkers plugin: `startWorkers({ …, plugins: [broadcastsPlugin()] })`.
 * Its deliveries go through the send lanes startWorkers runs (with the process's one pace).
 */
export function broadcastsPlugin(overrides: Partial<StartBroadcastWorkersDeps> = {}) {
  return (ctx: BroadcastPluginContext): BroadcastWorkers =>
    startBroadcastWorkers({
      db: ctx.db,
      config: ctx.config,
      channels: ctx.channels,
      t: ctx.t,
      logger: ctx.logger,
      queues: ctx.queues,
      connection: ctx.connection,
      rateRedis: ctx.producer,
      prefix: ctx.prefix,
      afterCommit: () => ctx.afterCommit(),
      metrics: ctx.metrics,
      sendWorkers: false,
      ...overrides,
    });
}
