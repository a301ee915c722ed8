import { pathToFileURL } from 'node:url';
import type { pino } from 'pino';
import { loadConfig, type Config } from '../core/platform/config.js';
import { accountKey, type InboundMessage } from '../core/kernel/messages.js';
import { seedDemoIfEmpty } from '../core/demo/seed.js';
import type { DemoInvite } from '../core/demo/invites.js';
import { createSecurityLimits, limitsPrefix } from '../core/platform/flood-control.js';
import { createMetrics } from '../core/platform/metrics.js';
import { replyBacklog } from '../core/delivery/replies.js';
import { createI18n, type Translate } from '../core/kernel/i18n.js';
import type { Logger } from '../core/kernel/logger.js';
import { createPinoLogger, logFormatOf } from '../core/platform/log-pino.js';
import { resolveQueuePrefix } from '../core/platform/queue-prefix.js';
import { FILE_LINK_PATH } from '../core/media/file-link.js';
import { createFileLinkRoute } from './http/file-link-route.js';
import { seedTopics } from '../core/reports/topics.js';
import { openDatabase, type Database } from '../db/client.js';
import { startProcessWorkers } from '../workers/main.js';
import { createConsoleApp } from './console/app.js';
import { createHttpApp, type Mount } from './http/app.js';
import { createDemoInvitesRoute, DEMO_INVITES_PATH } from './http/demo-invites.js';
import { databaseReady } from './http/health.js';
import { createMetricsRoute } from './http/metrics.js';
import { assertPortFree, listen } from './http/server.js';
import { createIntake } from './engine/intake.js';
import { createFeatures } from './features/index.js';
import { createChannels, sandboxEnabled, type Channels } from './setup/channels.js';
import { createCleanup, type Cleanup } from './setup/cleanup.js';
import { limitsRedisClient } from './setup/limits-redis.js';
import { createReplySender } from './setup/deliver.js';
import { sandboxExposure, startupProblems } from './setup/exposure.js';
import { resolveRedis } from './setup/redis.js';
import { exitOnSignals, shutdownBudget } from './setup/shutdown.js';
import { browserUrl, startBanner } from './setup/start-banner.js';
import { exitWithStartupError, listenRefusal, StartupError } from './setup/startup-errors.js';

/** How long a sandbox request waits for its replies to be stored (they are local). */
const SANDBOX_REPLY_WAIT_MS = 2_000;

export interface BotInjected {
  /** Tests inject their own isolated database (and keep it open across a simulated restart). */
  database?: Database;
  /** Where log lines go (default stdout). */
  logDestination?: pino.DestinationStream;
  /** Where the start-up block is printed in pretty mode (default stdout). */
  console?: { write(text: string): unknown };
}

/**
 * The bot process: read env, check it is safe to serve, connect, wire, serve. `npm start` runs the
 * workers in this process too (RUN_WORKERS=true, and always on PGlite, which is single-process).
 * Refusals (unsafe exposure, port in use) come before anything starts; a failure later undoes
 * what had started, so no pid file, worker or private Redis outlives it.
 */
export async function main(env: NodeJS.ProcessEnv = process.env, injected: BotInjected = {}) {
  const config = loadConfig(env);
  const i18n = createI18n();
  const { t } = i18n;
  const pretty = logFormatOf(config) === 'pretty';
  const logger = createPinoLogger(config.LOG_LEVEL, injected.logDestination, pretty ? 'pretty' : 'json');
  const problems = startupProblems(config, { sandbox: sandboxEnabled(config), t });
  if (problems.length > 0) throw new StartupError(problems.join('\n'));
  await assertPortFree(config.HOST, config.PORT).catch((err: unknown) => Promise.reject(listenRefusal(err, t)));
  if (sandboxEnabled(config) && sandboxExposure(config).length > 0) {
    logger.error(
      { reasons: sandboxExposure(config) },
      'DANGEROUSLY_EXPOSE_SANDBOX: the sandbox runs on an exposed server; anyone reaching it can act as any person',
    );
  }
  const cleanup = createCleanup(logger);
  try {
    const bot = await start({ config, i18n, t, logger, cleanup, injected });
    const info = { url: browserUrl(config.HOST, bot.port), sandbox: !!bot.channels.registry.sandbox, invites: bot.invites };
    logger.info(
      {
        url: info.url,
        channels: bot.channels.names,
        database: bot.databaseKind,
        workers: bot.inProcessWorkers,
        prefix: bot.prefix,
        ...(pretty || info.invites.length === 0 ? {} : { invites: info.invites }),
      },
      info.sandbox ? 'dlxh-bot is running — open /sandbox' : 'dlxh-bot is running',
    );
    if (pretty && config.LOG_LEVEL !== 'silent') (injected.console ?? process.stdout).write(startBanner(t, info));
    return { stop: bot.stop, app: bot.app, intake: bot.intake, port: bot.port, prefix: bot.prefix, config, logger };
  } catch (err) {
    await cleanup.run();
    throw listenRefusal(err, t);
  }
}

