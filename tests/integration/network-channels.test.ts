import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { eq } from 'drizzle-orm';
import { materialReads, people as peopleTable } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';
import { publishMaterial } from '../../core/network/materials.js';
import { addPerson, seedUnits, type PersonRef } from '../../testkit/seed.js';
import type { ContractHarness, SentRecord } from '../contract/harness.js';
import { createTelegramHarness } from '../contract/telegram-harness.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { testConfig } from '../helpers/config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createZaloBotHarness } from '../helpers/fake-zalo-bot-harness.js';
import { createZaloOaHarness } from '../helpers/fake-zalo-harness.js';

/**
 * Issue 17 items 5 and 6 on every channel: /tailieu (topic → material → «Đã đọc») and /ngonngu
 * through the real Telegram, Zalo OA and Zalo Bot adapters (update JSON in through webhooks,
 * replies read back from the platform fakes' wire format: buttons on Telegram and Zalo OA, ≤ 5
 * per Zalo message; numbered lists typed back on Zalo Bot) and the real intake.
 */
const config = testConfig({ QUIET_HOURS: '' });
const i18n = createI18n();
let t: TestDatabase;
let intake: Intake;
type Harness = ContractHarness & { setHandler(handler: (m: Parameters<Intake['handle']>[0]) => Promise<void>): void };
const harnesses: Partial<Record<ChannelName, Harness>> = {};
const wire = new Map<string, SentRecord[][]>();
const members: Partial<Record<ChannelName, PersonRef>> = {};
const CHANNELS = ['telegram', 'zalo', 'zalobot'] as const;

async function sendThrough(channel: ChannelName, accountId: string, msg: OutboundMessage): Promise<void> {
  const h = harnesses[channel]!;
  const before = (await h.sent()).length;
  await h.adapter.send(accountId, msg);
  const records = (await h.sent()).slice(before).filter((r) => r.accountId === accountId);
  wire.set(accountId, [...(wire.get(accountId) ?? []), records]);
}

function seenOf(channel: ChannelName, records: SentRecord[]): SeenMessage {
  const text = records.map((r) => r.text).join('\n');
  if (channel !== 'zalobot') return { text, choices: records.flatMap((r) => r.buttons.map((label, i) => ({ label, data: r.buttonData[i]! }))) };
  const choices = [...text.matchAll(/^(\d{1,2})\. (.+)$/gm)].map((m) => ({ label: m[2]!, data: m[1]! }));
  return { text, choices };
}

function chat(channel: ChannelName, p: PersonRef): ChatUser {
  const h = harnesses[channel]!;
  const act = async (what: () => Promise<void>): Promise<SeenMessage[]> => {
    const before = wire.get(p.accountId)?.length ?? 0;
    const received = h.received.length;
    await what();
    await h.waitForReceived(received + 1);
    await intake.replies.idle();
    return (wire.get(p.accountId) ?? []).slice(before).map((records) => seenOf(channel, records));
  };
  return { send: (x) => act(() => h.userSendsText(p.accountId, x)), press: (data) => act(() => h.userPressesButton(p.accountId, data)) };
}

const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
function pick(seen: SeenMessage[], label: RegExp): string {
  const c = seen.flatMap((m) => m.choices).find((x) => label.test(x.label));
  if (!c) throw new Error(`no ${String(label)} in ${seen.flatMap((m) => m.choices.map((x) => x.label)).join(' | ')}`);
  return c.data;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Trà Vinh' },
    { key: 'a', name: 'Xã Long Hiệp', parent: 'p' },
  ]);
  const official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  let n = 0;
  for (const channel of CHANNELS) {
    const accountId = channel === 'telegram' ? String(7_300_000_000 + ++n) : `${channel}-nw-${++n}`;
    members[channel] = await addPerson(t.db, u.a!.id, 'collaborator', `CTV ${channel}`, { channel, accountId });
  }
  harnesses.telegram = await createTelegramHarness('webhook');
  harnesses.zalo = await createZaloOaHarness();
  harnesses.zalobot = await createZaloBotHarness('webhook');
  intake = createCollectingIntake(t.db, config, new Map(), {
    maxTextLength: 4000,
    deliver: async (account, messages, onSent) => {
      for (const m of messages) {
        await sendThrough(account.channel, account.accountId, m);
        onSent?.();
      }
    },
  });
  for (const h of Object.values(harnesses)) {
    h.setHandler(async (m) => {
      h.received.push(m);
      await intake.handle(m);
    });
  }
  const settings = { ...broadcastSettings(config), approvalThreshold: 1_000_000 };
  const r = await t.db.transaction((tx) =>
    publishMaterial(
      tx,
      { settings, t: i18n.t },
      { id: official.id, role: 'official', unitId: u.p!.id },
      {
        topic: 'Kỹ năng nắm bắt dư luận',
        kind: 'note',
        title: 'Năm bước nắm tình hình',
        body: 'Nghe, ghi theo nhóm, đối chiếu, báo cáo, giữ bí mật.',
        unitCode: null,
      },
      new Date(),
    ),
  );
  if (!r.ok) throw new Error(r.code);
});
afterAll(async () => {
  for (const h of Object.values(harnesses)) await h.close();
  await t?.close();
});

describe.each(CHANNELS)('on %s', (channel) => {
  it('/tailieu: topic → material → «Đã đọc» recorded; every message within the platform limits', async () => {
    const p = members[channel]!;
    const me = chat(channel, p);
    let seen = await me.send('/tailieu');
    expect(text(seen)).toContain('• Kỹ năng nắm bắt dư luận: 1 tài liệu, 1 chưa đọc');
    seen = await me.press(pick(seen, /Kỹ năng nắm bắt dư luận/));
    seen = await me.press(pick(seen, /Năm bước nắm tình hình/));
    expect(text(seen)).toContain('📖 Năm bước nắm tình hình');
    seen = await me.press(pick(seen, /Đã đọc/));
    expect(text(seen)).toContain('Đã ghi nhận đồng chí đã đọc «Năm bước nắm tình hình»');
    expect(await t.db.select().from(materialReads).where(eq(materialReads.personId, p.id))).toHaveLength(1);
    for (const records of wire.get(p.accountId) ?? []) for (const r of records) if (channel === 'zalo') expect(r.buttons.length).toBeLessThanOrEqual(5);
  });

  it('/ngonngu: English chosen, then back to Vietnamese', async () => {
    const p = members[channel]!;
    const me = chat(channel, p);
    let seen = await me.send('/ngonngu');
    expect(text(seen)).toContain('Ngôn ngữ hiện tại: Tiếng Việt.');
    seen = await me.press(pick(seen, /English/));
    expect(text(seen)).toContain('Switched to English.');
    const [row] = await t.db.select({ locale: peopleTable.locale }).from(peopleTable).where(eq(peopleTable.id, p.id));
    expect(row?.locale).toBe('en');
    expect(text(await me.send('/language tieng viet'))).toContain('Đã chuyển sang Tiếng Việt.');
  });
});
