import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { createMetrics, outboxDepthOf, queueDepthsOf, type Metrics } from '../../core/platform/metrics.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { enqueue } from '../../core/platform/outbox.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import type { Flow } from '../../bot/engine/types.js';
import { createHttpApp } from '../../bot/http/app.js';
import { databaseReady, redisReady } from '../../bot/http/health.js';
import { createMetricsRoute } from '../../bot/http/metrics.js';
import { createIntake } from '../../bot/engine/intake.js';
import { loadConfig } from '../../core/platform/config.js';
import { startWorkers } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../../testkit/services.js';

/** A two-step flow: /ask starts it, any text completes it. */
const ask: Flow<{ n: number }> = {
  name: 'ask',
  resumable: false,
  start: () => ({ state: { n: 0 }, replies: [{ text: 'Câu hỏi?' }] }),
  step: (_s, input) => (input.type === 'text' ? { state: null, replies: [{ text: 'Xong' }] } : { state: { n: 0 }, replies: [] }),
};

let db: TestDatabase;
let metrics: Metrics;
let redis: Redis;
let seq = 0;
const msg = (text: string, updateKey = `m${++seq}`): InboundMessage => ({
  channel: 'sandbox',
  accountId: 'm1',
  updateKey,
  receivedAt: new Date(),
  payload: { type: 'text', text },
});

beforeAll(async () => {
  db = await createTestDatabase();
  const [u] = await db.db.insert(units).values({ code: 'M', name: 'Xã M', path: '/' }).returning();
  const [p] = await db.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: u!.id }).returning();
  await db.db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: 'm1' });
  metrics = createMetrics();
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
});
afterAll(async () => {
  redis.disconnect();
  await db.close();
});

const scrape = async (app: ReturnType<typeof createHttpApp>, headers: Record<string, string> = {}) => (await app.request('/metrics', { headers })).text();
const value = (body: string, series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(body)?.[1] ?? NaN);

describe('/metrics', () => {
  it('counts updates by outcome, flow completions and cancellations, and reads outbox and queue depths at scrape time', async () => {
    const intake = createIntake({
      db: db.db,
      features: [{ name: 'm', flows: [ask], commands: [{ names: ['ask'], flow: 'ask' }] }],
      t: createI18n().t,
      logger: silentLogger,
      maxTextLength: 4000,
      defaultLocale: 'vi',
      metrics,
      deliver: async () => {},
    });
    await intake.handle(msg('/ask'));
    await intake.handle(msg('trả lời'));
    await intake.handle(msg('/ask'));
    await intake.handle(msg('/huy'));
    await intake.handle(msg('lặp', 'm1')); // a redelivery of the first update
    await db.db.transaction((tx) => enqueue(tx, { queue: 'alerts', name: 'x', payload: { id: 1 }, jobId: 'metrics-test-1' }));
    const prefix = testQueuePrefix();
    const queue = new Queue('send-bulk-telegram', { connection: redis, prefix });
    await queue.add('send', { sendId: 1 });
    await queue.add('send', { sendId: 2 }, { delay: 60_000 });
    metrics.watch({ outboxDepth: outboxDepthOf(db.db), queueDepths: queueDepthsOf(() => [queue]) });

    const app = createHttpApp({ mounts: [{ path: '/metrics', app: createMetricsRoute({ registry: metrics.registry }) }], readiness: {}, logger: silentLogger });
    const body = await scrape(app);
    expect(value(body, 'dlxh_updates_total{channel="sandbox",outcome="applied"}')).toBe(4);
    expect(value(body, 'dlxh_updates_total{channel="sandbox",outcome="duplicate"}')).toBe(1);
    expect(value(body, 'dlxh_flow_ends_total{flow="ask",how="completed"}')).toBe(1);
    expect(value(body, 'dlxh_flow_ends_total{flow="ask",how="cancelled"}')).toBe(1);
    expect(value(body, 'dlxh_intake_duration_seconds_count{channel="sandbox"}')).toBe(4);
    expect(value(body, 'dlxh_outbox_depth')).toBe(1);
    expect(value(body, 'dlxh_queue_depth{queue="send-bulk-telegram",state="waiting"}')).toBe(1);
    expect(value(body, 'dlxh_queue_depth{queue="send-bulk-telegram",state="delayed"}')).toBe(1);
    expect(body).toContain('dlxh_process_resident_memory_bytes');
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('counts sends, broadcast deliveries and escalations from the outcomes real workers return', async () => {
    const prefix = testQueuePrefix();
    const outcomes: Record<string, string> = { 'send-interactive-zalo': 'sent', 'send-broadcast-telegram': 'waiting_window', alerts: 'entered' };
    const done: Promise<void>[] = [];
    const workers = Object.entries(outcomes).map(([name, outcome]) => {
      const w = new Worker(name, async () => outcome, { connection: redis, prefix });
      metrics.instrument(w);
      done.push(new Promise((r) => w.once('completed', () => r())));
      return w;
    });
    const queues = Object.keys(outcomes).map((name) => new Queue(name, { connection: redis, prefix }));
    await queues[0]!.add('send', { sendId: 3 });
    await queues[1]!.add('send', { sendId: 4 });
    await queues[2]!.add('hotspot-deadline', { hotSpotId: 'x', step: 1 });
    await Promise.all(done);
    const body = await metrics.registry.metrics();
    expect(value(body, 'dlxh_sends_total{channel="zalo",lane="interactive",status="sent"}')).toBe(1);
    expect(value(body, 'dlxh_broadcast_sends_total{channel="telegram",status="waiting_window"}')).toBe(1);
    expect(value(body, 'dlxh_sends_total{channel="telegram",lane="broadcast",status="waiting_window"}')).toBe(1);
    expect(value(body, 'dlxh_escalations_total{level="1",outcome="entered"}')).toBe(1);
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all(queues.map(async (q) => (await q.obliterate({ force: true }), await q.close())));
  });

  it('the worker process reports outbox and queue depths and counts job outcomes once given the metrics', async () => {
    const m = createMetrics({ defaultMetrics: false });
    const workers = await startWorkers({
      db: db.db,
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      redisUrl: testRedisUrl(),
      channels: {},
      logger: silentLogger,
      prefix: testQueuePrefix(),
      metrics: m,
    });
    try {
      const page = await m.registry.metrics();
      expect(page).toMatch(/^dlxh_outbox_depth \d+$/m);
      expect(page).toMatch(/^dlxh_queue_depth\{queue="alerts",state="waiting"\} 0$/m);
    } finally {
      await workers.stop();
    }
  });

  it('asks for the bearer token when one is configured', async () => {
    const app = createHttpApp({
      mounts: [{ path: '/metrics', app: createMetricsRoute({ registry: metrics.registry, token: 's3cret' }) }],
      readiness: {},
      logger: silentLogger,
    });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect(await scrape(app, { authorization: 'Bearer s3cret' })).toContain('dlxh_updates_total');
  });
});

describe('/readyz', () => {
  it('is ready only when both Postgres and Redis answer', async () => {
    const dead = new Redis(`redis://127.0.0.1:${await freePort()}`, { enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    dead.on('error', () => {});
    const ready = (client: { ping(): Promise<string> }) =>
      createHttpApp({ mounts: [], readiness: { database: databaseReady(db.db), redis: redisReady(client) }, logger: silentLogger }).request('/readyz');
    const up = await ready(redis);
    expect(up.status).toBe(200);
    const down = await ready(dead);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, checks: { database: true, redis: false } });
    dead.disconnect();
  });
});
