import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { addPerson, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, startHarness, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import { chatWith, textOf } from '../helpers/broadcast-chat.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Province;
let author: PersonRef;
let h: Harness;
let chat: ReturnType<typeof chatWith>;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 1, 2);
  author = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '4700000001' });
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl(), settings: { reminderAfterMs: 1_000 } });
  chat = chatWith(t.db, h.config);
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

describe('after every delivery ended (issue 11 item 16)', () => {
  it('the list says «đã gửi xong» and the progress message follows the acknowledgements', async () => {
    const commune = tree.communes[0]!;
    const ids = await seedPeople(t.db, [commune], 2, { channel: 'telegram', firstExternalId: 4_700_000_100 });
    const b = await createAs(
      t.db,
      author,
      draft(commune.id, { requireAck: true, ackDeadline: new Date(Date.now() + 3_600_000), filters: { roles: ['collaborator'] } }),
      h.settings,
    );
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done' && s.finishedAt !== null, timeout: 20_000, what: 'done' });
    // Each recipient is told who sends it: the author's unit.
    expect(h.fake.messages.find((m) => m.chatId === ids[1])!.text).toContain(`Đơn vị gửi: ${tree.root.name}`);
    const button = h.fake.messages.filter((m) => m.chatId === ids[0]).at(-1)!.replyMarkup as { inline_keyboard: { callback_data: string }[][] };
    expect(textOf(await chat.as('telegram', ids[0]!).press(button.inline_keyboard[0]![0]!.callback_data))).toMatch(/xác nhận/);

    const list = textOf(await chat.as('telegram', author.accountId).say('/dinhhuong_ds'));
    expect(list).toContain('đã gửi xong');
    expect(list).toContain('xác nhận 1 (50%)');
    const progress = () => h.fake.messages.filter((m) => m.chatId === author.accountId).at(-1)?.text ?? '';
    await waitFor(async () => progress(), { until: (s) => s.includes('Đã xác nhận: 1 (50%)'), timeout: 10_000, what: 'progress after the ack' });
  });

  it('an acknowledgement after the non-acknowledger lists still moves the progress message', async () => {
    const commune = tree.communes[1]!;
    const ids = await seedPeople(t.db, [commune], 2, { channel: 'telegram', firstExternalId: 4_700_000_200 });
    const b = await createAs(
      t.db,
      author,
      draft(commune.id, { requireAck: true, ackDeadline: new Date(Date.now() + 2_000), filters: { roles: ['collaborator'] } }),
      h.settings,
    );
    await waitFor(() => statusOf(t.db, b.id), { until: (s) => s.status === 'done' && s.reportedAt !== null, timeout: 20_000, what: 'lists sent' });
    const progress = () => h.fake.messages.filter((m) => m.chatId === author.accountId).at(-1)?.text ?? '';
    await waitFor(async () => progress(), { until: (s) => s.includes('Đã xác nhận: 0 (0%)') && s.includes('đã gửi xong'), timeout: 10_000, what: 'final' });
    const button = h.fake.messages.filter((m) => m.chatId === ids[1] && m.replyMarkup).at(0)!.replyMarkup as { inline_keyboard: { callback_data: string }[][] };
    expect(textOf(await chat.as('telegram', ids[1]!).press(button.inline_keyboard[0]![0]!.callback_data))).toMatch(/xác nhận/);
    expect(textOf(await chat.as('telegram', author.accountId).say('/dinhhuong_ds'))).toMatch(
      /Thông tin về kỳ họp» — đã gửi xong — đã gửi 2\/2, xác nhận 1 \(50%\)/,
    );
    await waitFor(async () => progress(), { until: (s) => s.includes('Đã xác nhận: 1 (50%)'), timeout: 10_000, what: 'progress after a late ack' });
  });
});
