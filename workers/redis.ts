import { Redis } from 'ioredis';
import type { Logger } from '../core/kernel/logger.js';
import { safeError } from '../core/kernel/safe-error.js';

const ERROR_LOG_EVERY_MS = 30_000;

/** Logs a connection's errors at most every 30 s: a Redis outage must not flood the log. */
function watchErrors(client: Redis, role: string, logger: Logger): Redis {
  let last = 0;
  client.on('error', (err: Error & { code?: string }) => {
    const now = Date.now();
    if (now - last < ERROR_LOG_EVERY_MS) return;
    last = now;
    logger.warn({ role, err: safeError(err) }, 'redis connection error (retrying)');
  });
  return client;
}

/**
 * For producers (Queue.add, the relay): commands fail at once while Redis is away instead of
 * piling up in memory, so the outbox transaction rolls back and the rows wait for the next round.
 */
export function producerConnection(url: string, logger: Logger): Redis {
  return watchErrors(new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5_000 }), 'producer', logger);
}

/** For workers: BullMQ needs maxRetriesPerRequest null on its blocking connections. */
export function workerConnection(url: string, logger: Logger): Redis {
  return watchErrors(new Redis(url, { maxRetriesPerRequest: null }), 'worker', logger);
}

export async function quitQuietly(client: Redis): Promise<void> {
  try {
    await client.quit();
  } catch {
    // Already disconnected (Redis away): nothing left to flush.
    client.disconnect();
  }
}
