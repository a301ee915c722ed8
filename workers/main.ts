import { pathToFileURL } from 'node:url';
import { loadConfig } from '../core/platform/config.js';
import { createI18n } from '../core/kernel/i18n.js';
import { createPinoLogger } from '../core/platform/log-pino.js';
import { openDatabase } from '../db/client.js';
import { createChannels } from '../bot/setup/channels.js';
import { resolveRedis } from '../bot/setup/redis.js';
import { defaultPlugins } from './plugins.js';
import { startWorkers } from './start.js';

export { startWorkers, type WorkerDeps, type WorkersHandle } from './start.js';

/**
 * The workers process (`npm run start:workers`): read config, connect, build the channel
 * senders, start the relay and the workers; stop gracefully on SIGINT/SIGTERM. Several of these
 * may run against one Redis and one Postgres. The bot process can run the same in-process
 * through `startWorkers` (and must, on PGlite).
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<{ stop(): Promise<void> }> {
  const config = loadConfig(env);
  const logger = createPinoLogger(config.LOG_LEVEL).child({ process: 'workers' });
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate();
  const redis = await resolveRedis({ url: config.REDIS_URL, dataDir: config.DATA_DIR, logger });
  const { t } = createI18n();
  // Senders only: this process never starts polling or mounts webhooks.
  const channels = createChannels({ config, db: database.db, logger, t });
  const workers = await startWorkers({ db: database.db, config, redisUrl: redis.url, channels: channels.registry, logger, plugins: defaultPlugins() });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await workers.stop();
      await database.close();
      await redis.stop();
    })());
  const onSignal = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    // A second hard limit in case Postgres or Redis hangs on close.
    setTimeout(() => process.exit(1), config.WORKER_SHUTDOWN_MS + 5_000).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err: (err as Error).message }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  return { stop };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
