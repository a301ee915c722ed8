import { existsSync } from 'node:fs';
import { mkdtemp, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { loadConfig } from '../../core/platform/config.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { storeContent } from '../../core/media/store.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { purgeExpired, retentionPolicy } from '../../core/compliance/retention.js';
import { sends, broadcasts, conversations, people, processedUpdates, sandboxMessages, units } from '../../db/schema/index.js';
import { createQueueProcessor, jobsByQueue } from '../../workers/jobs/index.js';
import { MAINTENANCE_QUEUE, RETENTION_PURGE_JOB, upsertRetentionScheduler } from '../../workers/jobs/compliance/retention-purge.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';

const DAY = 86_400_000;
const now = new Date('2026-11-20T00:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const policy = { updatesDays: 30, draftsDays: 90, deliveriesDays: 365 };
let db: TestDatabase;
let personId: string;

async function seed(): Promise<void> {
  await db.db
    .insert(processedUpdates)
    .values([
      ...Array.from({ length: 5 }, (_, i) => ({ channel: 'telegram', updateKey: `old${i}`, processedAt: ago(31) })),
      { channel: 'telegram', updateKey: 'new', processedAt: ago(29) },
    ]);
  await db.db.insert(sandboxMessages).values([
    { accountId: 's1', direction: 'in', payload: {}, createdAt: ago(40) },
    { accountId: 's1', direction: 'out', payload: {}, createdAt: ago(1) },
  ]);
  const draft = { flow: 'periodic-report', data: { a: 1 }, parked: [], pending: null };
  await db.db.insert(conversations).values([
    { accountKey: 'telegram:old-draft', personId, flow: 'periodic-report', state: draft, locale: 'en', updatedAt: ago(91) },
    {
      accountKey: 'telegram:old-parked',
      personId,
      flow: null,
      state: { ...draft, flow: null, parked: [{ flow: 'quick-report', data: {} }] },
      updatedAt: ago(100),
    },
    { accountKey: 'telegram:old-idle', personId, flow: null, state: {}, updatedAt: ago(200) },
    { accountKey: 'telegram:recent-draft', personId, flow: 'periodic-report', state: draft, updatedAt: ago(89) },
    { accountKey: 'telegram:stranger', personId: null, flow: 'registration', state: draft, updatedAt: ago(120) },
  ]);
  const send = (purpose: string, state: 'sent' | 'failed' | 'queued' | 'sending', days: number) => ({
    purpose,
    personId,
    lane: 'bulk' as const,
    channel: 'telegram',
    accountId: '1',
    state,
    createdAt: ago(days),
  });
  await db.db
    .insert(sends)
    .values([send('a', 'sent', 400), send('b', 'failed', 400), send('c', 'queued', 400), send('d', 'sending', 400), send('e', 'sent', 10)]);
  const [u] = await db.db.select({ id: people.unitId }).from(people).where(eq(people.id, personId));
  const bc = (status: 'done' | 'sending', finishedAt: Date | null) => ({ authorId: personId, unitId: u!.id, title: 't', body: 'b', status, finishedAt });
  const [oldDone, oldSending, recentDone] = await db.db
    .insert(broadcasts)
    .values([bc('done', ago(400)), bc('sending', null), bc('done', ago(10))])
    .returning();
  await db.db
    .insert(sends)
    .values(
      [oldDone!, oldSending!, recentDone!].map((b) => ({ purpose: `bc-${b.id}`, lane: 'broadcast' as const, broadcastId: b.id, personId, unitId: u!.id })),
    );
  // A broadcast still sending but created long ago keeps its deliveries.
  await db.db
    .update(broadcasts)
    .set({ createdAt: ago(500) })
    .where(eq(broadcasts.id, oldSending!.id));
}

beforeAll(async () => {
  db = await createTestDatabase();
  const [u] = await db.db.insert(units).values({ code: 'R', name: 'Xã R', path: '/' }).returning();
  const [p] = await db.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: u!.id }).returning();
  personId = p!.id;
  await seed();
});
afterAll(async () => db.close());

