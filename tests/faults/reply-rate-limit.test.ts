import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUsers, ZALO_ID_BASE } from '../../bench/lib/seed-users.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { postZaloWebhook, zaloEvents } from '../helpers/fake-zalo-webhook.js';
import { spawnReady, type Child } from './lib/processes.js';
import { report } from './lib/verdict.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 12 item 1: "webhook answered within 2 s while the platform API is rate-limiting". The
 * whole bot in its own process, Zalo OA by signed webhook, 30 registered collaborators writing
 * at once while every send is refused with -32 (4,000 requests/min exceeded) for a while. Zalo
 * wants HTTP 200 within 2 s and does not retry a 5xx; before the fix the route slept on the
 * rate limit inside the request and answered 503 for updates already committed.
 */
const OA_KEY = 'fault-oa-key';
const USERS = 30;
let t: TestDatabase;
let zalo: FakeZalo;
let bot: Child;

beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('the fault suite needs a real Postgres');
  await seedUsers(t.db, { telegram: 0, zalo: USERS });
  zalo = await startFakeZalo();
  const pair = zalo.issuePair();
  bot = await spawnReady(new URL('./lib/main-child.ts', import.meta.url), {
    DATABASE_URL: t.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    ZALO_MODE: 'oa',
    ZALO_APP_ID: zalo.appId,
    ZALO_APP_SECRET: zalo.appSecret,
    ZALO_OA_SECRET_KEY: OA_KEY,
    ZALO_ACCESS_TOKEN: pair.accessToken,
    ZALO_REFRESH_TOKEN: pair.refreshToken,
    ZALO_API_ROOT: zalo.url,
    ZALO_OAUTH_ROOT: zalo.url,
    SANDBOX: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    FLOOD_BURST: '1000',
  });
});
afterAll(async () => {
  await bot?.kill('SIGTERM');
  await zalo?.close();
  await t?.close();
});

describe('webhook answered within 2 s while the platform API is rate-limiting', () => {
  it('every webhook is answered 200 at once; every reply arrives once the limit lifts', async () => {
    const users = Array.from({ length: USERS + 1 }, (_, i) => String(ZALO_ID_BASE + i));
    const webhook = `http://127.0.0.1:${bot.ready}/zalo/webhook`;
    // One warm-up exchange (a running server is warm), then every send refused once: Zalo asks for 60 s.
    const warm = users.shift()!;
    await postZaloWebhook(webhook, zaloEvents.text(zalo.appId, warm, '/help'), { appId: zalo.appId, oaSecretKey: OA_KEY });
    await waitFor(() => zalo.messages.some((m) => m.userId === warm), { timeout: 10_000, what: 'the warm-up reply' });
    const started = Date.now();
    zalo.failNext('*', -32, USERS);
    // Five at a time, as a busy OA sees them.
    const answers: { status: number; ms: number }[] = [];
    for (let i = 0; i < users.length; i += 5) {
      answers.push(
        ...(await Promise.all(
          users.slice(i, i + 5).map(async (u) => {
            const t0 = performance.now();
            const res = await postZaloWebhook(webhook, zaloEvents.text(zalo.appId, u, '/help'), { appId: zalo.appId, oaSecretKey: OA_KEY });
            return { status: res.status, ms: performance.now() - t0 };
          }),
        )),
      );
    }
    const replies = (u: string) => zalo.messages.filter((m) => m.userId === u).length;
    const allAnswered = await waitFor(() => users.every((u) => replies(u) >= 1), { timeout: 120_000, interval: 50 }).then(
      () => true,
      () => false,
    );
    // Late duplicates would show up here.
    await new Promise((r) => setTimeout(r, 500));
    const slowest = Math.max(...answers.map((a) => a.ms));
    const lost = users.filter((u) => replies(u) === 0).length;
    const duplicated = users.reduce((n, u) => n + Math.max(0, replies(u) - 1), 0);
    report({
      scenario: `${USERS} Zalo OA webhooks at once while the sends are refused -32 (rate limit, retry in 60 s)`,
      sent: USERS,
      lost,
      duplicated,
      duplicateBound: 0,
      recoveredSeconds: (Date.now() - started) / 1000,
      notes: `webhook answers ${[...new Set(answers.map((a) => a.status))].join('/')}, slowest ${slowest.toFixed(0)} ms`,
    });
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(slowest).toBeLessThan(2_000);
    expect(allAnswered).toBe(true);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
  });
});
