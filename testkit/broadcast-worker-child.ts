import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { createSandboxAdapter } from '../bot/channels/sandbox/adapter.js';
import { createTelegramAdapter } from '../bot/channels/telegram/adapter.js';
import { loadConfig } from '../core/platform/config.js';
import { createI18n } from '../core/kernel/i18n.js';
import { silentLogger } from '../core/kernel/logger.js';
import { openDatabase } from '../db/client.js';
import { createQueueSet } from '../workers/queues.js';
import { createRelay } from '../workers/relay.js';
import { startBroadcastWorkers } from '../workers/jobs/broadcasts/workers.js';
import { defaultPlugins } from '../workers/plugins.js';
import { startWorkers } from '../workers/start.js';

/**
 * A worker process for fault tests and the benchmark: the outbox relay and the broadcast
 * pipeline, configured from the environment (DATABASE_URL, REDIS_URL, QUEUE_PREFIX,
 * TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN, TELEGRAM_BULK_RATE, …). Prints "ready" when started;
 * SIGTERM stops it gracefully, SIGKILL is what the fault tests send. WORKER_MODE=full runs
 * everything a workers process runs (send lanes, jobs, schedulers, broadcast pipeline).
 */
export async function runChild(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  if (!config.DATABASE_URL || !config.REDIS_URL || !config.TELEGRAM_BOT_TOKEN || !config.QUEUE_PREFIX) {
    throw new Error('DATABASE_URL, REDIS_URL, TELEGRAM_BOT_TOKEN and QUEUE_PREFIX are required');
  }
  const database = await openDatabase({ url: config.DATABASE_URL, max: Number(env.DB_POOL ?? 20) });
  if (env.WORKER_MODE === 'full') return runFull(config, database);
  const producer = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const consumer = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  producer.on('error', () => {});
  consumer.on('error', () => {});
  const telegram = createTelegramAdapter({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    logger: silentLogger,
    requestTimeoutSeconds: 10,
  });
  const queues = createQueueSet({ connection: producer, prefix: config.QUEUE_PREFIX, names: [] });
  const relay = createRelay({ db: database.db, queues, logger: silentLogger, intervalMs: config.OUTBOX_POLL_MS });
  const workers = startBroadcastWorkers({
    db: database.db,
    config,
    channels: { telegram },
    t: createI18n().t,
    logger: silentLogger,
    queues,
    connection: consumer,
    rateRedis: producer,
    prefix: config.QUEUE_PREFIX,
    afterCommit: () => relay.poke(),
    lockDurationMs: env.LOCK_MS ? Number(env.LOCK_MS) : undefined,
    stalledIntervalMs: env.STALLED_MS ? Number(env.STALLED_MS) : undefined,
  });
  relay.start();
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void (async () => {
      await workers.stop();
      await relay.stop();
      await queues.close();
      producer.disconnect();
      consumer.disconnect();
      await database.close();
      process.exit(0);
    })();
  });
}

async function runFull(config: ReturnType<typeof loadConfig>, database: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  const telegram = createTelegramAdapter({
    token: config.TELEGRAM_BOT_TOKEN!,
    apiRoot: config.TELEGRAM_API_ROOT,
    logger: silentLogger,
    requestTimeoutSeconds: 10,
  });
  const workers = await startWorkers({
    db: database.db,
    config,
    redisUrl: config.REDIS_URL!,
    // Sandbox too: the soak bench's alert officials are sandbox accounts (their notifications stay off the Telegram cap).
    channels: { telegram, sandbox: createSandboxAdapter({ db: database.db }) },
    logger: silentLogger,
    prefix: config.QUEUE_PREFIX,
    plugins: defaultPlugins(),
  });
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void (async () => {
      await workers.stop();
      await database.close();
      process.exit(0);
    })();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runChild().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