describe('retention purge', () => {
  it('removes exactly what the policy no longer allows, in batches, and a second run finds nothing', async () => {
    const counts = await purgeExpired(db.db, policy, now, 2);
    expect(counts).toEqual({ processedUpdates: 5, sandboxMessages: 1, draftsReset: 2, conversationsDeleted: 1, sends: 2, broadcastDeliveries: 1 });
    const keys = await db.db.select({ k: processedUpdates.updateKey }).from(processedUpdates);
    expect(keys.map((r) => r.k)).toEqual(['new']);
    const convs = Object.fromEntries((await db.db.select().from(conversations)).map((c) => [c.accountKey, c]));
    expect(convs['telegram:old-draft']).toMatchObject({ flow: null, state: {}, locale: 'en', personId });
    expect(convs['telegram:old-parked']!.state).toEqual({});
    expect(convs['telegram:recent-draft']!.flow).toBe('periodic-report');
    expect(convs['telegram:stranger']).toBeUndefined();
    expect((await db.db.select({ p: sends.purpose }).from(sends).where(isNull(sends.broadcastId))).map((r) => r.p).sort()).toEqual(['c', 'd', 'e']);
    const [left] = await db.db.select({ n: count() }).from(sends).where(isNotNull(sends.broadcastId));
    expect(left!.n).toBe(2);
    expect(Object.values(await purgeExpired(db.db, policy, now)).every((n) => n === 0)).toBe(true);
  });

  it('keeps everything of a kind whose retention is 0', async () => {
    await db.db.insert(processedUpdates).values({ channel: 'zalo', updateKey: 'ancient', processedAt: ago(5000) });
    const counts = await purgeExpired(db.db, { ...policy, updatesDays: 0 }, now);
    expect(counts.processedUpdates).toBe(0);
    await db.db.delete(processedUpdates).where(eq(processedUpdates.updateKey, 'ancient'));
  });

  it('runs as a scheduled BullMQ job carrying the configured policy', async () => {
    const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const prefix = testQueuePrefix();
    const queue = new Queue(MAINTENANCE_QUEUE, { connection: redis, prefix });
    const filesDir = await mkdtemp(join(tmpdir(), 'dlxh-retention-files-'));
    const config = loadConfig({ RETENTION_UPDATES_DAYS: '7', RETENTION_PURGE_CRON: '15 3 * * *', FILES_DIR: filesDir });
    // A console upload previewed three days ago and never sent: no media row names it.
    const { storedPath } = await storeContent(filesDir, new Uint8Array([1, 2, 3]));
    const old = new Date(Date.now() - 3 * DAY);
    await utimes(join(filesDir, storedPath), old, old);
    await upsertRetentionScheduler({ get: () => queue }, config);
    await upsertRetentionScheduler({ get: () => queue }, config); // every worker calls it: still one
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '15 3 * * *', tz: 'Asia/Ho_Chi_Minh', template: { data: retentionPolicy(config) } });

    await db.db.insert(processedUpdates).values({ channel: 'zalo', updateKey: 'eight-days', processedAt: new Date(Date.now() - 8 * DAY) });
    const ctx = { db: db.db, env: { config, i18n: createI18n() }, logger: silentLogger, afterCommit: () => {} };
    const worker = new Worker(MAINTENANCE_QUEUE, createQueueProcessor(ctx, jobsByQueue().get(MAINTENANCE_QUEUE)!), { connection: redis, prefix });
    const events = new QueueEvents(MAINTENANCE_QUEUE, { connection: redis, prefix });
    await events.waitUntilReady();
    const job = await queue.add(RETENTION_PURGE_JOB, retentionPolicy(config));
    expect(await job.waitUntilFinished(events, 10_000)).toBe('purged');
    const [gone] = await db.db
      .select({ n: count() })
      .from(processedUpdates)
      .where(sql`update_key = 'eight-days'`);
    expect(gone!.n).toBe(0);
    expect(existsSync(join(filesDir, storedPath))).toBe(false);
    await worker.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  });
});
