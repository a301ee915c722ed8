import { Redis } from 'ioredis';
import type { Logger } from '../core/kernel/logger.js';
import type { Metrics } from '../core/platform/metrics.js';
import { watchErrors } from './watch.js';

/**
 * For producers (Queue.add, the relay): commands fail at once while Redis is away instead of
 * piling up in memory, so the outbox transaction rolls back and the rows wait for the next round.
 */
export function producerConnection(url: string, logger: Logger, metrics?: Pick<Metrics, 'queueError'>): Redis {
  return watchErrors(new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5_000 }), logger, 'redis-producer', metrics);
}

/** For workers: BullMQ needs maxRetriesPerRequest null on its blocking connections. */
export function workerConnection(url: string, logger: Logger, metrics?: Pick<Metrics, 'queueError'>): Redis {
  return watchErrors(new Redis(url, { maxRetriesPerRequest: null }), logger, 'redis-worker', metrics);
}

export async function quitQuietly(client: Redis): Promise<void> {
  try {
    await client.quit();
  } catch {
    // Already disconnected (Redis away): nothing left to flush.
    client.disconnect();
  }
}
