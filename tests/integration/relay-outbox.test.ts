import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNull, like, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { outbox } from '../../db/schema/index.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { enqueue } from '../../core/platform/outbox.js';
import { createQueueSet, type QueueSet } from '../../workers/queues.js';
import { producerConnection, quitQuietly } from '../../workers/redis.js';
import { createRelay } from '../../workers/relay.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../../testkit/services.js';
import { redisOnPort } from './hotspot-fixtures.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let producer: Redis;
let queues: QueueSet;

beforeAll(async () => {
  t = await createTestDatabase();
  producer = producerConnection(testRedisUrl(), silentLogger);
  queues = createQueueSet({ connection: producer, prefix: testQueuePrefix(), names: [] });
});
afterAll(async () => {
  await queues?.close();
  await quitQuietly(producer);
  await t?.close();
});

async function pending(prefix: string): Promise<number> {
  const [r] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(sql`${isNull(outbox.relayedAt)} and ${like(outbox.jobId, `${prefix}%`)}`);
  return Number(r?.n ?? 0);
}

describe('outbox relay', () => {
  it('moves pending rows to BullMQ with their deterministic ids and delays, once', async () => {
    const runAt = new Date(Date.now() + 60_000);
    await t.db.transaction((tx) =>
      enqueue(
        tx,
        { queue: 'alerts', name: 'hotspot-deadline', payload: { hotSpotId: 'x', step: 0 }, jobId: 'r1-later', runAt },
        { queue: 'alerts', name: 'hotspot-created', payload: { hotSpotId: 'y' }, jobId: 'r1-now' },
      ),
    );
    const relay = createRelay({ db: t.db, queues, logger: silentLogger });
    expect(await relay.runOnce()).toBe(2);
    expect(await relay.runOnce()).toBe(0);
    const alerts = queues.get('alerts');
    const later = await alerts.getJob('r1-later');
    const now = await alerts.getJob('r1-now');
    expect(later?.name).toBe('hotspot-deadline');
    expect(later?.data).toEqual({ hotSpotId: 'x', step: 0 });
    expect(await later?.getState()).toBe('delayed');
    expect(later!.delay).toBeGreaterThan(50_000);
    expect(await now?.getState()).toBe('waiting');
    expect(await pending('r1-')).toBe(0);
  });

  it('several relays at once take disjoint rows (SKIP LOCKED): every job is added exactly once', async () => {
    const jobs = Array.from({ length: 300 }, (_, i) => ({ queue: 'relay-par', name: 'noop', payload: { i }, jobId: `r2-${i}` }));
    await t.db.transaction((tx) => enqueue(tx, ...jobs));
    const relays = [1, 2, 3].map(() => createRelay({ db: t.db, queues, logger: silentLogger, batchSize: 25 }));
    const counts = await Promise.all(
      relays.map(async (r) => {
        let total = 0;
        for (let n = await r.runOnce(); n > 0; n = await r.runOnce()) total += n;
        return total;
      }),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
    expect(await queues.get('relay-par').getJobCountByTypes('waiting')).toBe(300);
  });

  it('loses nothing while Redis is down: the batch rolls back, and drains once Redis is back', async () => {
    const port = await freePort();
    let redis = await redisOnPort(port);
    const conn = producerConnection(redis.url, silentLogger);
    const qs = createQueueSet({ connection: conn, prefix: testQueuePrefix(), names: ['alerts'] });
    const relay = createRelay({ db: t.db, queues: qs, logger: silentLogger, intervalMs: 50 });
    try {
      await qs.get('alerts').waitUntilReady();
      await redis.stop();
      await t.db.transaction((tx) => enqueue(tx, { queue: 'alerts', name: 'hotspot-created', payload: { hotSpotId: 'z' }, jobId: 'r3-down' }));
      // Producers fail fast (no offline queue) and the rows stay pending.
      await expect(relay.runOnce()).rejects.toThrow();
      expect(await pending('r3-')).toBe(1);
      relay.start();
      redis = await redisOnPort(port);
      await waitFor(async () => (await pending('r3-')) === 0, { timeout: 15_000, what: 'backlog to drain' });
      expect(await (await qs.get('alerts').getJob('r3-down'))?.getState()).toBe('waiting');
    } finally {
      await relay.stop();
      await qs.close();
      await quitQuietly(conn);
      await redis.stop();
    }
  });
});
