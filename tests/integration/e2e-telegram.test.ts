import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { main } from '../../bot/main.js';
import { pendingReplies } from '../../core/delivery/replies.js';
import { createInvite } from '../../core/people/invites.js';
import { importUnits } from '../../core/people/units.js';
import { units } from '../../db/schema/index.js';
import { fillUntilReceipt, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { updates } from '../../testkit/fake-telegram-updates.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tg: FakeTelegram;
let sys: Awaited<ReturnType<typeof main>>;

function seen(chatId: string, from: number): SeenMessage[] {
  return tg.messages
    .filter((m) => m.chatId === chatId)
    .slice(from)
    .map((m) => {
      const rows = ((m.replyMarkup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat();
      return { text: m.text, choices: rows.map((b) => ({ label: b.text, data: b.callback_data })) };
    });
}

/** A Telegram user: updates go through the fake Bot API's getUpdates to the bot's long polling. */
function telegramUser(chatId: string): ChatUser & { inbox(): SeenMessage[] } {
  const count = () => tg.messages.filter((m) => m.chatId === chatId).length;
  const deliver = async (update: Record<string, unknown>) => {
    const before = count();
    tg.pushUpdate(update);
    // A reply may be several messages: its row leaves the reply outbox once all of them are sent.
    await waitFor(async () => tg.pendingUpdates() === 0 && count() > before && (await pendingReplies(t.db)) === 0, { what: 'the whole reply' });
    return seen(chatId, before);
  };
  return { send: (text) => deliver(updates.text(chatId, text)), press: (data) => deliver(updates.callback(chatId, data)), inbox: () => seen(chatId, 0) };
}

beforeAll(async () => {
  t = await createTestDatabase();
  tg = await startFakeTelegram();
  await importUnits(t.db, [
    { code: 'TINH', name: 'Ban TGDV Tỉnh ủy', kind: 'tinh', parentCode: null, deadlineDay: 25 },
    { code: 'XA', name: 'Đảng ủy xã An Bình', kind: 'xa', parentCode: 'TINH', deadlineDay: 20 },
  ]);
  sys = await main(
    {
      DATABASE_URL: t.url ?? '',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'dlxh-tg-')),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.url,
      SANDBOX: 'off',
      PORT: '0',
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '50',
      FLOOD_BURST: '1000',
    },
    { database: t },
  );
});
afterAll(async () => {
  await sys?.stop();
  await tg?.close();
  await t.close();
});

async function register(user: ChatUser, role: 'collaborator' | 'official', name: string) {
  const [xa] = await t.db.select().from(units).where(eq(units.code, 'XA'));
  const invite = await createInvite(t.db, { unitId: xa!.id, role, displayName: name, ttlHours: 1 });
  const consent = await user.send(`/start ${invite.code}`);
  const agree = consent.flatMap((m) => m.choices).find((c) => /Đồng ý/.test(c.label))!;
  const welcome = await user.press(agree.data);
  expect(welcome.map((m) => m.text).join('\n')).toContain(name);
}

describe('end to end over the Telegram Bot API (long polling against a local fake)', () => {
  it('a collaborator registers by deep link and files a report; a hot spot reaches the official with action buttons', async () => {
    const official = telegramUser('5001');
    const ctv = telegramUser('5002');
    await register(official, 'official', 'Cán bộ xã An Bình');
    await register(ctv, 'collaborator', 'CTV thôn 5');

    const quick = await fillUntilReceipt(ctv, await ctv.send('/nhanh'));
    expect(quick.receipt).toMatch(/^BN-/);
    const alert = await fillUntilReceipt(ctv, await ctv.send('/diemnong'));
    expect(alert.receipt).toMatch(/^DN-/);

    const note = await waitFor(() => official.inbox().find((m) => m.text.includes(alert.receipt)), { timeout: 15_000 });
    for (const c of note.choices) expect(Buffer.byteLength(c.data)).toBeLessThanOrEqual(64);
    // Every button press was answered (no spinning clients).
    const presses = tg.calls.filter((c) => c.method === 'answerCallbackQuery').length;
    expect(presses).toBeGreaterThan(0);
  });
});
