import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { createPoll } from '../../core/polls/poll.js';
import { sends } from '../../db/schema/index.js';
import { defaultPlugins } from '../../workers/plugins.js';
import { startWorkers, type WorkersHandle } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { rateLimitProxy } from '../../testkit/broadcast-rate-proxy.js';
import { addPerson, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, BROADCAST_TEST_ENV } from '../helpers/broadcast-harness.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

/**
 * One bulk pace per channel: a broadcast and a poll sent at the same time share
 * TELEGRAM_BULK_RATE (before, each had its own pacer and together they reached twice the cap).
 * The proxy plays Telegram: more than PROXY_LIMIT sends in any second → HTTP 429.
 */
const CAP = 20;
const PROXY_LIMIT = 25;
const EACH = 120;

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let fake: FakeTelegram;
let proxy: Awaited<ReturnType<typeof rateLimitProxy>>;
let workers: WorkersHandle;
const config = testConfig({ ...BROADCAST_TEST_ENV, TELEGRAM_BULK_RATE: String(CAP), BROADCAST_PROGRESS_SECONDS: '30' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 2, 1);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '4500000001' });
  fake = await startFakeTelegram();
  proxy = await rateLimitProxy(fake.url, PROXY_LIMIT, author.accountId);
  const telegram = createTelegramAdapter({ token: fake.token, apiRoot: proxy.url, logger: silentLogger, requestTimeoutSeconds: 5 });
  workers = await startWorkers({
    db: t.db,
    config,
    redisUrl: testRedisUrl(),
    channels: { telegram },
    logger: silentLogger,
    prefix: testQueuePrefix(),
    plugins: defaultPlugins(),
  });
});
afterAll(async () => {
  await workers?.stop();
  await proxy?.close();
  await fake?.close();
  await t?.close();
});

describe('one bulk pace per channel', () => {
  it('a broadcast and a poll at once stay within the cap together: 0 × 429, every recipient once', async () => {
    await seedPeople(t.db, [tree.communes[0]!], EACH, { channel: 'telegram', firstExternalId: 4_510_000_000 });
    await seedPeople(t.db, [tree.communes[1]!], EACH, { channel: 'telegram', firstExternalId: 4_520_000_000 });
    const t0 = performance.now();
    const now = new Date();
    const b = await createAs(t.db, author, draft(tree.communes[0]!.id), { ...broadcastSettings(config), approvalThreshold: Number.MAX_SAFE_INTEGER }, now);
    const poll = await t.db.transaction((tx) =>
      createPoll(
        tx,
        config,
        { id: author.id, unitId: tree.root.id },
        {
          question: 'Đồng chí theo dõi tin qua đâu?',
          options: ['Báo in', 'Mạng xã hội'],
          multi: false,
          anonymous: true,
          closesAt: new Date(now.getTime() + 3 * 3600_000),
          unitId: tree.communes[1]!.id,
          filters: {},
        },
        now,
      ),
    );
    if (!poll.ok) throw new Error(poll.code);
    workers.relay.poke();
    const delivered = async () => {
      const [bd] = await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sends)
        .where(and(eq(sends.broadcastId, b.id), eq(sends.state, 'sent')));
      const [ps] = await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sends)
        .where(and(eq(sends.purpose, `survey-${poll.pollId}-invite`), eq(sends.state, 'sent')));
      return { broadcast: bd!.n, poll: ps!.n };
    };
    // Both are under way together (neither finished before the other started).
    const mid = await waitFor(delivered, { until: (d) => d.broadcast > 0 && d.poll > 0, timeout: 30_000, what: 'both sending' });
    expect(mid.broadcast).toBeLessThan(EACH);
    expect(mid.poll).toBeLessThan(EACH);
    await waitFor(delivered, { until: (d) => d.broadcast === EACH && d.poll === EACH, timeout: 60_000, what: 'both delivered' });
    const seconds = (performance.now() - t0) / 1000;
    expect(proxy.rejected).toBe(0);
    expect(proxy.sends).toBe(2 * EACH);
    // 2 × EACH sends at CAP/s take at least (2 × EACH − 1) / CAP seconds; two pacers took half that.
    expect((2 * EACH) / seconds).toBeLessThanOrEqual(CAP * 1.05);
  });
});
