import { Worker, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Db } from '../db/client.js';
import type { ChannelRegistry } from '../core/kernel/channel.js';
import type { Config } from '../core/platform/config.js';
import { createI18n, type Translate } from '../core/kernel/i18n.js';
import type { HotSpotEnv } from '../core/hot-spots/messages.js';
import type { Logger } from '../core/kernel/logger.js';
import { outboxDepthOf, queueDepthsOf, type Metrics } from '../core/platform/metrics.js';
import { channelNames } from '../core/kernel/messages.js';
import { LANES } from '../core/delivery/sends.js';
import { bulkRates, createBulkPacer, type BulkPacer } from '../core/delivery/pace.js';
import { broadcastSettings } from '../core/broadcasts/broadcast.js';
import { createQueueDashboard } from '../bot/http/queue-dashboard.js';
import type { Mount } from '../bot/http/app.js';
import { createQueueProcessor, jobsByQueue } from './jobs/index.js';
import { startSendWorkers } from './jobs/delivery/lanes.js';
import { createBroadcastRows } from './jobs/broadcasts/rows.js';
import { createContentCache } from './jobs/broadcasts/content.js';
import { filesDirOf } from '../core/media/store.js';
import { fileLinkSettingsOf } from '../core/media/file-link.js';
import { allQueueNames, createQueueSet, type QueueSet } from './queues.js';
import { producerConnection, quitQuietly, workerConnection } from './redis.js';
import { createRelay, type Relay } from './relay.js';
import { watchWorker } from './watch.js';
import { safeError } from '../core/kernel/safe-error.js';

export interface WorkerDeps {
  db: Db;
  config: Config;
  redisUrl: string;
  channels: ChannelRegistry;
  logger: Logger;
  /** The entry points pass the resolved one (core/platform/queue-prefix.ts); tests pass their own. */
  prefix?: string;
  /** More workers to run alongside (e.g. the broadcast pipeline), started after these, stopped before. */
  plugins?: WorkerPlugin[];
  /** Job outcomes, outbox and queue depths for /metrics (core/platform/metrics.ts). */
  metrics?: Metrics;
}

/** What a plugin gets to start its own workers on the same connections, prefix and relay. */
interface WorkerPluginContext {
  db: Db;
  config: Config;
  channels: ChannelRegistry;
  logger: Logger;
  prefix: string;
  /** For new Worker(...) (maxRetriesPerRequest null). */
  connection: Redis;
  /** For producers and plain commands (fails fast while Redis is away). */
  producer: Redis;
  /** Producers by queue name; queues created here also show on the dashboard. */
  queues: QueueSet;
  t: Translate;
  /** Call after committing outbox rows: wakes the relay. */
  afterCommit(): void;
  /** The one bulk pace per channel: every bulk sender of the process takes its slots here. */
  pacer: BulkPacer;
  metrics?: Metrics;
}

export type WorkerPlugin = (ctx: WorkerPluginContext) => Promise<{ stop(): Promise<void> }> | { stop(): Promise<void> };

export interface WorkersHandle {
  stop(): Promise<void>;
  queues: Queue[];
  queueSet: QueueSet;
  relay: Relay;
  /** HTTP routes for the bot's server (the queue dashboard). */
  mounts: Mount[];
  readiness: Record<string, () => Promise<boolean>>;
}

const ALERTS_CONCURRENCY = 16;

/**
 * Runs the relay and every worker of this system in the current process. Several processes may
 * do so against one Redis and one Postgres (PGlite: this one process only).
 */
