import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { broadcasts } from '../db/schema/index.js';
import { broadcastSettings, createBroadcast } from '../core/broadcasts/broadcast.js';
import { laneQueueName } from '../core/delivery/sends.js';
import { loadConfig } from '../core/platform/config.js';
import { startFakeTelegram, type FakeTelegram } from '../testkit/fake-telegram.js';
import { portAnswers, startPrivateRedis } from '../testkit/services.js';
import { benchDatabase, type BenchDb } from '../testkit/broadcast-bench-db.js';
import { rateLimitProxy } from '../testkit/broadcast-rate-proxy.js';
import { addPerson, seedPeople, seedProvince, type PersonRef, type Province } from '../testkit/seed.js';
import { spawnWorker, type WorkerChild } from '../testkit/broadcast-spawn.js';
import { mixedCase, type MixedResult } from './broadcast-mixed.js';
import { until } from './lib/until.js';

/**
 * Broadcast benchmark (DESIGN §7), against a local fake Bot API that counts what it receives:
 *  (a) 100,000 recipients prepared — delivery rows written and send jobs enqueued — ≤ 10 s;
 *  (b) cap lifted: ≥ 1,000 sends/s, 0 duplicates;
 *  (c) cap 25/s for 60 s: within ±5 %, 0 HTTP 429 (a proxy plays Telegram's ~30/s limit);
 *  (d) peak RSS of the worker process (relay + fan-out + senders + monitor) ≤ 250 MB.
 * The pipeline runs in a child process (testkit/broadcast-worker-child.ts); this process
 * seeds, creates the broadcast, hosts the fake API and measures. Own database and queue prefix.
 */
export interface BroadcastBenchResult {
  recipients: number;
  prepareSeconds: number;
  liftedSendsPerSecond: number;
  duplicates: number;
  cappedRate: number;
  cappedRatePerSecond: number;
  capped429: number;
  /** (e) absent when the mixed case was not run (mixedSeconds 0). */
  mixed?: MixedResult;
  peakRssMb: number;
}

export interface BroadcastBenchOptions {
  recipients?: number;
  cappedSeconds?: number;
  cappedRate?: number;
  /** (e) broadcast + poll at once, measured for this long; 0 skips the case. */
  mixedSeconds?: number;
  mixedPollRecipients?: number;
}

const TELEGRAM_LIMIT_PER_SECOND = 30;
/**
 * The worker process runs with a V8 heap ceiling, as it should in production
 * (NODE_OPTIONS=--max-old-space-size=160): without one V8 lets garbage pile up to ~300 MB before
 * collecting (the live heap stays ~40–60 MB); with it, a process holding the audience in memory
 * would die here instead of passing.
 */
export const WORKER_NODE_ARGS = '--max-old-space-size=160';

export async function runBroadcastBench(o: BroadcastBenchOptions = {}): Promise<BroadcastBenchResult> {
  const n = o.recipients ?? 100_000;
  const capSeconds = o.cappedSeconds ?? 60;
  const cap = o.cappedRate ?? 25;
  process.env.BROADCAST_CHILD_NODE_ARGS ??= WORKER_NODE_ARGS;
  const store = await benchDatabase();
  const redis = await benchRedis();
  const fake = await startFakeTelegram({ record: false });
  const prefix = `bb${randomBytes(3).toString('hex')}`;
  const env = {
    DATABASE_URL: store.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    TELEGRAM_BOT_TOKEN: fake.token,
    QUIET_HOURS: '',
    BROADCAST_PROGRESS_SECONDS: '2',
    OUTBOX_POLL_MS: '50',
  };
  const children: WorkerChild[] = [];
  try {
    const tree = await seedProvince(store.db, 10, 10);
    const author = await addPerson(store.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '5999999999' });
    await seedPeople(store.db, tree.communes, n - 1, { channel: 'telegram', firstExternalId: 5_000_000_000 });
    // A real audience is not inserted seconds before it is addressed: give the planner its statistics.
    await store.db.execute(sql`analyze`);
    const lifted = await spawnWorker({ ...env, TELEGRAM_API_ROOT: fake.url, TELEGRAM_BULK_RATE: '1000000' });
    children.push(lifted);
    const a = await prepareAndSend(store, redis.url, prefix, fake, tree, author, n);
    const peakRssMb = lifted.peakRssMb();
    await lifted.kill('SIGTERM');
    const c = await capped(store, { ...env, QUEUE_PREFIX: `${prefix}c` }, fake, tree, author, cap, capSeconds, children);
    const mixedSeconds = o.mixedSeconds ?? capSeconds;
    const mixed =
      mixedSeconds > 0
        ? await mixedCase(store, { ...env, QUEUE_PREFIX: `${prefix}m` }, fake, tree, author, {
            cap,
            seconds: mixedSeconds,
            pollRecipients: o.mixedPollRecipients ?? 5_000,
            proxyLimit: TELEGRAM_LIMIT_PER_SECOND,
            children,
          })
        : undefined;
    return { recipients: n, ...a, ...c, cappedRate: cap, peakRssMb, mixed };
  } finally {
    for (const c of children) await c.kill('SIGTERM');
    await fake.close();
    await store.drop();
    await redis.stop();
  }
}

