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
 */
export function limitsRedisClient(url: string, logger: Logger, metrics: Pick<Metrics, 'queueError'>): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  return watchErrors(redis, logger, LIMITS_REDIS, metrics);
}
