import { pathToFileURL } from 'node:url';
import { loadConfig } from '../core/platform/config.js';
import { createI18n } from '../core/kernel/i18n.js';
import { createPinoLogger, logFormatOf } from '../core/platform/log-pino.js';
import { resolveQueuePrefix } from '../core/platform/queue-prefix.js';
import { openDatabase } from '../db/client.js';
import { createChannels } from '../bot/setup/channels.js';
import { createCleanup } from '../bot/setup/cleanup.js';
import { resolveRedis } from '../bot/setup/redis.js';
import { exitOnSignals, shutdownBudget } from '../bot/setup/shutdown.js';
import { exitWithStartupError } from '../bot/setup/startup-errors.js';
import { defaultPlugins } from './plugins.js';
import { startWorkers, type WorkerDeps, type WorkersHandle } from './start.js';

export { startWorkers, type WorkerDeps, type WorkersHandle } from './start.js';

/**
 * The workers process (`npm run start:workers`): read config, connect, build the channel
 * senders, start the relay and the workers; stop within WORKER_SHUTDOWN_MS on SIGINT/SIGTERM.
 * Several of these may run against one Redis and one Postgres; they find their queues under the
 * prefix stored with the database, as the bot processes do. The bot process can run the same
 * in-process through `startWorkers` (and must, on PGlite).
 */
export async function main(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const logger = createPinoLogger(config.LOG_LEVEL, undefined, logFormatOf(config)).child({ process: 'workers' });
  const cleanup = createCleanup(logger);
  try {
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
    cleanup.add('database', () => database.close());
    await database.migrate();
    const prefix = await resolveQueuePrefix(database.db, config.QUEUE_PREFIX);
    const redis = await resolveRedis({ url: config.REDIS_URL, dataDir: config.DATA_DIR, logger });
    cleanup.add('redis', () => redis.stop());
    const { t } = createI18n();
    // Senders only: this process never starts polling or mounts webhooks.
    const channels = createChannels({ config, db: database.db, logger, t });
    const workers = await startProcessWorkers({ db: database.db, config, redisUrl: redis.url, prefix, channels: channels.registry, logger });
    cleanup.add('workers', () => workers.stop());
    return { stop: () => cleanup.run(), prefix, config, logger };
  } catch (err) {
    await cleanup.run();
    throw err;
  }
}

/**
 * The workers of one process (this one, or the bot's with RUN_WORKERS): every plugin, and the
 * share of WORKER_SHUTDOWN_MS that leaves the whole process time to close within it.
 */
export function startProcessWorkers(d: Omit<WorkerDeps, 'plugins'>): Promise<WorkersHandle> {
  const config = { ...d.config, WORKER_SHUTDOWN_MS: shutdownBudget(d.config.WORKER_SHUTDOWN_MS).workersMs };
  return startWorkers({ ...d, config, plugins: defaultPlugins() });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = main();
  exitOnSignals(started);
  started.catch(exitWithStartupError);
}
