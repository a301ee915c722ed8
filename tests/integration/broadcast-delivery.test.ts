import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { sends, channelAccounts } from '../../db/schema/index.js';
import { deliveryFigures } from '../../core/broadcasts/figures.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, addUnit, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { laneQueueName, SEND_JOB } from '../../core/delivery/sends.js';
import { createAs, draft, startHarness, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let h: Harness;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 3, 4);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram' });
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

describe('a 5,000-recipient broadcast', () => {
  it('reaches every reachable recipient exactly once; blocked and never-started end unreachable with their reason', async () => {
    const ids = await seedPeople(t.db, tree.communes, 5_000, { channel: 'telegram', firstExternalId: 6_100_000_000 });
    await seedPeople(t.db, tree.communes, 7, { channel: null });
    const blocked = ids.slice(10, 13);
    const neverStarted = ids.slice(20, 22);
    for (const id of blocked) h.fake.failNext(id, 'blocked', { times: 100 });
    for (const id of neverStarted) h.fake.failNext(id, 'chat_not_found', { times: 100 });

    const b = await createAs(t.db, author, draft(tree.root.id), h.settings);
    expect(b.status).toBe('sending');
    expect(b.audience).toBe(5_007 + 1);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 60_000, what: 'broadcast done' });

    const f = await deliveryFigures(t.db, b.id);
    expect(f.total).toBe(5_008);
    // The author (an official at the root, with a Telegram account) is in the audience too.
    expect(f.byState.sent).toBe(5_000 - 5 + 1);
    expect(f.byState.unreachable).toBe(5 + 7);
    expect(f.byState.queued + f.byState.sending + f.byState.failed).toBe(0);
    for (const id of ids) {
      const expected = blocked.includes(id) || neverStarted.includes(id) ? 0 : 1;
      if ((h.fake.sendsPerChat.get(id) ?? 0) !== expected) throw new Error(`chat ${id}: ${h.fake.sendsPerChat.get(id)} messages, expected ${expected}`);
    }
    const reasons = await t.db
      .select({ error: sends.error, n: sql<number>`count(*)::int` })
      .from(sends)
      .where(and(eq(sends.broadcastId, b.id), eq(sends.state, 'unreachable')))
      .groupBy(sends.error);
    expect(Object.fromEntries(reasons.map((r) => [r.error, Number(r.n)]))).toEqual({ blocked: 3, never_started: 2, no_account: 7 });
    // A refused account is remembered: the next broadcast does not even try it, and says why.
    const [acc] = await t.db.select().from(channelAccounts).where(eq(channelAccounts.externalId, blocked[0]!));
    expect(acc?.status).toBe('unreachable');
    const sentBefore = h.fake.totalSends;
    const again = await createAs(t.db, author, draft(tree.root.id), h.settings);
    await waitFor(() => statusOf(t.db, again.id), { until: (s) => s.status === 'done', timeout: 60_000, what: 'second broadcast done' });
    const reasons2 = await t.db
      .select({ error: sends.error, n: sql<number>`count(*)::int` })
      .from(sends)
      .where(and(eq(sends.broadcastId, again.id), eq(sends.state, 'unreachable')))
      .groupBy(sends.error);
    expect(Object.fromEntries(reasons2.map((r) => [r.error, Number(r.n)]))).toEqual({ blocked: 3, never_started: 2, no_account: 7 });
    for (const id of [...blocked, ...neverStarted]) expect(h.fake.sendsPerChat.get(id) ?? 0).toBe(0);
    expect(h.fake.totalSends - sentBefore).toBeGreaterThanOrEqual(4_996);
  }, 90_000);

  it('long guidance is split on paragraph boundaries at Telegram’s limit, "Đã nhận" under the last part only', async () => {
    const other = await seedProvince(t.db, 1, 1);
    const unit = other.communes[0]!;
    const official = await addPerson(t.db, other.root, 'official', 'Cán bộ tỉnh khác');
    const [only] = await seedPeople(t.db, [unit], 1, { channel: 'telegram', firstExternalId: 6_300_000_000 });
    const para = 'Đoạn văn dài về chủ trương, chính sách. '.repeat(60).trim();
    const body = Array.from({ length: 4 }, () => para).join('\n\n');
    const b = await createAs(
      t.db,
      official,
      draft(unit.id, { body, requireAck: true, ackDeadline: new Date(Date.now() + 3600_000), filters: { roles: ['collaborator'] } }),
      h.settings,
    );
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'broadcast done' });
    const mine = h.fake.messages.filter((m) => m.chatId === only);
    expect(mine.length).toBeGreaterThan(1);
    for (const m of mine) expect(m.text.length).toBeLessThanOrEqual(4096);
    expect(mine.map((m) => m.text).join('\n\n')).toContain(body.slice(0, 500));
    const withButtons = mine.filter((m) => m.replyMarkup);
    expect(withButtons).toHaveLength(1);
    expect(withButtons[0]).toBe(mine.at(-1));
    const [d, ...others] = await t.db.select().from(sends).where(eq(sends.broadcastId, b.id));
    expect(others).toHaveLength(0);
    expect(JSON.stringify(withButtons[0]!.replyMarkup)).toContain(`"bk:${d!.id}"`);
    expect(d?.partsSent).toBe(mine.length);
  });

  it('a re-run job for a delivery already sent does nothing; a transient error is retried and sent once', async () => {
    const unit = await addUnit(t.db, `T${tree.tag}`, 'Xã T', tree.districts[0]!);
    const ids = await seedPeople(t.db, [unit], 3, { channel: 'telegram', firstExternalId: 6_400_000_000 });
    h.fake.failNext(ids[1]!, 'server_error', { times: 1 });
    const b = await createAs(t.db, author, draft(unit.id), h.settings);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'done' });
    const rows = await t.db.select().from(sends).where(eq(sends.broadcastId, b.id));
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    expect(rows.find((r) => r.accountId === ids[1])?.attempts).toBe(2);
    // The same delivery's job again (a stalled job re-run, a redelivered add): nothing more goes out.
    const queue = h.queues.get(laneQueueName('broadcast', 'telegram'));
    for (const r of rows) await queue.add(SEND_JOB, { sendId: r.id }, { jobId: `bd-${r.id}-again` });
    await waitFor(async () => await queue.getJobCounts('waiting', 'active', 'delayed'), {
      until: (c) => (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) === 0,
      timeout: 10_000,
      what: 'drained',
    });
    for (const id of ids) expect(h.fake.sendsPerChat.get(id)).toBe(1);
  });

  it('scheduled for later: waits, then starts on its own', async () => {
    const unit = await addUnit(t.db, `S${tree.tag}`, 'Xã S', tree.districts[0]!);
    const ids = await seedPeople(t.db, [unit], 5, { channel: 'telegram', firstExternalId: 6_500_000_000 });
    const at = new Date(Date.now() + 1_500);
    const b = await createAs(t.db, author, draft(unit.id, { scheduledAt: at }), h.settings);
    expect(b.status).toBe('scheduled');
    expect(ids.some((id) => h.fake.sendsPerChat.has(id))).toBe(false);
    const done = await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 30_000, what: 'scheduled broadcast done' });
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
    for (const id of ids) expect(h.fake.sendsPerChat.get(id)).toBe(1);
  });
});
