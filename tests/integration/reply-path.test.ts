import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bot/main.js';
import { pendingReplies } from '../../core/delivery/replies.js';
import { replies } from '../../db/schema/index.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, updates, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 12 item 1 over real HTTP: the whole bot (bot/main.ts) in Telegram webhook mode against a
 * fake Bot API that rate-limits or fails. The webhook is answered at commit, never waiting for
 * the platform; the reply arrives afterwards, in order per person, and survives a restart.
 * Before: the route waited for the send (5 s sleeps on 429) and a reply that failed three quick
 * attempts was dropped ("reply delivery failed after commit").
 */
const SECRET = 'reply-path-secret-0123';
let t: TestDatabase;
let tg: FakeTelegram;
let dataDir: string;

const env = () => ({
  DATABASE_URL: t.url ?? '',
  DATA_DIR: dataDir,
  REDIS_URL: testRedisUrl(),
  QUEUE_PREFIX: testQueuePrefix(),
  TELEGRAM_BOT_TOKEN: tg.token,
  TELEGRAM_API_ROOT: tg.url,
  PUBLIC_URL: 'https://dlxh.example.vn',
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  METRICS_TOKEN: 'metrics-token-0123456789',
  SANDBOX: 'off',
  PORT: '0',
  LOG_LEVEL: 'silent',
  FLOOD_BURST: '1000',
});

beforeAll(async () => {
  t = await createTestDatabase();
  tg = await startFakeTelegram();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-replies-'));
});
afterAll(async () => {
  await tg?.close();
  await t?.close();
});

let updateId = 1;
async function post(port: number, update: Record<string, unknown>): Promise<{ status: number }> {
  const res = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify({ update_id: updateId++, ...update }),
  });
  await res.arrayBuffer();
  return { status: res.status };
}
async function scrape(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${env().METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}
/** A sample's value in the exposition text; 0 when the series is absent (a counter never incremented). */
function metric(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
const texts = (chat: string) => tg.messages.filter((m) => m.chatId === chat).map((m) => m.text);

describe('replies leave after the webhook is answered, durably', () => {
  it('answers at commit while the Bot API rate-limits; the replies follow in order', async () => {
    const sys = await main(env(), { database: t });
    try {
      const chat = '610000001';
      // 429 with retry_after 3 s, twice: longer than the drain waits in memory, so the reply goes back to the table.
      tg.failNext(chat, 'rate_limited', { times: 2, retryAfter: 3 });
      const answers = [];
      for (const text of ['/start', '/help', '/khongco']) answers.push(await post(sys.port, updates.text(chat, text)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      // Answered while no reply could go yet (the old route slept on the 429 inside the request).
      expect(texts(chat)).toHaveLength(0);
      // /metrics shows the reply path: replies waiting (tried, rate-limited), the attempts retried.
      await waitFor(async () => metric(await scrape(sys.port), 'dlxh_reply_backlog{state="retrying"}') >= 1, { timeout: 10_000 });
      const during = await scrape(sys.port);
      expect(metric(during, 'dlxh_reply_backlog{state="waiting"}')).toBe(3);
      expect(metric(during, 'dlxh_replies_total{outcome="retried"}')).toBeGreaterThanOrEqual(1);
      expect(metric(during, 'dlxh_reply_oldest_seconds')).toBeGreaterThan(0);
      await waitFor(() => texts(chat).length >= 3, { timeout: 20_000 });
      const got = texts(chat);
      expect(got[0]).toContain('mã mời');
      expect(got[1]).toContain('/help');
      expect(got[2]).toContain('/khongco');
      await waitFor(async () => (await pendingReplies(t.db)) === 0);
      const after = await scrape(sys.port);
      expect(metric(after, 'dlxh_replies_total{outcome="sent"}')).toBe(3);
      expect(metric(after, 'dlxh_reply_backlog{state="waiting"}')).toBe(0);
      expect(metric(after, 'dlxh_replies_total{outcome="dropped"}')).toBe(0);
    } finally {
      await sys.stop();
    }
  });

  it('a reply the platform keeps refusing with 5xx waits in the table across a restart and is sent after it', async () => {
    const chat = '610000002';
    tg.failNext(chat, 'server_error', { times: 1_000 });
    const first = await main(env(), { database: t });
    try {
      const a = await post(first.port, updates.text(chat, '/start'));
      expect(a.status).toBe(200);
      await waitFor(async () => ((await t.db.select().from(replies))[0]?.attempts ?? 0) >= 2, { timeout: 10_000 });
    } finally {
      await first.stop();
    }
    const [left] = await t.db.select().from(replies);
    expect(left).toMatchObject({ accountKey: `telegram:${chat}`, sent: 0, leaseUntil: null });
    expect(texts(chat)).toHaveLength(0);

    tg.clearFailures();
    const second = await main(env(), { database: t });
    try {
      await waitFor(() => texts(chat).length >= 1, { timeout: 20_000 });
      expect(texts(chat)[0]).toContain('mã mời');
      await waitFor(async () => (await pendingReplies(t.db)) === 0);
      expect(texts(chat)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});