export async function startWorkers(deps: WorkerDeps): Promise<WorkersHandle> {
  const { config, logger } = deps;
  const prefix = deps.prefix ?? config.QUEUE_PREFIX ?? 'dlxh';
  const producer = producerConnection(deps.redisUrl, logger, deps.metrics);
  const consumer = workerConnection(deps.redisUrl, logger, deps.metrics);
  // Every queue this process serves shows on the dashboard, job queues of other features included.
  const queueSet = createQueueSet({ connection: producer, prefix, names: allQueueNames(), logger, metrics: deps.metrics });
  const relay = createRelay({ db: deps.db, queues: queueSet, logger: logger.child({ part: 'relay' }), intervalMs: config.OUTBOX_POLL_MS });
  const { t, has } = createI18n();
  const env: HotSpotEnv = { i18n: { t, has }, config };
  const afterCommit = () => relay.poke();
  const pacer = createBulkPacer(producer, prefix, bulkRates(config));
  const common = { consumer, prefix, logger, afterCommit, metrics: deps.metrics };
  deps.metrics?.watch({ outboxDepth: outboxDepthOf(deps.db), queueDepths: queueDepthsOf(() => queueSet.all()) });
  const workers = [
    ...jobWorkers({ ...common, db: deps.db, env }),
    // Every lane of every channel: a row whose channel has no adapter here moves to the person's next channel instead of waiting forever.
    ...startSendWorkers({
      connection: consumer,
      prefix,
      lanes: LANES,
      channels: channelNames,
      rates: bulkRates(config),
      bulkConcurrency: config.BROADCAST_SEND_CONCURRENCY,
      deps: {
        db: deps.db,
        channels: deps.channels,
        logger: logger.child({ part: 'send' }),
        pacer,
        afterCommit,
        broadcasts: createBroadcastRows({
          db: deps.db,
          t,
          settings: broadcastSettings(config),
          content: createContentCache(deps.db, filesDirOf(config)),
          links: fileLinkSettingsOf(config),
        }),
      },
    }).map((w) => watchWorker(w, logger, deps.metrics)),
  ];
  const plugins: { stop(): Promise<void> }[] = [];
  for (const plugin of deps.plugins ?? []) {
    plugins.push(
      await plugin({
        db: deps.db,
        config,
        channels: deps.channels,
        logger,
        prefix,
        connection: consumer,
        producer,
        queues: queueSet,
        t,
        afterCommit,
        pacer,
        metrics: deps.metrics,
      }),
    );
  }
  relay.start();
  logger.info({ workers: workers.length, plugins: plugins.length, prefix }, 'workers started');

  const dashboard = createQueueDashboard({
    queues: queueSet.all(),
    basePath: '/admin/queues',
    user: config.ADMIN_USER,
    password: config.ADMIN_PASSWORD,
    logger,
  });
  return {
    queues: queueSet.all(),
    queueSet,
    relay,
    mounts: [{ path: '/admin/queues', app: dashboard }],
    readiness: { redis: () => pingRedis(producer) },
    stop: async () => {
      for (const p of plugins) await p.stop();
      await stopAll({ workers, relay, queueSet, connections: [producer, consumer], deadlineMs: config.WORKER_SHUTDOWN_MS, logger });
    },
  };
}

interface Common {
  consumer: Redis;
  prefix: string;
  logger: Logger;
  afterCommit(): void;
  metrics?: Metrics;
}

/** One worker per queue of job definitions (workers/jobs/index.ts), dispatching by job name. */
function jobWorkers(c: Common & { db: Db; env: HotSpotEnv }): Worker[] {
  return [...jobsByQueue()].map(([queue, names]) => {
    const process = createQueueProcessor({ db: c.db, env: c.env, logger: c.logger, afterCommit: c.afterCommit }, names);
    return watchWorker(new Worker(queue, process, { connection: c.consumer, prefix: c.prefix, concurrency: ALERTS_CONCURRENCY }), c.logger, c.metrics);
  });
}

async function pingRedis(client: Redis): Promise<boolean> {
  return (await client.ping()) === 'PONG';
}

/**
 * Graceful stop with a deadline: stop taking jobs and let running ones finish, but never wait
 * past `deadlineMs` (worker.close() has no timeout). Jobs cut off come back as stalled and
 * their processors are idempotent.
 */
async function stopAll(s: { workers: Worker[]; relay: Relay; queueSet: QueueSet; connections: Redis[]; deadlineMs: number; logger: Logger }): Promise<void> {
  await s.relay.stop();
  let timer: NodeJS.Timeout | undefined;
  const graceful = Promise.all(s.workers.map((w) => w.close())).then(() => true);
  const deadline = new Promise<boolean>((r) => {
    timer = setTimeout(() => r(false), s.deadlineMs);
  });
  const finished = await Promise.race([graceful, deadline]);
  clearTimeout(timer);
  if (!finished) {
    // close(true) would return the pending graceful close; cut the connections instead. The
    // jobs still running come back to another worker as stalled (processors are idempotent).
    s.logger.warn({ deadlineMs: s.deadlineMs }, 'workers did not finish in time; disconnecting (running jobs will be retried)');
    await Promise.all(
      s.workers.map((w) => w.disconnect().catch((err: unknown) => s.logger.warn({ queue: w.name, err: safeError(err) }, 'worker disconnect failed'))),
    );
  }
  await s.queueSet.close();
  await Promise.all(s.connections.map(quitQuietly));
}
