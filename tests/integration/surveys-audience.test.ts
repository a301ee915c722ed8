import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { surveyCampaigns, surveyRecipients } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { openCampaign } from '../../core/surveys/delivery.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { vn } from './reporting-fixtures.js';
import { choiceOf, fixtureQuestionnaire } from './survey-driver.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

/**
 * Issue 18 item 2: a campaign's audience in chat is a subtree narrowed by role, sector and social
 * stratum (like a guidance broadcast's). The preview names the audience and counts it; the
 * campaign records the filters and opens to exactly those people.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
let intake: Intake;
const now = vn('2026-11-20T09:00:00');
const config = testConfig();
const i18n = createI18n();
const outbox = new Map<string, OutboundMessage[]>();
const p: Record<string, PersonRef> = {};

const chat = (who: PersonRef): ChatUser => intakeUser(() => intake, outbox, who.accountId, { receivedAt: () => now });
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
  ]);
  p.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV MTTQ nông dân 1', { sector: 'mttq', stratum: 'nong_dan' });
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV MTTQ nông dân 2', { sector: 'mttq', stratum: 'nong_dan' });
  p.a3 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV MTTQ công nhân', { sector: 'mttq', stratum: 'cong_nhan' });
  p.a4 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV Hội Nông dân', { sector: 'hoi_nd', stratum: 'nong_dan' });
  p.a5 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV không ngành', { stratum: 'nong_dan' });
  p.ao = await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã MTTQ', { sector: 'mttq', stratum: 'nong_dan' });
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'CTV phường MTTQ', { sector: 'mttq', stratum: 'nong_dan' });
  intake = createCollectingIntake(t.db, config, outbox, { clock: () => now, maxTextLength: 4000 });
  await importQuestionnaire(t.db, fixtureQuestionnaire());
});
afterAll(async () => t?.close());

/** /taokhaosat up to the role question. */
async function start(me: ChatUser): Promise<SeenMessage[]> {
  let seen = await me.send('/taokhaosat');
  seen = await me.press(choiceOf(seen.at(-1), /dlxh-cds-2026/).data);
  seen = await me.press(choiceOf(seen.at(-1), /^Toàn /).data);
  expect(texts(seen)).toContain('Gửi tới những ai?');
  return seen;
}

/** Everyone of the audience, no interviews, three days, and no before/after (once a campaign exists): the preview. */
async function toPreview(me: ChatUser, seen: SeenMessage[]): Promise<SeenMessage[]> {
  seen = await me.press(choiceOf(seen.at(-1), /Tất cả người thuộc đối tượng/).data);
  seen = await me.press(choiceOf(seen.at(-1), 'Không').data);
  seen = await me.press(choiceOf(seen.at(-1), '3 ngày').data);
  if (texts(seen).includes('So sánh kết quả')) seen = await me.press(choiceOf(seen.at(-1), 'Không').data);
  return seen;
}

describe('the audience of a survey campaign in chat', () => {
  it('collaborators and officials of one sector and one social group: named and counted in the preview, recorded, opened to exactly them', async () => {
    const me = chat(p.po!);
    let seen = await start(me);
    seen = await me.press(choiceOf(seen.at(-1), 'Cả cộng tác viên và cán bộ').data);
    expect(texts(seen)).toContain('Chọn ngành, lĩnh vực');
    expect(seen.at(-1)!.choices.map((c) => c.label)).toEqual(['Tất cả các ngành, lĩnh vực', 'Hội Nông dân', 'Mặt trận Tổ quốc']);
    // An unknown sector is refused; the label typed without accents is taken.
    expect(texts(await me.send('Công an'))).toMatch(/chọn một trong các phương án|Bấm một nút/i);
    seen = await me.send('mat tran to quoc');
    expect(texts(seen)).toContain('Chọn nhóm xã hội');
    seen = await me.press(choiceOf(seen.at(-1), 'Nông dân').data);
    seen = await toPreview(me, seen);
    const preview = texts(seen);
    expect(preview).toContain('Đối tượng: Cả cộng tác viên và cán bộ · Mặt trận Tổ quốc · Nông dân');
    expect(preview).toContain('Số người thuộc đối tượng: 4');
    seen = await me.press(choiceOf(seen.at(-1), /Gửi khảo sát/).data);
    const n = Number(/đợt khảo sát số (\d+)/.exec(texts(seen))![1]);
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.number, n));
    expect(c!.filters).toEqual({ roles: ['collaborator', 'official'], sectors: ['mttq'], strata: ['nong_dan'] });
    expect(await openCampaign({ db: t.db, config, t: i18n.t, now: () => now }, c!.id)).toMatchObject({ sampled: 4, queued: 4 });
    const rec = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, c!.id));
    expect(rec.map((r) => r.personId).sort()).toEqual([p.a1!.id, p.a2!.id, p.ao!.id, p.b1!.id].sort());
  });

  it('collaborators only by default, one sector, every group', async () => {
    const me = chat(p.po!);
    let seen = await start(me);
    seen = await me.press(choiceOf(seen.at(-1), 'Cộng tác viên').data);
    seen = await me.press(choiceOf(seen.at(-1), 'Hội Nông dân').data);
    seen = await me.press(choiceOf(seen.at(-1), 'Tất cả các nhóm xã hội').data);
    seen = await toPreview(me, seen);
    expect(texts(seen)).toContain('Đối tượng: Cộng tác viên · Hội Nông dân');
    expect(texts(seen)).toContain('Số người thuộc đối tượng: 1');
    await me.send('/huy');
  });

  it('an audience with nobody in it is refused and the author goes back to choose again', async () => {
    const me = chat(p.po!);
    let seen = await start(me);
    seen = await me.press(choiceOf(seen.at(-1), 'Cán bộ').data);
    seen = await me.press(choiceOf(seen.at(-1), 'Hội Nông dân').data);
    seen = await me.press(choiceOf(seen.at(-1), 'Tất cả các nhóm xã hội').data);
    seen = await toPreview(me, seen);
    expect(texts(seen)).toContain('Không có ai thuộc đối tượng đã chọn.');
    expect(texts(seen)).toContain('Gửi tới đơn vị nào?');
    await me.send('/huy');
  });
});