/**
 * (e) alone (`npm run bench -- broadcast-mixed`): the same audience and worker process as the
 * full bench, without (a)–(d), to check the mixed load's 429 count in a few minutes.
 */
export async function runMixedBench(o: { recipients: number; seconds: number; pollRecipients: number; cap?: number }): Promise<MixedResult> {
  const cap = o.cap ?? 25;
  process.env.BROADCAST_CHILD_NODE_ARGS ??= WORKER_NODE_ARGS;
  const store = await benchDatabase();
  const redis = await benchRedis();
  const fake = await startFakeTelegram({ record: false });
  const env = {
    DATABASE_URL: store.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `bm${randomBytes(3).toString('hex')}`,
    TELEGRAM_BOT_TOKEN: fake.token,
    QUIET_HOURS: '',
    BROADCAST_PROGRESS_SECONDS: '2',
    OUTBOX_POLL_MS: '50',
  };
  const children: WorkerChild[] = [];
  try {
    const tree = await seedProvince(store.db, 10, 10);
    const author = await addPerson(store.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '5999999999' });
    await seedPeople(store.db, tree.communes, o.recipients - 1, { channel: 'telegram', firstExternalId: 5_000_000_000 });
    await store.db.execute(sql`analyze`);
    return await mixedCase(store, env, fake, tree, author, {
      cap,
      seconds: o.seconds,
      pollRecipients: o.pollRecipients,
      proxyLimit: TELEGRAM_LIMIT_PER_SECOND,
      children,
    });
  } finally {
    for (const c of children) await c.kill('SIGTERM');
    await fake.close();
    await store.drop();
    await redis.stop();
  }
}

