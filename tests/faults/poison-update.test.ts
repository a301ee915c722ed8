import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUsers, TELEGRAM_ID_BASE, ZALO_ID_BASE } from '../../bench/lib/seed-users.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, updates, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { postZaloWebhook, zaloEvents } from '../helpers/fake-zalo-webhook.js';
import { spawnReady, type Child } from './lib/processes.js';
import { report } from './lib/verdict.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 11 item 6 / issue 12: "a poison update does not stall the channel". The whole bot in its
 * own process, Telegram by long polling and Zalo OA by signed webhook, registered
 * collaborators. Two of them answer the quick report's first question with text holding
 * U+0000 (a paste from a PDF does that), which the draft (jsonb) cannot store; others callback
 * data with U+0000 and a lone surrogate. Before the fix the Telegram one held every user behind
 * it for ~10 minutes of retries, and the Zalo one was answered 500 — lost, Zalo does not retry.
 */
const OA_KEY = 'fault-oa-key';
const POISON = 'Ý kiến\u0000 nhân dân về giá điện';
let t: TestDatabase;
let tg: FakeTelegram;
let zalo: FakeZalo;
let bot: Child;

beforeAll(async () => {
  t = await createTestDatabase();
  if (!t.url) throw new Error('the fault suite needs a real Postgres');
  await seedUsers(t.db, { telegram: 20, zalo: 1 });
  tg = await startFakeTelegram();
  zalo = await startFakeZalo();
  const pair = zalo.issuePair();
  bot = await spawnReady(new URL('./lib/main-child.ts', import.meta.url), {
    DATABASE_URL: t.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.url,
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
    OUTBOX_POLL_MS: '50',
  });
});
afterAll(async () => {
  await bot?.kill('SIGTERM');
  await tg?.close();
  await zalo?.close();
  await t?.close();
});

describe('a poison update does not stall the channel', () => {
  it('every user is answered within seconds; the poison is stored clean, not retried for minutes or lost', async () => {
    const started = Date.now();
    const users = Array.from({ length: 20 }, (_, i) => String(TELEGRAM_ID_BASE + i));
    const [poisoned, clicker, surrogate] = users as [string, string, string];
    // The poison goes first, so everything else queues behind it.
    tg.pushUpdate(updates.text(poisoned, '/nhanh'));
    tg.pushUpdate(updates.text(poisoned, POISON));
    tg.pushUpdate(updates.callback(clicker, 'c:1\u0000'));
    tg.pushUpdate(updates.text(surrogate, '/nhanh'));
    tg.pushUpdate(updates.text(surrogate, 'Tập trung \uD800 đông người'));
    for (const u of users.slice(3)) tg.pushUpdate(updates.text(u, 'Xin chào'));

    const zaloUser = String(ZALO_ID_BASE);
    const webhook = `http://127.0.0.1:${bot.ready}/zalo/webhook`;
    const statuses: number[] = [];
    for (const text of ['/nhanh', POISON]) {
      statuses.push((await postZaloWebhook(webhook, zaloEvents.text(zalo.appId, zaloUser, text), { appId: zalo.appId, oaSecretKey: OA_KEY })).status);
    }

    const replies = (chat: string) => tg.messages.filter((m) => m.chatId === chat).length;
    const expected = (u: string) => (u === poisoned || u === surrogate ? 2 : u === clicker ? 0 : 1);
    const allAnswered = await waitFor(() => users.every((u) => replies(u) >= expected(u)) && tg.pendingUpdates() === 0, { timeout: 60_000, interval: 50 }).then(
      () => true,
      () => false,
    );
    const zaloAnswered = await waitFor(() => zalo.messages.filter((m) => m.userId === zaloUser).length >= 2, { timeout: 30_000, interval: 50 }).then(
      () => true,
      () => false,
    );
    const seconds = (Date.now() - started) / 1000;
    const lost = users.filter((u) => replies(u) < expected(u)).length + (zaloAnswered ? 0 : 1);
    report({
      scenario: 'poison updates (U+0000, lone surrogate) among 20 Telegram long-polling collaborators and a Zalo OA webhook',
      sent: users.length + 3 + 2,
      lost,
      duplicated: 0,
      duplicateBound: 0,
      recoveredSeconds: seconds,
      notes: `Zalo webhook answers ${statuses.join('/')}`,
    });
    expect(statuses).toEqual([200, 200]);
    expect(allAnswered).toBe(true);
    expect(zaloAnswered).toBe(true);
    expect(lost).toBe(0);
    expect(seconds).toBeLessThan(30);
  });
});
