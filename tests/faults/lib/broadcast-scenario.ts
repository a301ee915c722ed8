import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../../../core/platform/config.js';
import { broadcastSettings, createBroadcast } from '../../../core/broadcasts/broadcast.js';
import { rowsOf } from '../../../db/client.js';
import { broadcasts } from '../../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { addPerson, seedPeople, seedProvince } from '../../../testkit/seed.js';
import { spawnWorker, type WorkerChild } from '../../../testkit/broadcast-spawn.js';
import { startFakeTelegram, type FakeTelegram } from '../../../testkit/fake-telegram.js';
import { startRestartableRedis, type RestartableRedis } from './redis-restartable.js';
import type { FaultVerdict } from './verdict.js';
import { waitFor } from '../../helpers/wait.js';

const AUTHOR_CHAT = '5999999999';

/**
 * A broadcast to `recipients` Telegram collaborators, sent by worker processes
 * (testkit/broadcast-worker-child.ts: outbox relay + broadcast pipeline) against a fake Bot
 * API here. Each worker runs `concurrency` sends at once, which bounds what a crash may repeat.
 */
export async function startBroadcastStage(o: { redisUrl: string; workers: number; recipients: number; rate: number; concurrency: number }) {
  const db: TestDatabase = await createTestDatabase();
  if (!db.url) throw new Error('the fault suite needs a real Postgres (TEST_DATABASE_URL)');
  const fake: FakeTelegram = await startFakeTelegram({ record: false });
  const tree = await seedProvince(db.db, 2, 3);
  const author = await addPerson(db.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: AUTHOR_CHAT });
  await seedPeople(db.db, tree.communes, o.recipients, { channel: 'telegram', firstExternalId: 5_100_000_000 });
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: o.redisUrl,
    QUEUE_PREFIX: `fb${randomBytes(3).toString('hex')}`,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_BOT_TOKEN: fake.token,
    QUIET_HOURS: '',
    TELEGRAM_BULK_RATE: String(o.rate),
    BROADCAST_SEND_CONCURRENCY: String(o.concurrency),
    BROADCAST_PROGRESS_SECONDS: '0.5',
    OUTBOX_POLL_MS: '50',
    LOCK_MS: '4000',
    STALLED_MS: '1000',
  };
  const workers: WorkerChild[] = [];
  for (let i = 0; i < o.workers; i++) workers.push(await spawnWorker(env));
  const sent = () => [...fake.sendsPerChat].reduce((s, [chat, n]) => s + (chat === AUTHOR_CHAT ? 0 : n), 0);

  return {
    db,
    fake,
    workers,
    sent,
    async start(): Promise<string> {
      const settings = { ...broadcastSettings(loadConfig({ QUIET_HOURS: '' })), approvalThreshold: Number.MAX_SAFE_INTEGER };
      const draft = { title: 'Định hướng', body: 'Nội dung định hướng dư luận.', unitId: tree.root.id, filters: {}, requireAck: false, urgent: true };
      const b = await db.db.transaction((tx) => createBroadcast(tx, author, draft, settings, new Date()));
      return b.id;
    },
    async waitUntilSent(fraction: number, timeoutMs = 60_000): Promise<void> {
      await waitFor(sent, { until: (n) => n >= fraction * o.recipients, timeout: timeoutMs, what: `${fraction * o.recipients} of ${o.recipients} sent` });
    },
    /** Resolves when every delivery reached a final state (or the timeout); returns when. */
    async waitUntilDone(broadcastId: string, timeoutMs: number): Promise<number> {
      const open = async () =>
        rowsOf<{ open: number }>(
          await db.db.execute(sql`select count(*)::int as open from sends where broadcast_id = ${broadcastId} and state in ('queued', 'sending')`),
        )[0]?.open;
      return waitFor(open, { until: (n) => n === 0, timeout: timeoutMs, interval: 100 }).then(
        () => Date.now(),
        () => NaN,
      );
    },
    /** Lost: a recipient never sent to, or a delivery not ended as sent. Duplicated: sends beyond one per recipient. */
    async verdict(
      scenario: string,
      broadcastId: string,
      recoveredSeconds: number,
      bound: number,
      notes: string,
    ): Promise<FaultVerdict & { unsent: number; status: string }> {
      const chats = [...fake.sendsPerChat].filter(([chat]) => chat !== AUTHOR_CHAT);
      const duplicated = chats.reduce((s, [, n]) => s + Math.max(0, n - 1), 0);
      const [row] = rowsOf<{ sent: number; total: number }>(
        await db.db.execute(
          sql`select count(*) filter (where state = 'sent')::int as sent, count(*)::int as total from sends where broadcast_id = ${broadcastId}`,
        ),
      );
      const [b] = await db.db.select({ status: broadcasts.status }).from(broadcasts).where(eq(broadcasts.id, broadcastId));
      const unsent = o.recipients - chats.length;
      return {
        scenario,
        sent: o.recipients,
        lost: Math.max(unsent, (row?.total ?? 0) - (row?.sent ?? 0)),
        duplicated,
        duplicateBound: bound,
        recoveredSeconds,
        notes,
        unsent,
        status: b?.status ?? '?',
      };
    },
    async stop() {
      for (const w of workers) await w.kill('SIGTERM');
      await fake.close();
      await db.close();
    },
  };
}

/** The broadcast fault scenarios' one setting: 3,000 recipients at 400/s, each worker 8 sends at once. */
export const BROADCAST_FAULT = { recipients: 3000, rate: 400, concurrency: 8 } as const;

export type BroadcastStage = Awaited<ReturnType<typeof startBroadcastStage>>;

/** A broadcast stage of `workers` worker processes on a private Redis (AOF) that a scenario may stop. */
export async function startBroadcastFault(workers: number): Promise<{ redis: RestartableRedis; stage: BroadcastStage; stop(): Promise<void> }> {
  const redis = await startRestartableRedis({ persistent: true });
  try {
    const stage = await startBroadcastStage({ redisUrl: redis.url, workers, ...BROADCAST_FAULT });
    return {
      redis,
      stage,
      async stop() {
        await stage.stop();
        await redis.destroy();
      },
    };
  } catch (err) {
    await redis.destroy();
    throw err;
  }
}
