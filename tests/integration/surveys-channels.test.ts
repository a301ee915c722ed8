import { readFileSync } from 'node:fs';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { sends, surveyResponses } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { ChannelName, OutboundMessage } from '../../core/kernel/messages.js';
import { byteLength } from '../../core/kernel/text.js';
import { createCampaign } from '../../core/surveys/campaigns.js';
import type { Questionnaire } from '../../core/surveys/definition.js';
import { openCampaign } from '../../core/surveys/delivery.js';
import { loadQuestionnaire } from '../../core/surveys/load.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { addPerson, seedUnits, type PersonRef } from '../../testkit/seed.js';
import type { ContractHarness, SentRecord } from '../contract/harness.js';
import { createTelegramHarness } from '../contract/telegram-harness.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { testConfig } from '../helpers/config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createZaloBotHarness } from '../helpers/fake-zalo-bot-harness.js';
import { createZaloOaHarness } from '../helpers/fake-zalo-harness.js';
import { answerSurvey, fullScript, type Scripted } from './survey-driver.js';

/**
 * Issue 18 on every channel: the 20-question questionnaire with skip logic answered through the
 * real adapters (real update JSON in through webhooks, replies out through the platform fakes'
 * HTTP wire format) and the real intake. What the person sees is read back from the wire: buttons
 * on Telegram and Zalo OA (≤ 5 per Zalo message), numbered lists typed back on Zalo Bot, every
 * message within its platform's length limit.
 */
const config = testConfig();
const i18n = createI18n();
let t: TestDatabase;
let intake: Intake;
let q: Questionnaire;
let campaign: { id: string; number: number };
type Harness = ContractHarness & { setHandler(handler: (m: Parameters<Intake['handle']>[0]) => Promise<void>): void };
const harnesses: Partial<Record<ChannelName, Harness>> = {};
/** Per account: what each outbound message became on the wire (one entry per OutboundMessage). */
const wire = new Map<string, { msg: OutboundMessage; records: SentRecord[] }[]>();
const people: Record<string, PersonRef[]> = {};
const LIMITS = { telegram: 4096, zalo: 2000, zalobot: 2000 } as Record<ChannelName, number>;
const CHANNELS = ['telegram', 'zalo', 'zalobot'] as const;

async function sendThrough(channel: ChannelName, accountId: string, msg: OutboundMessage): Promise<void> {
  const h = harnesses[channel]!;
  const before = (await h.sent()).length;
  await h.adapter.send(accountId, msg);
  const records = (await h.sent()).slice(before).filter((r) => r.accountId === accountId);
  wire.set(accountId, [...(wire.get(accountId) ?? []), { msg, records }]);
}

