import { Worker, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Db } from '../db/client.js';
import type { ChannelRegistry } from '../core/channel.js';
import type { Config } from '../core/config.js';
import { createI18n } from '../core/i18n.js';
import type { HotSpotEnv } from '../core/hot-spot-messages.js';
import type { Logger } from '../core/logger.js';
import { channelNames, type ChannelName, type OutboundMessage } from '../core/messages.js';
import { LANES, laneQueueName, type Lane } from '../core/sends.js';
import { createQueueDashboard } from '../bot/http/queue-dashboard.js';
import type { Mount } from '../bot/http/app.js';
import { createQueueProcessor, jobsByQueue } from './jobs/index.js';
import { createSendProcessor, type SendLaneDeps } from './lanes/send-lane.js';
import type { SendRow } from './lanes/send-ledger.js';
import { allQueueNames, createQueueSet, type QueueSet } from './queues.js';
import { producerConnection, quitQuietly, workerConnection } from './redis.js';
import { createRelay, type Relay } from './relay.js';
import { safeError } from './safe-error.js';

export interface WorkerDeps {
  db: Db;
  config: Config;
  redisUrl: string;
  channels: ChannelRegistry;
  logger: Logger;
  /** Defaults to config.QUEUE_PREFIX; tests pass their own. */
  prefix?: string;
  resolveContent?: (ref: string, row: SendRow) => Promise<OutboundMessage | null>;
}

export interface WorkersHandle {
  stop(): Promise<void>;
  queues: Queue[];
  queueSet: QueueSet;
  relay: Relay;
  /** HTTP routes for the bot's server (the queue dashboard). */
  mounts: Mount[];
  readiness: Record<string, () => Promise<boolean>>;
}

const ALERTS_CONCURRENCY = 8;
const LANE_CONCURRENCY: Record<Lane, number> = { interactive: 16, bulk: 8 };
/** Interactive replies are not "bulk" for Telegram; a limiter is still needed for worker.rateLimit() on a 429. */
const INTERACTIVE_PER_SECOND = 1000;

/** Per-second cap → BullMQ limiter (max must be an integer ≥ 1; slow rates stretch the window). */
export function limiterFor(perSecond: number): { max: number; duration: number } {
  return perSecond >= 1 ? { max: Math.floor(perSecond), duration: 1000 } : { max: 1, duration: Math.round(1000 / perSecond) };
}

export function bulkRate(config: Pick<Config, 'TELEGRAM_BULK_RATE' | 'ZALO_BULK_RATE'>, channel: ChannelName): number {
  if (channel === 'telegram') return config.TELEGRAM_BULK_RATE;
  if (channel === 'zalo' || channel === 'zalobot') return config.ZALO_BULK_RATE;
  return INTERACTIVE_PER_SECOND;
}

/**
 * Runs the relay and every worker of this system in the current process. Several processes may
 * do so against one Redis and one Postgres (PGlite: this one process only).
 */
export async function startWorkers(deps: WorkerDeps): Promise<WorkersHandle> {
  const { config, logger } = deps;
  const prefix = deps.prefix ?? config.QUEUE_PREFIX;
  const producer = producerConnection(deps.redisUrl, logger);
  const consumer = workerConnection(deps.redisUrl, logger);
  const queueSet = createQueueSet({ connection: producer, prefix, names: allQueueNames() });
  const relay = createRelay({ db: deps.db, queues: queueSet, logger: logger.child({ part: 'relay' }), intervalMs: config.OUTBOX_POLL_MS });
  const { t, has } = createI18n();
  const env: HotSpotEnv = { i18n: { t, has }, config };
  const afterCommit = () => relay.poke();
  const workers: Worker[] = [];

  for (const [queue, names] of jobsByQueue()) {
    const process = createQueueProcessor({ db: deps.db, env, logger, afterCommit }, names);
    workers.push(watch(new Worker(queue, process, { connection: consumer, prefix, concurrency: ALERTS_CONCURRENCY }), logger));
  }
  const laneDeps: SendLaneDeps = { db: deps.db, channels: deps.channels, logger: logger.child({ part: 'send' }), resolveContent: deps.resolveContent, afterCommit };
  const processSend = createSendProcessor(laneDeps);
  for (const lane of LANES) {
    for (const channel of channelNames) {
      const limiter = limiterFor(lane === 'bulk' ? bulkRate(config, channel) : INTERACTIVE_PER_SECOND);
      const worker: Worker = new Worker(laneQueueName(lane, channel), (job: Job) => processSend(job, worker), {
        connection: consumer,
        prefix,
        concurrency: LANE_CONCURRENCY[lane],
        limiter,
      });
      workers.push(watch(worker, logger));
    }
  }
  relay.start();
  logger.info({ workers: workers.length, prefix }, 'workers started');

  const dashboard = createQueueDashboard({ queues: queueSet.all(), basePath: '/admin/queues', user: config.ADMIN_USER, password: config.ADMIN_PASSWORD, logger });
  return {
    queues: queueSet.all(),
    queueSet,
    relay,
    mounts: [{ path: '/admin/queues', app: dashboard }],
    readiness: { redis: () => pingRedis(producer) },
    stop: () => stopAll({ workers, relay, queueSet, connections: [producer, consumer], deadlineMs: config.WORKER_SHUTDOWN_MS, logger }),
  };
}

function watch(worker: Worker, logger: Logger): Worker {
  worker.on('error', (err) => logger.warn({ queue: worker.name, err: safeError(err) }, 'worker error'));
  worker.on('failed', (job, err) => {
    if (job) logger.warn({ queue: worker.name, job: job.name, jobId: job.id, attempts: job.attemptsMade, err: safeError(err) }, 'job failed');
  });
  return worker;
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
    s.logger.warn({ deadlineMs: s.deadlineMs }, 'workers did not finish in time; forcing close (running jobs will be retried)');
    await Promise.all(s.workers.map((w) => w.close(true)));
  }
  await s.queueSet.close();
  await Promise.all(s.connections.map(quitQuietly));
}
