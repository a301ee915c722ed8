import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { sends, channelAccounts } from '../../db/schema/index.js';
import { ackByUnit } from '../../core/broadcasts/ack.js';
import { deliveryFigures } from '../../core/broadcasts/figures.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, addUnit, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, startHarness, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import { chatWith, textOf } from '../helpers/broadcast-chat.js';
import { createRecordingChannel, type RecordingChannel } from '../helpers/recording-channel.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let h: Harness;
let zalo: RecordingChannel;
let chat: ReturnType<typeof chatWith>;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 1, 2);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh');
  zalo = createRecordingChannel('zalo');
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl(), channels: { zalo }, settings: { reminderAfterMs: 1_500 } });
  chat = chatWith(t.db, h.config);
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

const messagesTo = (chatId: string) => h.fake.messages.filter((m) => m.chatId === chatId);

describe('acknowledgement, the one reminder, and the list to officials', () => {
  it('ack once per person; one reminder to the others; after the deadline their officials get the names', async () => {
    const [c1, c2] = tree.communes as [(typeof tree.communes)[0], (typeof tree.communes)[0]];
    const official1 = await addPerson(t.db, c1, 'official', 'Cán bộ xã 1');
    const ids1 = await seedPeople(t.db, [c1], 4, { channel: 'telegram', firstExternalId: 3_100_000_000, namePrefix: 'Xa1' });
    const ids2 = await seedPeople(t.db, [c2], 3, { channel: 'telegram', firstExternalId: 3_200_000_000, namePrefix: 'Xa2' });
    const districtOfficial = await addPerson(t.db, tree.districts[0]!, 'official', 'Cán bộ huyện');
    // The reminder goes at half the deadline: far enough for the four presses below on a busy machine (5 s was not, in CI).
    const b = await createAs(
      t.db,
      author,
      draft(tree.districts[0]!.id, { requireAck: true, ackDeadline: new Date(Date.now() + 12_000), filters: { roles: ['collaborator'] } }),
      h.settings,
    );
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 20_000, what: 'sent' });

    // Two of commune 1 and one of commune 2 press "Đã nhận" — one of them twice.
    for (const id of [ids1[0]!, ids1[1]!, ids2[0]!, ids1[0]!]) {
      const button = messagesTo(id).at(-1)!.replyMarkup as { inline_keyboard: { callback_data: string }[][] };
      expect(textOf(await chat.as('telegram', id).press(button.inline_keyboard[0]![0]!.callback_data))).toMatch(/xác nhận/);
    }
    const f = await deliveryFigures(t.db, b.id);
    expect(f.byState).toMatchObject({ acknowledged: 3, sent: 4 });
    expect(await ackByUnit(t.db, b.id)).toEqual([
      { unitId: c2.id, unitName: c2.name, delivered: 3, acknowledged: 1 },
      { unitId: c1.id, unitName: c1.name, delivered: 4, acknowledged: 2 },
    ]);

    // The author opens it from the list: acknowledgement rate by unit, lowest first.
    const view = textOf(await chat.as('sandbox', author.accountId).press(`bc:${b.id}:v`));
    expect(view).toContain('Tỷ lệ xác nhận theo đơn vị:\n• Xã 1.2: 1/3 (33%)\n• Xã 1.1: 2/4 (50%)');
    expect(view).toContain('Đã xác nhận: 3 (43%)');

    const reminded = [ids1[2]!, ids1[3]!, ids2[1]!, ids2[2]!];
    await waitFor(async () => reminded.filter((id) => messagesTo(id).some((m) => m.text.startsWith('Nhắc'))).length, {
      until: (n) => n === 4,
      timeout: 20_000,
      what: 'reminders',
    });
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.reportedAt !== null, timeout: 20_000, what: 'non-acknowledger lists' });
    for (const id of [ids1[0]!, ids1[1]!, ids2[0]!]) expect(messagesTo(id).some((m) => m.text.startsWith('Nhắc'))).toBe(false);
    for (const id of reminded) expect(messagesTo(id).filter((m) => m.text.startsWith('Nhắc'))).toHaveLength(1);

    const lists = await t.db
      .select()
      .from(sends)
      .where(like(sends.purpose, `bnack-${b.id}-%`));
    const byPerson = new Map(lists.map((s) => [s.personId, JSON.stringify(s.message)]));
    // Commune 1 has its own official; commune 2 has none, so the district's official gets its list.
    expect([...byPerson.keys()].sort()).toEqual([official1.id, districtOfficial.id].sort());
    expect(byPerson.get(official1.id)).toContain('Xa1-000002');
    expect(byPerson.get(official1.id)).toContain('Xa1-000003');
    expect(byPerson.get(official1.id)).not.toContain('Xa1-000000');
    expect(byPerson.get(districtOfficial.id)).toContain('Xa2-000001');
  }, 60_000);
});

describe('Zalo: the interaction window', () => {
  it('out of window → waits, and goes out when the person next writes; with another channel it goes there at once', async () => {
    const unit = await addUnit(t.db, `Z${tree.tag}`, 'Xã Zalo', tree.districts[0]!);
    const waiting = await addPerson(t.db, unit, 'collaborator', 'Chỉ có Zalo', { channel: 'zalo', accountId: 'z-waiting' });
    const both = await addPerson(t.db, unit, 'collaborator', 'Zalo và Telegram', { channel: 'zalo', accountId: 'z-both' });
    await t.db.insert(channelAccounts).values({ personId: both.id, channel: 'telegram', externalId: '3300000001' });
    zalo.failWith('z-waiting', 'out_of_window', { times: 1 });
    zalo.failWith('z-both', 'out_of_window', { times: 1 });
    const b = await createAs(t.db, author, draft(unit.id), h.settings);
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done', timeout: 20_000, what: 'done' });
    const rows = await t.db.select().from(sends).where(eq(sends.broadcastId, b.id));
    const of = (p: PersonRef) => rows.find((r) => r.personId === p.id)!;
    expect(of(waiting)).toMatchObject({ state: 'waiting_window', channel: 'zalo', error: 'out_of_window' });
    expect(of(both)).toMatchObject({ state: 'sent', channel: 'telegram' });
    expect(messagesTo('3300000001')).toHaveLength(1);

    // They write to the OA: the engine's onInbound releases the delivery through the outbox.
    await chat.as('zalo', 'z-waiting').say('Chào cán bộ');
    await waitFor(
      async () =>
        (
          await t.db
            .select()
            .from(sends)
            .where(and(eq(sends.broadcastId, b.id), eq(sends.personId, waiting.id)))
        )[0]!,
      { until: (d) => d.state === 'sent', timeout: 20_000, what: 'released' },
    );
    expect(zalo.to('z-waiting').filter((m) => m.text.includes('ĐỊNH HƯỚNG'))).toHaveLength(1);
    expect(zalo.attempts('z-waiting')).toBe(2);
  });
});
