import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { LIMITS_REDIS, limitsRedisClient } from '../../bot/setup/limits-redis.js';
import { createSecurityLimits, type LimitConfig } from '../../core/platform/flood-control.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { freePort } from '../../testkit/services.js';
import { testQueuePrefix, testRedisUrl } from '../helpers/db.js';
import { captureLogs } from '../helpers/log-capture.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { waitFor } from '../helpers/wait.js';

const config: LimitConfig = {
  FLOOD_BURST: 5,
  FLOOD_PER_MINUTE: 6,
  INVITE_CHECKS_PER_ACCOUNT_HOUR: 3,
  INVITE_CHECKS_PER_PREFIX_HOUR: 4,
  INVITE_CHECKS_PER_HOUR: 5,
};

type Metrics = ReturnType<typeof createMetrics>;
async function counted(m: Metrics, name: string, label: string, value: string): Promise<number> {
  const metric = (await m.registry.getMetricsAsJSON()).find((x) => x.name === name);
  return metric?.values.find((v) => v.labels[label] === value)?.value ?? 0;
}

const clients: Redis[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.disconnect();
});

describe("the bot's flood-control Redis connection is never silent", () => {
  it('Redis away: the connection errors are logged at error once per 30 s and every one counted; limits fall back to memory', async () => {
    const logs = captureLogs();
    const metrics = createMetrics({ defaultMetrics: false });
    const redis = limitsRedisClient(`redis://127.0.0.1:${await freePort()}`, logs.logger, metrics);
    clients.push(redis);
    const limits = createSecurityLimits({
      redis,
      prefix: testQueuePrefix(),
      config,
      logger: logs.logger,
      events: { fallback: (limit) => metrics.limiterFallbacks.inc({ limit }) },
    });

    // ioredis keeps reconnecting: each refused attempt is one error event.
    await waitFor(() => counted(metrics, 'dlxh_queue_errors_total', 'component', LIMITS_REDIS), { until: (n) => n >= 2, what: 'two counted errors' });
    const errors = logs.entries().filter((e) => e.component === LIMITS_REDIS);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ level: 50 });

    const verdict = await limits.intake('telegram:42');
    expect(verdict).toMatchObject({ ok: true, fallback: true });
    expect(await counted(metrics, 'dlxh_limiter_fallbacks_total', 'limit', 'intake')).toBeGreaterThan(0);
  });

  it('Redis up: the same client answers and nothing is logged or counted', async () => {
    const logs = captureLogs();
    const metrics = createMetrics({ defaultMetrics: false });
    const redis = limitsRedisClient(testRedisUrl(), logs.logger, metrics);
    clients.push(redis);
    await waitFor(() => redis.status === 'ready', { what: 'limits Redis ready' });
    expect(await redis.ping()).toBe('PONG');
    expect(await counted(metrics, 'dlxh_queue_errors_total', 'component', LIMITS_REDIS)).toBe(0);
    expect(logs.entries().filter((e) => e.component === LIMITS_REDIS)).toEqual([]);
  });

  it('the flood checks of updates arriving together leave in one socket write, each with its own verdict (issue 16)', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const redis = limitsRedisClient(testRedisUrl(), silentLogger, metrics);
    clients.push(redis);
    if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
    const limits = createSecurityLimits({ redis, prefix: testQueuePrefix(), config, logger: silentLogger });
    expect((await limits.intake('telegram:warm', 'w')).ok).toBe(true); // the script loaded (EVAL once, after NOSCRIPT)
    const stream = (redis as unknown as { stream: { write: (...a: unknown[]) => boolean } }).stream;
    const write = stream.write.bind(stream);
    let writes = 0;
    stream.write = (...a: unknown[]) => (writes++, write(...a));
    const verdicts = await Promise.all(Array.from({ length: 8 }, (_, i) => limits.intake(`telegram:${i}`, `u${i}`)));
    expect(verdicts.map((v) => v.ok)).toEqual(Array(8).fill(true));
    expect(writes).toBe(1);
    // The same account's flood still counts: burst 5, the sixth refused.
    const same = await Promise.all(Array.from({ length: 6 }, (_, i) => limits.intake('telegram:same', `s${i}`)));
    expect(same.map((v) => v.ok)).toEqual([true, true, true, true, true, false]);
  });
});
