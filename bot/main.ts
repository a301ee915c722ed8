import { serve } from '@hono/node-server';
import { Redis } from 'ioredis';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../core/platform/config.js';
import type { InboundMessage } from '../core/kernel/messages.js';
import { seedDemoIfEmpty } from '../core/demo/seed.js';
import { createSecurityLimits } from '../core/platform/flood-control.js';
import { createMetrics } from '../core/platform/metrics.js';
import { createI18n } from '../core/kernel/i18n.js';
import { createPinoLogger } from '../core/platform/log-pino.js';
import { seedTopics } from '../core/reports/topics.js';
import { openDatabase, type Database } from '../db/client.js';
import { startWorkers } from '../workers/main.js';
import { defaultPlugins } from '../workers/plugins.js';
import { createConsoleApp } from './console/app.js';
import { createHttpApp } from './http/app.js';
import { databaseReady } from './http/health.js';
import { createMetricsRoute } from './http/metrics.js';
import { createIntake } from './engine/intake.js';
import { createFeatures } from './features/index.js';
import { createChannels } from './setup/channels.js';
import { createReplySender } from './setup/deliver.js';
import { resolveRedis } from './setup/redis.js';

/**
 * The bot process: read env, connect, wire, serve. `npm start` runs the workers in this process
 * too (RUN_WORKERS=true, and always on PGlite, which is single-process).
 */
export async function main(env: NodeJS.ProcessEnv = process.env, injected: { database?: Database } = {}) {
  const config = loadConfig(env);
  const logger = createPinoLogger(config.LOG_LEVEL);
  // Tests inject their own isolated database (and keep it open across a simulated restart).
  const database = injected.database ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  await database.migrate();
  await seedTopics(database.db);
  const i18n = createI18n();
  const { t } = i18n;
  const redis = await resolveRedis({ url: config.REDIS_URL, dataDir: config.DATA_DIR, logger });

  const metrics = createMetrics();
  const channels = createChannels({ config, db: database.db, logger, t, alerts: metrics });
  if (channels.names.length === 0) logger.warn('no channel configured (no credentials and SANDBOX=off): nobody can talk to the bot');
  if (channels.registry.sandbox) {
    const demo = await seedDemoIfEmpty(database.db);
    for (const inv of demo?.invites ?? []) logger.info({ invite: inv.code, role: inv.role, unit: inv.unitName }, 'demo invite code for the sandbox');
  }

  const inProcessWorkers = config.RUN_WORKERS || database.kind === 'pglite';
  const workers = inProcessWorkers
    ? await startWorkers({ db: database.db, config, redisUrl: redis.url, channels: channels.registry, logger, plugins: defaultPlugins(), metrics })
    : null;
  // Flood control and invite limits hold across bot processes, so they live in Redis.
  const limitsRedis = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  limitsRedis.on('error', () => {}); // reported by the limiter itself (fails open for intake, closed for invites)
  const limits = createSecurityLimits({ redis: limitsRedis, prefix: `${config.QUEUE_PREFIX}:limits`, config, logger });

  const intake = createIntake({
    db: database.db,
    features: createFeatures({ config, i18n }),
    t,
    deliver: createReplySender(channels.registry, logger),
    logger,
    limits,
    metrics,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  const handler = async (msg: InboundMessage) => {
    await intake.handle(msg);
  };
  const app = createHttpApp({
    mounts: [
      ...channels.mounts(handler),
      ...(workers?.mounts ?? []),
      { path: '/metrics', app: createMetricsRoute({ registry: metrics.registry, token: config.METRICS_TOKEN }) },
      { path: '/console', app: createConsoleApp({ db: database.db, config, logger, t }) },
    ],
    readiness: { database: databaseReady(database.db), ...(workers?.readiness ?? {}) },
    logger,
  });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => resolve(info.port));
  });
  await channels.start(handler);
  logger.info(
    { url: `http://${config.HOST}:${port}`, channels: channels.names, database: database.kind, workers: inProcessWorkers },
    channels.registry.sandbox ? 'dlxh-bot is running — open /sandbox' : 'dlxh-bot is running',
  );

  let stopping = false;
  const stop = async (signal = 'stop') => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await channels.stop();
    await new Promise<void>((r) => server.close(() => r()));
    await workers?.stop();
    limitsRedis.disconnect();
    if (!injected.database) await database.close();
    await redis.stop();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return { stop, app, intake, port };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
