import { Redis } from 'ioredis';
import type { Logger } from '../../core/kernel/logger.js';
import type { Metrics } from '../../core/platform/metrics.js';
import { watchErrors } from '../../workers/watch.js';

/** The component name of this connection in logs and in `dlxh_queue_errors_total{component}`. */
export const LIMITS_REDIS = 'limits-redis';

/**
 * The bot process's Redis connection for flood control and invite limits. Commands fail at once
 * while Redis is away (the limiter then keeps its counts in process, counted as fallbacks); the
 * connection's own errors are logged at error (throttled) and counted, like the job system's.
 * Auto-pipelined: the flood checks of updates arriving together leave in one socket write
 * (ioredis gathers them until setImmediate) instead of one write each — a write was ~85 µs of
 * CPU on the bench's VM, 4.6 % of the bot's under webhook load (issue 16).
 */
export function limitsRedisClient(url: string, logger: Logger, metrics: Pick<Metrics, 'queueError'>): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, enableAutoPipelining: true });
  return watchErrors(redis, logger, LIMITS_REDIS, metrics);
}
