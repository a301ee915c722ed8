import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import type { ChannelRegistry } from '../../core/kernel/channel.js';
import type { Config } from '../../core/platform/config.js';
import { testConfig } from './config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import { broadcastSettings, createBroadcast, type BroadcastDraft, type BroadcastSettings } from '../../core/broadcasts/broadcast.js';
import type { Db } from '../../db/client.js';
import { broadcasts } from '../../db/schema/index.js';
import { createQueueSet, type QueueSet } from '../../workers/queues.js';
import { createRelay, type Relay } from '../../workers/relay.js';
import { startBroadcastWorkers, type BroadcastWorkers } from '../../workers/jobs/broadcasts/workers.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { testQueuePrefix, testRedisUrl } from './db.js';
import { createBulkPacer } from '../../core/delivery/pace.js';
import { mediaPlugin } from '../../workers/jobs/media/fetch.js';

export interface HarnessOptions {
  db: Db;
  redisUrl: string;
  env?: Record<string, string>;
  /** Extra adapters (recording channels for zalo / sandbox). */
  channels?: ChannelRegistry;
  settings?: Partial<BroadcastSettings>;
  monitor?: boolean;
  prefix?: string;
  fake?: FakeTelegram;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  logger?: Logger;
}

export interface Harness {
  config: Config;
  settings: BroadcastSettings;
  fake: FakeTelegram;
  telegram: TelegramAdapter;
  channels: ChannelRegistry;
  prefix: string;
  queues: QueueSet;
  relay: Relay;
  workers: BroadcastWorkers;
  producer: Redis;
  stop(): Promise<void>;
}

/** What broadcast tests run with: no quiet hours (tests run at any hour), fast progress, high cap. */
export const BROADCAST_TEST_ENV: Record<string, string> = {
  QUIET_HOURS: '',
  TELEGRAM_BULK_RATE: '5000',
  BROADCAST_PROGRESS_SECONDS: '0.2',
  BROADCAST_APPROVAL_THRESHOLD: '1000000',
  OUTBOX_POLL_MS: '20',
};

/**
 * The broadcast pipeline against real Postgres and Redis and a local fake Bot API: outbox
 * relay, control worker, per-channel send workers, monitor — what workers/start.ts runs.
 */
export async function startHarness(o: HarnessOptions): Promise<Harness> {
  const config = testConfig({ ...BROADCAST_TEST_ENV, ...o.env });
  const settings = { ...broadcastSettings(config), ...o.settings };
  const fake = o.fake ?? (await startFakeTelegram());
  const telegram = createTelegramAdapter({ token: fake.token, apiRoot: fake.url, logger: silentLogger, requestTimeoutSeconds: 5 });
  const channels: ChannelRegistry = { telegram, ...o.channels };
  const prefix = o.prefix ?? testQueuePrefix();
  const producer = new Redis(o.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const consumer = new Redis(o.redisUrl, { maxRetriesPerRequest: null });
  producer.on('error', () => {});
  consumer.on('error', () => {});
  const queues = createQueueSet({ connection: producer, prefix, names: [] });
  const relay = createRelay({ db: o.db, queues, logger: silentLogger, intervalMs: 20 });
  const workers = startBroadcastWorkers({
    db: o.db,
    config,
    settings,
    channels,
    t: createI18n().t,
    logger: o.logger ?? silentLogger,
    queues,
    connection: consumer,
    rateRedis: producer,
    prefix,
    afterCommit: () => relay.poke(),
    monitor: o.monitor,
    lockDurationMs: o.lockDurationMs,
    stalledIntervalMs: o.stalledIntervalMs,
  });
  relay.start();
  return {
    config,
    settings,
    fake,
    telegram,
    channels,
    prefix,
    queues,
    relay,
    workers,
    producer,
    async stop() {
      await workers.stop();
      await relay.stop();
      await queues.close();
      producer.disconnect();
      consumer.disconnect();
      if (!o.fake) await fake.close();
    },
  };
}

export function draft(unitId: string, over: Partial<BroadcastDraft> = {}): BroadcastDraft {
  return { title: 'Thông tin về kỳ họp', body: 'Nội dung định hướng.\n\nĐoạn thứ hai.', unitId, filters: {}, requireAck: false, urgent: true, ...over };
}

/** Creates a broadcast as `author` (an official) in one transaction, as the compose flow does. */
export async function createAs(db: Db, author: { id: string; unitId: string }, d: BroadcastDraft, settings: BroadcastSettings, now = new Date()) {
  return db.transaction((tx) => createBroadcast(tx, author, d, settings, now));
}

export async function statusOf(db: Db, id: string) {
  const [b] = await db.select().from(broadcasts).where(eq(broadcasts.id, id));
  return b!;
}

/** The media worker (workers/jobs/media/fetch.ts) beside the harness, started when a test says so; returns its stop. */
export async function startMediaWorker(db: Db, h: Harness): Promise<() => Promise<void>> {
  const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  const plugin = await mediaPlugin({
    db,
    config: h.config,
    channels: h.channels,
    logger: silentLogger,
    prefix: h.prefix,
    connection,
    producer: h.producer,
    queues: h.queues,
    t: createI18n().t,
    afterCommit: () => h.relay.poke(),
    pacer: createBulkPacer(h.producer, h.prefix, {}),
  });
  return async () => {
    await plugin.stop();
    connection.disconnect();
  };
}