interface StartDeps {
  config: Config;
  i18n: ReturnType<typeof createI18n>;
  t: Translate;
  logger: Logger;
  cleanup: Cleanup;
  injected: BotInjected;
}

async function start(d: StartDeps) {
  const { config, t, logger, cleanup } = d;
  const { database, prefix, redisUrl } = await openStores(d);
  const metrics = createMetrics();
  const channels = createChannels({ config, db: database.db, logger, t, alerts: metrics });
  if (channels.names.length === 0) logger.warn('no channel configured (no credentials and SANDBOX=off): nobody can talk to the bot');
  const invites = await seedDemo(channels, database);

  const inProcessWorkers = config.RUN_WORKERS || database.kind === 'pglite';
  const workers = inProcessWorkers
    ? await startProcessWorkers({ db: database.db, config, redisUrl, prefix, channels: channels.registry, logger, metrics })
    : null;
  if (workers) cleanup.add('workers', () => workers.stop());
  const intake = createIntake({
    db: database.db,
    features: createFeatures({ config, i18n: d.i18n }),
    t,
    deliver: createReplySender(channels.registry, logger),
    logger,
    limits: startLimits(redisUrl, prefix, d, metrics),
    metrics,
    replies: { onOutcome: metrics.reply },
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: config.DEFAULT_LOCALE,
    locales: d.i18n.locales,
  });
  // Replies an earlier run left in the table are sent; at shutdown, what is not sent goes back to it.
  intake.replies.start();
  metrics.watch({ replyBacklog: () => replyBacklog(database.db) });
  cleanup.add('replies', () => intake.replies.stop());
  const handler = async (msg: InboundMessage) => {
    await intake.handle(msg);
    // The sandbox's "platform" is this process: its page shows the replies as soon as it is answered.
    if (msg.channel === 'sandbox') await intake.replies.settled(accountKey(msg.channel, msg.accountId), SANDBOX_REPLY_WAIT_MS);
  };
  const mounts: Mount[] = [
    ...channels.mounts(handler),
    ...(workers?.mounts ?? []),
    { path: '/metrics', app: createMetricsRoute({ registry: metrics.registry, token: config.METRICS_TOKEN }) },
    { path: '/console', app: createConsoleApp({ db: database.db, config, logger, t }) },
    { path: FILE_LINK_PATH, app: createFileLinkRoute({ db: database.db, config, logger, t }) },
    ...(channels.registry.sandbox ? [{ path: DEMO_INVITES_PATH, app: createDemoInvitesRoute(database.db) }] : []),
  ];
  const app = createHttpApp({ mounts, readiness: { database: databaseReady(database.db), ...(workers?.readiness ?? {}) }, logger });
  const server = await listen(app, config.HOST, config.PORT, logger);
  // Undone first on the way down: no new requests while the workers finish.
  cleanup.add('http server', () => server.close(shutdownBudget(config.WORKER_SHUTDOWN_MS).httpGraceMs));
  await channels.start(handler);
  cleanup.add('channels', () => channels.stop());
  return { stop: () => cleanup.run(), app, intake, port: server.port, prefix, channels, invites, databaseKind: database.kind, inProcessWorkers };
}

/** PostgreSQL (or PGlite) migrated, the queue prefix stored with it, and a Redis. */
async function openStores({ config, logger, cleanup, injected }: StartDeps) {
  const database = injected.database ?? (await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  if (!injected.database) cleanup.add('database', () => database.close());
  await database.migrate();
  await seedTopics(database.db);
  const prefix = await resolveQueuePrefix(database.db, config.QUEUE_PREFIX);
  const redis = await resolveRedis({ url: config.REDIS_URL, dataDir: config.DATA_DIR, logger });
  cleanup.add('redis', () => redis.stop());
  return { database, prefix, redisUrl: redis.url };
}

/** Flood control and invite limits hold across bot processes, so they live in Redis. */
function startLimits(redisUrl: string, prefix: string, { config, logger, cleanup }: StartDeps, metrics: ReturnType<typeof createMetrics>) {
  const limitsRedis = limitsRedisClient(redisUrl, logger, metrics);
  cleanup.add('limits redis', () => limitsRedis.disconnect());
  return createSecurityLimits({
    redis: limitsRedis,
    prefix: limitsPrefix(prefix),
    config,
    logger,
    events: {
      refused: (limit) => metrics.throttled.inc({ limit }),
      fallback: (limit) => metrics.limiterFallbacks.inc({ limit }),
      ceiling: () => metrics.securityAlerts.inc({ alert: 'invite_checks_ceiling' }),
    },
  });
}

/** The demo province, only for the sandbox alone: never beside a real channel (its codes would work there). */
async function seedDemo(channels: Channels, database: Database): Promise<DemoInvite[]> {
  if (!channels.registry.sandbox || channels.names.some((n) => n !== 'sandbox')) return [];
  return (await seedDemoIfEmpty(database.db))?.invites ?? [];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = main();
  exitOnSignals(started);
  started.catch(exitWithStartupError);
}