async function prepareAndSend(store: BenchDb, redisUrl: string, prefix: string, fake: FakeTelegram, tree: Province, author: PersonRef, n: number) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(laneQueueName('broadcast', 'telegram'), { connection, prefix });
  try {
    await queue.pause();
    const settings = { ...broadcastSettings(loadConfig({ QUIET_HOURS: '' })), approvalThreshold: Number.MAX_SAFE_INTEGER };
    const t0 = performance.now();
    const b = await store.db.transaction((tx) =>
      createBroadcast(
        tx,
        author,
        {
          title: 'Bench',
          body: 'Nội dung định hướng.',
          unitId: tree.root.id,
          filters: {},
          requireAck: true,
          ackDeadline: new Date(Date.now() + 86_400_000),
          urgent: true,
        },
        settings,
        new Date(),
      ),
    );
    await until(async () => {
      const [row] = await store.db.select({ done: broadcasts.fanoutDone }).from(broadcasts).where(eq(broadcasts.id, b.id));
      return !!row?.done && (await queue.getWaitingCount()) >= n;
    }, 120_000);
    const prepareSeconds = (performance.now() - t0) / 1000;
    const t2 = performance.now();
    await queue.resume();
    await until(async () => fake.totalSends >= n, 600_000);
    const liftedSendsPerSecond = n / ((performance.now() - t2) / 1000);
    await new Promise((r) => setTimeout(r, 1000));
    // The author's chat also gets the progress message: only recipients' chats count.
    const duplicates = [...fake.sendsPerChat].reduce((s, [chat, c]) => s + (chat === author.accountId ? 0 : Math.max(0, c - 1)), 0);
    return { prepareSeconds, liftedSendsPerSecond, duplicates };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

async function capped(
  store: BenchDb,
  env: Record<string, string>,
  fake: FakeTelegram,
  tree: Province,
  author: PersonRef,
  cap: number,
  seconds: number,
  children: WorkerChild[],
) {
  const proxy = await rateLimitProxy(fake.url, TELEGRAM_LIMIT_PER_SECOND, author.accountId);
  try {
    const child = await spawnWorker({ ...env, TELEGRAM_API_ROOT: proxy.url, TELEGRAM_BULK_RATE: String(cap) });
    children.push(child);
    const settings = { ...broadcastSettings(loadConfig({ QUIET_HOURS: '', TELEGRAM_BULK_RATE: String(cap) })), approvalThreshold: Number.MAX_SAFE_INTEGER };
    const unit = tree.districts[0]!;
    const b = await store.db.transaction((tx) =>
      createBroadcast(
        tx,
        author,
        { title: 'Bench 25/s', body: 'Nội dung.', unitId: unit.id, filters: {}, requireAck: false, urgent: true },
        settings,
        new Date(),
      ),
    );
    await until(async () => proxy.sends > 0, 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    const from = proxy.sends;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    // Divided by the time that really passed (a timer may fire late on a busy machine).
    const cappedRatePerSecond = (proxy.sends - from) / ((performance.now() - t0) / 1000);
    await store.db.update(broadcasts).set({ status: 'cancelled' }).where(eq(broadcasts.id, b.id));
    await child.kill('SIGTERM');
    return { cappedRatePerSecond, capped429: proxy.rejected };
  } finally {
    await proxy.close();
  }
}

async function benchRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  if (await portAnswers('127.0.0.1', 6379)) return { url: 'redis://127.0.0.1:6379', stop: async () => {} };
  return startPrivateRedis();
}

export function printBroadcastBench(r: BroadcastBenchResult): void {
  const row = (what: string, value: string, target: string, ok: boolean) =>
    console.log(`${ok ? '✔' : '✘'} ${what.padEnd(44)} ${value.padStart(14)}   target ${target}`);
  console.log(`broadcast bench — ${r.recipients.toLocaleString('en')} recipients`);
  row('(a) prepared (rows + jobs)', `${r.prepareSeconds.toFixed(2)} s`, '≤ 10 s', r.prepareSeconds <= 10);
  row('(b) cap lifted: sends/s', r.liftedSendsPerSecond.toFixed(0), '≥ 1,000', r.liftedSendsPerSecond >= 1000);
  row('(b) duplicates', String(r.duplicates), '0', r.duplicates === 0);
  const dev = ((r.cappedRatePerSecond - r.cappedRate) / r.cappedRate) * 100;
  row(
    `(c) cap ${r.cappedRate}/s: measured rate`,
    `${r.cappedRatePerSecond.toFixed(2)}/s (${dev >= 0 ? '+' : ''}${dev.toFixed(1)} %)`,
    '±5 %',
    Math.abs(dev) <= 5,
  );
  row('(c) HTTP 429', String(r.capped429), '0', r.capped429 === 0);
  row('(d) peak RSS, worker process', `${r.peakRssMb} MB`, '≤ 250 MB', r.peakRssMb <= 250);
  const m = r.mixed;
  if (m) {
    const label = `(e) broadcast ${m.mixedBroadcastRecipients.toLocaleString('en')} + poll ${m.mixedPollRecipients.toLocaleString('en')} at once`;
    row(`${label}: total`, `${m.mixedRatePerSecond.toFixed(2)}/s`, `≤ cap ${r.cappedRate}/s`, m.mixedRatePerSecond <= r.cappedRate * 1.05);
    row('(e) of which broadcast / poll', `${m.mixedBroadcastPerSecond.toFixed(1)} / ${m.mixedPollPerSecond.toFixed(1)}`, '', true);
    row('(e) HTTP 429', String(m.mixed429), '0', m.mixed429 === 0);
  }
  console.log(`   worker process: node ${process.env.BROADCAST_CHILD_NODE_ARGS ?? ''} (relay, fan-out, senders, monitor); fake Bot API in this process`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBroadcastBench({ recipients: Number(process.env.BENCH_RECIPIENTS ?? 100_000), cappedSeconds: Number(process.env.BENCH_CAPPED_SECONDS ?? 60) })
    .then((r) => {
      printBroadcastBench(r);
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
