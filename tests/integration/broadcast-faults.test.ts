import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { sends } from '../../db/schema/index.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { deliveryFigures } from '../../core/broadcasts/figures.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, addUnit, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, startHarness, statusOf, BROADCAST_TEST_ENV } from '../helpers/broadcast-harness.js';
import { spawnWorker } from '../../testkit/broadcast-spawn.js';
import { restartableRedis } from '../helpers/broadcast-redis.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let fake: FakeTelegram;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 1, 1);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh');
  fake = await startFakeTelegram();
});
afterAll(async () => {
  await fake?.close();
  await t?.close();
});

const sending = async (broadcastId: string) =>
  (
    await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.broadcastId, broadcastId), eq(sends.state, 'sending')))
  ).length;

/** Every recipient got the guidance; duplicates only where a send was in flight. */
function tally(ids: string[]) {
  const counts = ids.map((id) => fake.sendsPerChat.get(id) ?? 0);
  return { missing: counts.filter((c) => c === 0).length, doubled: counts.filter((c) => c === 2).length, more: counts.filter((c) => c > 2).length };
}

describe('faults mid-broadcast', () => {
  it('a worker process killed with SIGKILL: after restart everyone has it, duplicates ≤ sends in flight', async () => {
    expect(t.url, 'this test runs the worker in a child process and needs a Postgres server').not.toBeNull();
    const unit = await addUnit(t.db, `K${tree.tag}`, 'Xã K', tree.districts[0]!);
    const ids = await seedPeople(t.db, [unit], 1_200, { channel: 'telegram', firstExternalId: 2_100_000_000 });
    const env = {
      DATABASE_URL: t.url!,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      TELEGRAM_BULK_RATE: '200',
      QUIET_HOURS: '',
      BROADCAST_PROGRESS_SECONDS: '0.5',
      OUTBOX_POLL_MS: '20',
      LOCK_MS: '3000',
      STALLED_MS: '1000',
      DB_POOL: '5',
    };
    let worker = await spawnWorker(env);
    try {
      const settings = broadcastSettings(testConfig({ ...BROADCAST_TEST_ENV, TELEGRAM_BULK_RATE: '200' }));
      const b = await createAs(t.db, author, draft(unit.id), settings);
      await waitFor(async () => ids.filter((id) => fake.sendsPerChat.has(id)).length, { until: (n) => n >= 300, timeout: 30_000, what: 'sends under way' });
      await worker.kill('SIGKILL');
      const inFlight = await sending(b.id);
      expect(tally(ids).missing).toBeGreaterThan(0);
      worker = await spawnWorker(env);
      await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 60_000, what: 'done after restart' });
      const r = tally(ids);
      expect(r.missing).toBe(0);
      expect(r.more).toBe(0);
      expect(r.doubled).toBeLessThanOrEqual(inFlight);
      expect((await deliveryFigures(t.db, b.id)).byState).toMatchObject({ sent: 1_200, sending: 0, queued: 0, failed: 0 });
    } finally {
      await worker.kill('SIGTERM');
    }
  }, 120_000);

  it('Redis restarted empty mid-broadcast: the lost jobs are re-enqueued from Postgres, nobody is missed', async () => {
    const redis = await restartableRedis();
    const unit = await addUnit(t.db, `R${tree.tag}`, 'Xã R', tree.districts[0]!);
    const ids = await seedPeople(t.db, [unit], 600, { channel: 'telegram', firstExternalId: 2_200_000_000 });
    const h = await startHarness({ db: t.db, redisUrl: redis.url, fake, env: { TELEGRAM_BULK_RATE: '150' } });
    try {
      const b = await createAs(t.db, author, draft(unit.id), h.settings);
      await waitFor(async () => ids.filter((id) => fake.sendsPerChat.has(id)).length, { until: (n) => n >= 150, timeout: 30_000, what: 'sends under way' });
      await redis.stop();
      const inFlight = await sending(b.id);
      await new Promise((r) => setTimeout(r, 1_000));
      await redis.restart();
      await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 60_000, what: 'done after Redis came back' });
      const r = tally(ids);
      expect(r.missing).toBe(0);
      expect(r.more).toBe(0);
      expect(r.doubled).toBeLessThanOrEqual(inFlight);
    } finally {
      await h.stop();
      await redis.stop();
    }
  }, 120_000);
});
