import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundPayload, OutboundMessage } from '../../core/kernel/messages.js';
import { configSchema } from '../../core/platform/config.js';
import type { Intake } from '../../bot/engine/intake.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { addPerson, seedTree, type PersonRef } from '../../testkit/seed.js';

/**
 * Issue 11 items 12–14, through the real intake: a collaborator raises a hot spot the way people
 * do, the official opens it from /canhbao and reads the estimate as given, the place apart from
 * the reporting unit, a map link, one date format, "vừa xong" and no redundant status.
 */
let t: TestDatabase;
let intake: Intake;
let reporter: PersonRef;
let official: PersonRef;
const outbox = new Map<string, OutboundMessage[]>();
let seq = 0;

async function send(p: PersonRef, payload: InboundPayload): Promise<OutboundMessage[]> {
  const before = outbox.get(p.accountId)?.length ?? 0;
  await intake.handle({ channel: 'sandbox', accountId: p.accountId, updateKey: `card-${++seq}`, receivedAt: new Date(), payload });
  return (outbox.get(p.accountId) ?? []).slice(before);
}
const text = (m: OutboundMessage[]) => m.map((x) => (x.type === 'text' ? x.text : (x.caption ?? ''))).join('\n');
const typed = (p: PersonRef, s: string) => send(p, { type: 'text', text: s });

beforeAll(async () => {
  t = await createTestDatabase();
  const tree = await seedTree(t.db);
  reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Tân Hòa');
  official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Đảng ủy xã Tân Hòa');
  intake = createCollectingIntake(t.db, configSchema.parse({}), outbox);
});
afterAll(async () => t.close());

async function raise(place: InboundPayload, people: string): Promise<string> {
  await typed(reporter, '/diemnong');
  await typed(reporter, '1');
  await typed(reporter, '2');
  await send(reporter, place);
  await typed(reporter, 'Người dân tập trung trước cổng');
  const review = text(await typed(reporter, people));
  await typed(reporter, '1'); // Gửi
  return review;
}

async function openNewest(): Promise<string> {
  const list = await typed(official, '/canhbao');
  const last = list.at(-1)!;
  const items = last.type === 'text' ? (last.choices ?? []).filter((c) => /^\d+\. /.test(c.label)) : [];
  const view = items.at(-1)!.data; // same severity: oldest first, so the newest is last
  return text(await send(official, { type: 'choice', data: view }));
}

describe('the official reads the hot spot as it was reported', () => {
  it('a typed estimate stays "khoảng 30"; the place is not the unit; one date format', async () => {
    const review = await raise({ type: 'text', text: 'Cổng chợ thôn 3' }, 'khoảng 30');
    expect(review).toContain('khoảng 30');
    const card = await openNewest();
    expect(card).toContain('khoảng 30');
    expect(card).not.toContain('trở lên');
    expect(card).toContain('Nơi xảy ra: Cổng chợ thôn 3');
    expect(card).toContain('Đơn vị báo tin: Xã Tân Hòa');
    expect(card).not.toContain('Địa bàn: ');
    expect(card).toMatch(/\d\d:\d\d \d\d\/\d\d\/\d{4}/);
    expect(card).not.toMatch(/\d\d:\d\d \d\d-\d\d/);
  });

  it('a chosen range is shown as the range; shared coordinates come with a map link', async () => {
    await raise({ type: 'location', latitude: 20.86, longitude: 106.68 }, '10–50 người');
    const card = await openNewest();
    expect(card).toContain('10–50 người');
    expect(card).not.toContain('từ 10 người');
    expect(card).toContain('Tọa độ: 20.86000, 106.68000');
    expect(card).toContain('https://maps.google.com/?q=20.860000,106.680000');
  });

  it('/canhbao says "vừa xong" and does not repeat that nobody acknowledged', async () => {
    const list = text(await typed(official, '/canhbao'));
    expect(list).toContain('vừa xong');
    expect(list).not.toContain('0 phút');
    expect(list).not.toContain('tiếp nhận: chưa có');
    expect(list).toContain('chưa tiếp nhận');
  });
});