/** One outbound message as the person sees it: its parts joined, its buttons (or numbered lines typed back). */
function seenOf(channel: ChannelName, records: SentRecord[]): SeenMessage {
  const text = records.map((r) => r.text).join('\n');
  if (channel !== 'zalobot') return { text, choices: records.flatMap((r) => r.buttons.map((label, i) => ({ label, data: r.buttonData[i]! }))) };
  // «2. Nữ», or a scale's own «4 — Hài lòng» (the whole line is the label then).
  const choices = [...text.matchAll(/^(\d{1,2})(?:\. (.+)| — .+)$/gm)].map((m) => ({ label: m[2] ?? m[0], data: m[1]! }));
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
    return (wire.get(p.accountId) ?? []).slice(before).map((w) => seenOf(channel, w.records));
  };
  return {
    send: (text) => act(() => h.userSendsText(p.accountId, text)),
    // Zalo Bot has no buttons: the person types the number the list shows.
    press: (data) => act(() => h.userPressesButton(p.accountId, data)),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
  ]);
  const official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  let n = 0;
  for (const channel of CHANNELS) {
    people[channel] = [];
    for (let i = 0; i < 2; i++) {
      const accountId = channel === 'telegram' ? String(7_100_000_000 + ++n) : `${channel}-${++n}`;
      people[channel].push(await addPerson(t.db, u.a!.id, 'collaborator', `CTV ${channel} ${i}`, { channel, accountId, stratum: 'nong_dan' }));
    }
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
  const r = loadQuestionnaire(readFileSync(new URL('../fixtures/surveys/dlxh-20.yaml', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  q = r.questionnaire;
  const survey = await importQuestionnaire(t.db, q);
  const now = new Date();
  const created = await createCampaign(
    t.db,
    config,
    official,
    {
      surveyId: survey.id,
      unitId: u.p!.id,
      filters: {},
      sample: { kind: 'all' },
      interviews: false,
      opensAt: now,
      closesAt: new Date(now.getTime() + 7 * 86_400_000),
    },
    now,
  );
  if (!created.ok) throw new Error(`campaign: ${created.code}`);
  campaign = { id: created.campaignId, number: created.number };
  expect(await openCampaign({ db: t.db, config, t: i18n.t, now: () => new Date() }, campaign.id)).toMatchObject({ sampled: 6 });
}, 60_000);

afterAll(async () => {
  for (const h of Object.values(harnesses)) await h.close();
  await t?.close();
});

describe.each(CHANNELS)('a 20-question survey with skip logic on %s', (channel) => {
  const limit = () => LIMITS[channel];

  /** Every message on the wire within the platform's limits; choices as buttons or as a numbered list. */
  function checkWire(accountId: string, questions: number): void {
    const all = wire.get(accountId) ?? [];
    expect(all.length).toBeGreaterThan(questions);
    for (const { msg, records } of all) {
      expect(records.length, 'each outbound message reached the platform').toBeGreaterThan(0);
      for (const r of records) {
        expect(r.text.length).toBeLessThanOrEqual(limit());
        if (channel === 'zalo') expect(r.buttons.length).toBeLessThanOrEqual(5);
        if (channel === 'zalobot') expect(r.buttons).toEqual([]);
        for (const d of r.buttonData) expect(byteLength(d)).toBeLessThanOrEqual(64);
      }
      const choices = msg.type === 'text' ? (msg.choices ?? []) : [];
      if (choices.length === 0) continue;
      if (channel === 'zalobot') {
        const text = records.map((r) => r.text).join('\n');
        choices.forEach((c, i) =>
          expect(text).toContain(c.label.startsWith(`${i + 1}. `) || c.label.startsWith(`${i + 1} — `) ? c.label : `${i + 1}. ${c.label}`),
        );
      } else {
        expect(records.flatMap((r) => r.buttons)).toEqual(choices.map((c) => c.label.slice(0, 100)));
      }
    }
  }

  async function start(p: PersonRef): Promise<SeenMessage[]> {
    // The invitation goes out through the same adapter: a button, or on Zalo Bot the command to type.
    const [invite] = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, p.id), like(sends.purpose, `survey-${campaign.id}-invite`)));
    await sendThrough(channel, p.accountId, invite!.message as OutboundMessage);
    const seen = seenOf(channel, wire.get(p.accountId)!.at(-1)!.records);
    expect(seen.text).toMatch(
      new RegExp(`PHIẾU KHẢO SÁT SỐ ${campaign.number}[\\s\\S]*Hạn trả lời: \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\.[\\s\\S]*/khaosat ${campaign.number}`),
    );
    const me = chat(channel, p);
    if (channel === 'zalobot') return me.send(`/khaosat ${campaign.number}`);
    expect(seen.choices).toHaveLength(1);
    return me.press(seen.choices[0]!.data);
  }

  async function answersOf(p: PersonRef, script: Record<string, Scripted>) {
    const me = chat(channel, p);
    const first = await start(p);
    expect(first.map((m) => m.text).join('\n')).toMatch(/Phiếu có 20 câu hỏi/);
    const before = await t.db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.campaignId, campaign.id));
    const r = await answerSurvey(me, q, first, script, { send: true });
    expect(r.last.map((m) => m.text).join('\n')).toMatch(/Đã ghi nhận phiếu khảo sát/);
    const rows = await t.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, campaign.id));
    const added = rows.filter((x) => !before.some((b) => b.id === x.id));
    expect(added).toHaveLength(1);
    return { asked: r.asked, answers: added[0]!.answers };
  }

  it('heard of it: every section asked, multiple choice ticked, numbers typed, optional questions skipped', async () => {
    const p = people[channel]![0]!;
    const { asked, answers } = await answersOf(p, fullScript());
    expect(asked).toEqual(q.questions.map((x) => x.id));
    expect(asked).toHaveLength(20);
    expect(answers).toMatchObject({
      tuoi: 42,
      gioi: [1],
      nghe: [0],
      nghe_khac: null,
      biet: [0],
      kenh: [0, 2],
      dung_app: [0],
      so_lan: 4,
      hai_long: [3],
      kho_khan: [0],
      ly_do_chua: 'Mạng ở thôn còn yếu, hay phải thử lại 😟',
      dong_tinh: [3],
      pho_bien: [1],
      lo_ngai: [1],
      mong_muon: [0],
      tin_tuong: [2],
      so_nguoi: 3,
      chia_se: [0],
    });
    checkWire(p.accountId, 20);
    // Options show the number a typed answer reads (issue 11 item 19): «2. Nữ», a tick after it.
    const labels = (wire.get(p.accountId) ?? []).flatMap(({ msg }) => (msg.type === 'text' ? (msg.choices ?? []) : []).map((c) => c.label));
    expect(labels).toContain('2. Nữ');
    expect(labels).toContain('3. ✅ Mạng xã hội');
    expect(labels).toContain('4 — Hài lòng'); // a scale keeps its own number only
  });

  it('not heard of it: the skip jumps from "biet" to "mong_muon"', async () => {
    const p = people[channel]![1]!;
    const { asked, answers } = await answersOf(p, fullScript({ biet: 'Chưa nghe', so_nguoi: 12, de_xuat: 'Cần mở lớp buổi tối cho người đi làm' }));
    expect(asked).toEqual(['tuoi', 'gioi', 'nghe', 'nghe_khac', 'biet', 'mong_muon', 'tin_tuong', 'de_xuat', 'so_nguoi', 'chia_se', 'ghi_chu']);
    expect(Object.keys(answers)).not.toContain('kenh');
    expect(answers).toMatchObject({ biet: [1], so_nguoi: 12, de_xuat: 'Cần mở lớp buổi tối cho người đi làm' });
    checkWire(p.accountId, 11);
  });
});
