import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hotSpotEvents, hotSpots, media, outbox } from '../../db/schema/index.js';
import { InvalidHotSpotError, createHotSpot, recentHotSpots } from '../../core/hot-spots/create.js';
import { listTopics, seedTopics } from '../../core/reports/topics.js';
import { loadPersonByAccount } from '../../core/people/people.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

let t: TestDatabase;
let reporter: { personId: string; unitId: string; channel: string };
const now = new Date('2026-11-12T08:30:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = { ...(await makeUnitAndPerson(t.db)), channel: 'telegram' };
});
afterAll(async () => t.close());

describe('createHotSpot', () => {
  it('writes the hot spot, its created event, media and the outbox job in one transaction', async () => {
    const draft = {
      category: 'dat_dai',
      severity: 3,
      latitude: 21.0285,
      longitude: 105.8542,
      peopleRange: '50_200',
      description: 'Người dân tập trung phản đối cưỡng chế',
      media: [
        { kind: 'photo', fileId: 'AgACAgQ', fileUniqueId: 'u1' },
        { kind: 'voice', fileId: 'AwACAgQ', mimeType: 'audio/ogg' },
      ],
    };
    const r = await t.db.transaction((tx) => createHotSpot(tx, draft, reporter, now));
    expect(r.receiptNo).toBe('DN-2026-11-000001');
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, r.hotSpotId));
    expect(hs).toMatchObject({
      category: 'dat_dai',
      severity: 3,
      status: 'open',
      unitId: reporter.unitId,
      levelUnitId: reporter.unitId,
      reporterId: reporter.personId,
      peopleEstimate: 50,
      latitude: 21.0285,
      placeText: null,
    });
    const events = await t.db.select().from(hotSpotEvents).where(eq(hotSpotEvents.hotSpotId, r.hotSpotId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'created',
      actorId: reporter.personId,
      unitId: reporter.unitId,
      data: { severity: 3, peopleRange: '50_200', media: 2 },
    });
    const files = await t.db.select().from(media).where(eq(media.ownerId, r.hotSpotId));
    expect(files.map((f) => [f.ownerType, f.kind, f.fileId, f.channel]).sort()).toEqual([
      ['hot_spot', 'photo', 'AgACAgQ', 'telegram'],
      ['hot_spot', 'voice', 'AwACAgQ', 'telegram'],
    ]);
    const jobs = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.jobId, `hs-created-${r.hotSpotId}`));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ queue: 'alerts', name: 'hotspot-created', payload: { hotSpotId: r.hotSpotId }, relayedAt: null });
  });

  it('stores a typed place and an exact head count', async () => {
    const r = await t.db.transaction((tx) =>
      createHotSpot(
        tx,
        { category: 'khac', severity: 1, placeText: 'Chợ Tân Hòa', peopleEstimate: 37, description: 'Tiểu thương tụ tập', media: [] },
        reporter,
        now,
      ),
    );
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, r.hotSpotId));
    expect(hs).toMatchObject({ placeText: 'Chợ Tân Hòa', peopleEstimate: 37, latitude: null });
    expect(r.receiptNo).toBe('DN-2026-11-000002');
  });

  it('refuses a draft without place or description and writes nothing', async () => {
    const before = (await t.db.select().from(outbox)).length;
    await expect(
      t.db.transaction((tx) => createHotSpot(tx, { category: 'khac', severity: 2, description: 'x', media: [] }, reporter, now)),
    ).rejects.toBeInstanceOf(InvalidHotSpotError);
    await expect(
      t.db.transaction((tx) => createHotSpot(tx, { category: 'khac', severity: 2, placeText: 'x', media: [] }, reporter, now)),
    ).rejects.toBeInstanceOf(InvalidHotSpotError);
    await expect(
      t.db.transaction((tx) => createHotSpot(tx, { category: 'nope', severity: 2, placeText: 'x', description: 'y', media: [] }, reporter, now)),
    ).rejects.toBeInstanceOf(InvalidHotSpotError);
    expect(await t.db.select().from(outbox)).toHaveLength(before);
  });

  it('lists the reporter’s hot spots newest first', async () => {
    const list = await recentHotSpots(t.db, reporter.personId);
    expect(list.map((h) => h.receiptNo).sort()).toEqual(['DN-2026-11-000001', 'DN-2026-11-000002']);
    // Read as built once (db/prepared.ts): the row's types as the table's.
    const rows = await t.db.select().from(hotSpots).where(eq(hotSpots.reporterId, reporter.personId));
    for (const h of list) {
      const row = rows.find((r) => r.id === h.id)!;
      expect(h).toEqual({ id: row.id, receiptNo: row.receiptNo, category: row.category, severity: row.severity, status: row.status, createdAt: row.createdAt });
    }
    expect(list[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(list[1]!.createdAt.getTime());
  });
});

describe('topics and people', () => {
  it('seeds the taxonomy idempotently and lists it per locale', async () => {
    const first = await seedTopics(t.db);
    expect(first.inserted).toBeGreaterThan(50);
    expect((await seedTopics(t.db)).inserted).toBe(0);
    const vi = await listTopics(t.db, 'vi');
    const en = await listTopics(t.db, 'en');
    expect(vi).toHaveLength(first.inserted);
    expect(vi.find((x) => x.code === 'KT01')).toEqual({ code: 'KT01', parentCode: 'KT', name: 'Giá cả, thị trường, xăng dầu' });
    expect(en.find((x) => x.code === 'KT')?.name).toBe('Economy');
    expect(vi[0]?.parentCode).toBeNull();
  });

  it('returns null for an unknown account', async () => {
    expect(await loadPersonByAccount(t.db, 'telegram', 'nobody')).toBeNull();
  });
});
