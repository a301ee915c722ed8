import { safeError } from '../../../core/kernel/safe-error.js';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ChannelRegistry } from '../../../core/kernel/channel.js';
import type { Config } from '../../../core/platform/config.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { Metrics } from '../../../core/platform/metrics.js';
import { channelNames, type ChannelName } from '../../../core/kernel/messages.js';
import { broadcastSettings, type BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { BROADCAST_CONTROL_QUEUE, FANOUT_JOB, REMIND_JOB, DELIVERY_JOB, START_JOB, deliveryQueueName } from '../../../core/broadcasts/jobs.js';
import { createBulkPacer, type BulkPacer } from '../../../core/delivery/pace.js';
import { createDeliveryWriter } from '../../../core/broadcasts/delivery.js';
import type { Db } from '../../../db/client.js';
import { createContentCache } from './content.js';
import type { BroadcastJobDeps, BroadcastWorkerOptions } from './deps.js';
import { createFanoutProcessor } from './fanout.js';
import { createMonitor, type Monitor } from './monitor.js';
import { createRemindProcessor } from './remind.js';
import { createDeliveryProcessor } from './send.js';
import { createStartProcessor } from './start.js';

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
  /** Counts send outcomes for /metrics (broadcast rate = rate of status "sent"). */
  metrics?: Pick<Metrics, 'instrument'>;
}

export interface BroadcastWorkers {
  workers: Worker[];
  monitor: Monitor;
  deps: BroadcastJobDeps;
  stop(): Promise<void>;
}

/** BullMQ's limiter must be set for worker.rateLimit() to work; the real pace is the GCRA bucket. */
const LIMITER_BACKSTOP = { max: 100_000, duration: 1_000 };

/** Enough sends in flight to reach the rate at ~50 ms a call, few enough that a pause bites within a second. */
function sendConcurrency(rate: number, configured = 0): number {
  if (configured > 0) return configured;
  return Math.min(64, Math.max(2, Math.ceil(rate / 20)));
}

/**
 * Starts the broadcast pipeline in this process: the control worker (fan-out, scheduled start),
 * one bulk send worker per configured channel on its own queue (`broadcast-send-<channel>`,
 * separate from the interactive lane, so replies never wait behind a broadcast), and the monitor.
 */
export function startBroadcastWorkers(o: StartBroadcastWorkersDeps): BroadcastWorkers {
  const settings = o.settings ?? broadcastSettings(o.config);
  const bulk = createBulkQueues(o.rateRedis, o.prefix);
  const deps: BroadcastJobDeps = {
    db: o.db,
    channels: o.channels,
    settings,
    t: o.t,
    logger: o.logger.child({ part: 'broadcasts' }),
    queues: o.queues,
    pacer: o.pacer ?? createBulkPacer(o.rateRedis, o.prefix, settings.rates),
    content: createContentCache(o.db),
    writer: createDeliveryWriter(o.db),
    clock: o.clock ?? (() => new Date()),
    afterCommit: o.afterCommit ?? (() => {}),
    bulkQueues: bulk.get,
  };
  // Undefined options would override BullMQ's defaults, so only set ones are passed.
  const common = {
    connection: o.connection,
    prefix: o.prefix,
    maxStalledCount: 5,
    ...(o.lockDurationMs ? { lockDuration: o.lockDurationMs } : {}),
    ...(o.stalledIntervalMs ? { stalledInterval: o.stalledIntervalMs } : {}),
  };
  const workers: Worker[] = [];
  const control = { [FANOUT_JOB]: createFanoutProcessor(deps), [START_JOB]: createStartProcessor(deps) } as Record<string, (job: Job) => Promise<string>>;
  workers.push(new Worker(BROADCAST_CONTROL_QUEUE, (job: Job) => runNamed(control, job), { ...common, concurrency: 4 }));
  const send = createDeliveryProcessor(deps);
  const remind = createRemindProcessor(deps);
  for (const channel of channelNames.filter((c) => o.channels[c])) {
    const concurrency = sendConcurrency(settings.rates[channel as ChannelName], o.concurrency ?? o.config.BROADCAST_SEND_CONCURRENCY);
    const worker: Worker = new Worker(
      deliveryQueueName(channel),
      (job: Job) => (job.name === REMIND_JOB ? remind(job, worker) : job.name === DELIVERY_JOB ? send(job, worker) : unknown(job)),
      {
        ...common,
        concurrency,
        limiter: LIMITER_BACKSTOP,
      },
    );
    workers.push(worker);
  }
  for (const w of workers) {
    watch(w, deps.logger);
    o.metrics?.instrument(w);
  }
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

const FANOUT_CONNECTIONS = 3;

/** A few producer connections of the fan-out's own (duplicates of `redis`), made on first use. */
function createBulkQueues(redis: Redis, prefix: string) {
  const conns: Redis[] = [];
  const queues = new Map<string, Queue[]>();
  return {
    get(name: string): Queue[] {
      let list = queues.get(name);
      if (!list) {
        if (conns.length === 0) for (let i = 0; i < FANOUT_CONNECTIONS; i++) conns.push(redis.duplicate().on('error', () => {}));
        list = conns.map((connection) => new Queue(name, { connection, prefix }));
        for (const q of list) q.on('error', () => {});
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

function runNamed(map: Record<string, (job: Job) => Promise<string>>, job: Job): Promise<string> {
  const run = map[job.name];
  return run ? run(job) : unknown(job);
}

function unknown(job: Job): never {
  throw new Error(`unknown broadcast job ${job.queueName}/${job.name}`);
}

function watch(worker: Worker, logger: Logger): void {
  worker.on('error', (err) => logger.warn({ queue: worker.name, err: safeError(err) }, 'broadcast worker error'));
  worker.on('failed', (job, err) => {
    if (job) logger.warn({ queue: worker.name, job: job.name, jobId: job.id, attempts: job.attemptsMade, err: safeError(err) }, 'broadcast job failed');
  });
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
  /** The process's one bulk pace (shared with the bulk send lane); not used when `overrides.settings` sets other rates. */
  pacer?: BulkPacer;
  metrics?: Pick<Metrics, 'instrument'>;
}

/** The broadcast pipeline as a startWorkers plugin: `startWorkers({ …, plugins: [broadcastsPlugin()] })`. */
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
      pacer: overrides.settings ? undefined : ctx.pacer,
      metrics: ctx.metrics,
      ...overrides,
    });
}
