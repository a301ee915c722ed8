import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { sends } from '../../db/schema/index.js';
import { controlBroadcast } from '../../core/broadcasts/control.js';
import { deliveryFigures } from '../../core/broadcasts/figures.js';
import { parseQuietHours } from '../../core/broadcasts/quiet.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, addUnit, seedPeople, seedTree, type PersonRef, type Tree } from '../helpers/broadcast-seed.js';
import { createAs, draft, startHarness, statusOf, waitUntil, type Harness } from '../helpers/broadcast-harness.js';

let t: TestDatabase;
let tree: Tree;
let author: PersonRef;
let h: Harness;
const RATE = 40;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db, 4, 1);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', 'telegram', '4000000001');
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl(), env: { TELEGRAM_BULK_RATE: String(RATE) } });
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

const sentTo = (ids: string[]) => ids.reduce((n, id) => n + (h.fake.sendsPerChat.get(id) ?? 0), 0);
const settle = () => new Promise((r) => setTimeout(r, 1_500));
const exactlyOnce = (ids: string[]) => ids.filter((id) => h.fake.sendsPerChat.get(id) !== 1);

describe('controls on a running broadcast', () => {
  it('pause stops sending (in-flight sends aside), resume finishes it, every recipient exactly once', async () => {
    const ids = await seedPeople(t.db, [tree.communes[0]!], 240, { channel: 'telegram', firstExternalId: 4_100_000_000 });
    const b = await createAs(t.db, author, draft(tree.communes[0]!.id, { urgent: false }), h.settings);
    await waitUntil(
      async () => sentTo(ids),
      (n) => n >= 40,
      20_000,
      'first sends',
    );
    const paused = await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'pause', h.settings, new Date()));
    expect(paused.ok).toBe(true);
    await settle();
    const atPause = sentTo(ids);
    await settle();
    expect(sentTo(ids)).toBe(atPause);
    expect(atPause).toBeLessThan(240);
    await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'resume', h.settings, new Date()));
    await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.status === 'done',
      30_000,
      'done after resume',
    );
    expect(exactlyOnce(ids)).toEqual([]);
  });

  it('cancel: nothing more is sent; the rest stay unsent', async () => {
    const ids = await seedPeople(t.db, [tree.communes[1]!], 240, { channel: 'telegram', firstExternalId: 4_200_000_000 });
    const b = await createAs(t.db, author, draft(tree.communes[1]!.id), h.settings);
    await waitUntil(
      async () => sentTo(ids),
      (n) => n >= 30,
      20_000,
      'first sends',
    );
    await t.db.transaction((tx) => controlBroadcast(tx, author, b.id, 'cancel', h.settings, new Date()));
    await settle();
    const atCancel = sentTo(ids);
    await settle();
    expect(sentTo(ids)).toBe(atCancel);
    const f = await deliveryFigures(t.db, b.id);
    expect(f.byState.sent).toBe(atCancel);
    expect(f.byState.queued).toBe(240 - atCancel);
    await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.finishedAt !== null,
      10_000,
      'final progress',
    );
    expect(ids.every((id) => (h.fake.sendsPerChat.get(id) ?? 0) <= 1)).toBe(true);
  });
});

describe('rate limits and quiet hours', () => {
  it('a 429 storm is honoured (retry_after) and never turns into a failure', async () => {
    const ids = await seedPeople(t.db, [tree.communes[2]!], 60, { channel: 'telegram', firstExternalId: 4_300_000_000 });
    h.fake.failNext('*', 'rate_limited', { times: 25, retryAfter: 1 });
    const b = await createAs(t.db, author, draft(tree.communes[2]!.id), h.settings);
    await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.status === 'done',
      60_000,
      'done through the storm',
    );
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
    await waitUntil(
      async () => sentTo(ids),
      (n) => n >= 20,
      20_000,
      'first sends',
    );
    const nowMin = (new Date().getUTCHours() * 60 + new Date().getUTCMinutes()) % 1440;
    const hhmm = (m: number) => `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((m + 1440) % 1440) % 60).padStart(2, '0')}`;
    h.workers.deps.settings.quiet = parseQuietHours(`${hhmm(nowMin - 60)}-${hhmm(nowMin + 60)}`, 'UTC');
    const paused = await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.status === 'paused',
      10_000,
      'quiet pause',
    );
    expect(paused.pauseReason).toBe('quiet');
    const u = await createAs(t.db, author, draft(tree.districts[0]!.id, { urgent: true, filters: { roles: ['collaborator'] } }), {
      ...h.settings,
      quiet: h.workers.deps.settings.quiet,
    });
    expect(u.status).toBe('sending');
    await settle();
    const during = sentTo(ids);
    await settle();
    expect(sentTo(ids)).toBe(during);
    h.workers.deps.settings.quiet = null;
    await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.status === 'done',
      30_000,
      'resumed and done',
    );
    expect(exactlyOnce(ids)).toEqual([]);
    await waitUntil(
      () => statusOf(t.db, u.id),
      (s) => s.status === 'done',
      30_000,
      'urgent done',
    );
    expect(exactlyOnce(urgentIds)).toEqual([]);
  });
});

describe("the author's progress", () => {
  it('is one message, edited in place, ending with the final figures', async () => {
    const other = await addPerson(t.db, tree.root, 'official', 'Cán bộ khác', 'telegram', '4000000002');
    const district = await addUnit(t.db, `D${tree.tag}x`, 'Huyện mới', tree.root);
    const ids = await seedPeople(t.db, [district], 80, { channel: 'telegram', firstExternalId: 4_600_000_000 });
    const b = await createAs(t.db, other, draft(district.id, { requireAck: true, ackDeadline: new Date(Date.now() + 3_600_000) }), h.settings);
    await waitUntil(
      () => statusOf(t.db, b.id),
      (s) => s.status === 'done' && s.finishedAt !== null,
      30_000,
      'done',
    );
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
