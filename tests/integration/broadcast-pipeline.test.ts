import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import { sends, outbox } from '../../db/schema/index.js';
import { controlBroadcast } from '../../core/broadcasts/control.js';
import { deliveryFigures } from '../../core/broadcasts/figures.js';
import { laneQueueName } from '../../core/delivery/sends.js';
import { parseQuietHours } from '../../core/broadcasts/quiet.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, addUnit, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, startHarness, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let h: Harness;
const RATE = 40;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 4, 1);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '4000000001' });
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl(), env: { TELEGRAM_BULK_RATE: String(RATE) } });
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

const sentTo = (ids: string[]) => ids.reduce((n, id) => n + (h.fake.sendsPerChat.get(id) ?? 0), 0);
/**
 * Nothing of the pipeline left to run for Telegram: no delivery of the broadcast in flight, no send
 * waiting in the outbox or the send queue (a paused or cancelled broadcast's jobs skip). What was
 * sent by then is all that will be, unless something sends on a broadcast that should not.
 */
async function settled(broadcastId: string): Promise<boolean> {
  const f = await deliveryFigures(t.db, broadcastId);
  const queue = laneQueueName('broadcast', 'telegram');
  const [waiting] = await t.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.queue, queue), isNull(outbox.relayedAt)));
  const jobs = await h.queues.get(queue).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return f.byState.sending === 0 && waiting!.n === 0 && Object.values(jobs).every((n) => n === 0);
}
const settle = (broadcastId: string) => waitFor(() => settled(broadcastId), { timeout: 20_000, what: 'the pipeline to settle' });
const exactlyOnce = (ids: string[]) => ids.filter((id) => h.fake.sendsPerChat.get(id) !== 1);

describe('controls on a running broadcast', () => {
  it('pause stops sending (in-flight sends aside), resume finishes it, every recipient exactly once', async () => {
    const ids = await seedPeople(t.db, [tree.communes[0]!], 240, { channel: 'telegram', firstExternalId: 4_100_000_000 });
    const b = await createAs(t.db, author, draft(tree.communes[0]!.id, { urgent: false }), h.settings);
    await waitFor(async () => sentTo(ids), { until: (n) => n >= 40, timeout: 20_000, what: 'first sends' });
    const paused = await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'pause', h.settings, new Date()));
    expect(paused.ok).toBe(true);
    await settle(b.id);
    const atPause = sentTo(ids);
    expect((await deliveryFigures(t.db, b.id)).byState).toMatchObject({ sent: atPause, queued: 240 - atPause });
    expect(atPause).toBeLessThan(240);
    await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'resume', h.settings, new Date()));
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'done after resume' });
    expect(exactlyOnce(ids)).toEqual([]);
  });

  it('cancel: nothing more is sent; the rest stay unsent', async () => {
    const ids = await seedPeople(t.db, [tree.communes[1]!], 240, { channel: 'telegram', firstExternalId: 4_200_000_000 });
    const b = await createAs(t.db, author, draft(tree.communes[1]!.id), h.settings);
    await waitFor(async () => sentTo(ids), { until: (n) => n >= 30, timeout: 20_000, what: 'first sends' });
    await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'cancel', h.settings, new Date()));
    await settle(b.id);
    const atCancel = sentTo(ids);
    const f = await deliveryFigures(t.db, b.id);
    expect(f.byState.sent).toBe(atCancel);
    expect(f.byState.queued).toBe(240 - atCancel);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.finishedAt !== null, timeout: 10_000, what: 'final progress' });
    expect(ids.every((id) => (h.fake.sendsPerChat.get(id) ?? 0) <= 1)).toBe(true);
  });
});

describe('rate limits and quiet hours', () => {
  it('a 429 storm is honoured (retry_after) and never turns into a failure', async () => {
    const ids = await seedPeople(t.db, [tree.communes[2]!], 60, { channel: 'telegram', firstExternalId: 4_300_000_000 });
    h.fake.failNext('*', 'rate_limited', { times: 25, retryAfter: 1 });
    const b = await createAs(t.db, author, draft(tree.communes[2]!.id), h.settings);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 60_000, what: 'done through the storm' });
    const f = await deliveryFigures(t.db, b.id);
    expect(f.byState).toMatchObject({ sent: 60, failed: 0, unreachable: 0 });
    expect(exactlyOnce(ids)).toEqual([]);
    const retried = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.broadcastId, b.id)));
    expect(retried.some((d) => d.attempts > 1)).toBe(true);
  });

  it('quiet hours pause a normal broadcast and it resumes by itself when they end; an urgent one goes on', async () => {
    const ids = await seedPeople(t.db, [tree.communes[3]!], 200, { channel: 'telegram', firstExternalId: 4_400_000_000 });
    const urgentIds = await seedPeople(t.db, [tree.districts[0]!], 20, { channel: 'telegram', firstExternalId: 4_500_000_000 });
    const b = await createAs(t.db, author, draft(tree.communes[3]!.id, { urgent: false }), h.settings);
    await waitFor(async () => sentTo(ids), { until: (n) => n >= 20, timeout: 20_000, what: 'first sends' });
    const nowMin = (new Date().getUTCHours() * 60 + new Date().getUTCMinutes()) % 1440;
    const hhmm = (m: number) => `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((m + 1440) % 1440) % 60).padStart(2, '0')}`;
    h.workers.deps.settings.quiet = parseQuietHours(`${hhmm(nowMin - 60)}-${hhmm(nowMin + 60)}`, 'UTC');
    const paused = await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'paused', timeout: 10_000, what: 'quiet pause' });
    expect(paused.pauseReason).toBe('quiet');
    const u = await createAs(t.db, author, draft(tree.districts[0]!.id, { urgent: true, filters: { roles: ['collaborator'] } }), {
      ...h.settings,
      quiet: h.workers.deps.settings.quiet,
    });
    expect(u.status).toBe('sending');
    await settle(b.id);
    const during = sentTo(ids);
    expect((await deliveryFigures(t.db, b.id)).byState).toMatchObject({ sent: during, queued: 200 - during });
    h.workers.deps.settings.quiet = null;
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'resumed and done' });
    expect(exactlyOnce(ids)).toEqual([]);
    await waitFor(() => statusOf(t.db, u.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'urgent done' });
    expect(exactlyOnce(urgentIds)).toEqual([]);
  });
});

describe("the author's progress", () => {
  it('is one message, edited in place, ending with the final figures', async () => {
    const other = await addPerson(t.db, tree.root, 'official', 'Cán bộ khác', { channel: 'telegram', accountId: '4000000002' });
    const district = await addUnit(t.db, `D${tree.tag}x`, 'Huyện mới', tree.root);
    const ids = await seedPeople(t.db, [district], 80, { channel: 'telegram', firstExternalId: 4_600_000_000 });
    const b = await createAs(t.db, other, draft(district.id, { requireAck: true, ackDeadline: new Date(Date.now() + 3_600_000) }), h.settings);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done' && s.finishedAt !== null, timeout: 30_000, what: 'done' });
    const mine = h.fake.messages.filter((m) => m.chatId === other.accountId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.edits).toBeGreaterThanOrEqual(1);
    expect(mine[0]!.text).toContain('đã gửi xong');
    expect(mine[0]!.text).toContain('Đã gửi: 80/80');
    expect(mine[0]!.text).toContain('Đã xác nhận: 0 (0%)');
    expect(mine[0]!.replyMarkup).toBeUndefined();
    expect(exactlyOnce(ids)).toEqual([]);
  });
});
