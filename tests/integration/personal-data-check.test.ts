import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { hotSpots, surveyCampaigns, surveyResponses } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createCampaign } from '../../core/surveys/campaigns.js';
import type { Questionnaire } from '../../core/surveys/definition.js';
import { openCampaign } from '../../core/surveys/delivery.js';
import { campaignResults } from '../../core/surveys/results.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { vn } from './reporting-fixtures.js';
import { answerSurvey, choiceOf, fullScript, lastQuestion, fixtureQuestionnaire } from './survey-driver.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';

/**
 * Issue 11 item 20, wider than reports: names and numbers typed into a hot-spot description or a
 * survey's open answers are listed before the send, numbers go with one tap, names by editing,
 * or «Vẫn gửi như vậy» sends as typed. Through the real intake.
 */
let t: TestDatabase;
let intake: Intake;
let q: Questionnaire;
let tree: Tree;
const now = vn('2026-11-20T09:00:00');
const config = testConfig();
const i18n = createI18n();
const outbox = new Map<string, OutboundMessage[]>();
const p: Record<string, PersonRef> = {};

const chat = (who: PersonRef): ChatUser => intakeUser(() => intake, outbox, who.accountId, { receivedAt: () => now });
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const TAM = 'Ông Nguyễn Văn Tám, SĐT 0912 345 678, kéo khoảng 30 người ra chặn xe chở đất';

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  p.ctv = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Hoa', { stratum: 'nong_dan' });
  p.ctv2 = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Lan', { stratum: 'nong_dan' });
  p.ctv3 = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Mai', { stratum: 'nong_dan' });
  p.official = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  intake = createCollectingIntake(t.db, config, outbox, { clock: () => now, maxTextLength: 4000 });
  q = fixtureQuestionnaire();
  const survey = await importQuestionnaire(t.db, q);
  const created = await t.db.transaction((tx) =>
    createCampaign(
      tx,
      config,
      { id: p.official!.id, unitId: tree.province },
      {
        surveyId: survey.id,
        unitId: tree.province,
        filters: {},
        sample: { kind: 'all' },
        interviews: false,
        opensAt: now,
        closesAt: vn('2026-11-27T09:00:00'),
      },
      now,
    ),
  );
  if (!created.ok) throw new Error(created.code);
  await openCampaign({ db: t.db, config, t: i18n.t, now: () => now }, created.campaignId);
});
afterAll(async () => t?.close());

/** /diemnong up to the confirmation card, with this description. */
async function alertUpTo(me: ChatUser, description: string): Promise<SeenMessage[]> {
  for (const s of ['/diemnong', '1', '2', 'Bãi đất ven sông thôn 3']) await me.send(s);
  await me.send(description);
  return me.send('khoảng 30');
}
const alertsOf = (who: PersonRef) => t.db.select().from(hotSpots).where(eq(hotSpots.reporterId, who.id)).orderBy(asc(hotSpots.receiptNo));

describe('personal data in a hot-spot description', () => {
  it('is listed at «Gửi»; the number goes with one tap, the name by editing the description; then the alert is sent', async () => {
    const me = chat(p.ctv!);
    let seen = await alertUpTo(me, TAM);
    seen = await me.press(choiceOf(seen.at(-1), /Gửi/).data);
    const asked = texts(seen);
    expect(asked).toContain('Phần mô tả sự việc đang có thông tin cá nhân');
    expect(asked).toContain('• Số điện thoại: 0912 345 678');
    expect(asked).toContain('• Họ tên: Ông Nguyễn Văn Tám');
    expect(seen.at(-1)!.choices.map((c) => c.label)).toEqual(['Xóa số điện thoại', '✏️ Sửa mô tả', 'Vẫn gửi như vậy']);
    expect(await t.db.select().from(hotSpots)).toHaveLength(0);
    seen = await me.press(choiceOf(seen.at(-1), 'Xóa số điện thoại').data);
    expect(texts(seen)).toContain('Đã xóa số điện thoại.');
    expect(texts(seen)).toContain('Ông Nguyễn Văn Tám, kéo khoảng 30 người ra chặn xe chở đất');
    expect(texts(seen)).not.toContain('0912');
    seen = await me.press(choiceOf(seen.at(-1), /Gửi/).data);
    expect(texts(seen)).not.toContain('Số điện thoại');
    seen = await me.press(choiceOf(seen.at(-1), '✏️ Sửa mô tả').data);
    seen = await me.send('Một người dân thôn 3 kéo khoảng 30 người ra chặn xe chở đất');
    expect(texts(seen)).toContain('Một người dân thôn 3 kéo khoảng 30 người');
    seen = await me.press(choiceOf(seen.at(-1), /Gửi/).data);
    expect(texts(seen)).toMatch(/DN-/);
    expect((await alertsOf(p.ctv!)).map((h) => h.description)).toEqual(['Một người dân thôn 3 kéo khoảng 30 người ra chặn xe chở đất']);
  });

  it('«Vẫn gửi như vậy» sends it as typed; a description with nothing personal is sent at once', async () => {
    const me = chat(p.ctv2!);
    let seen = await alertUpTo(me, TAM);
    seen = await me.press(choiceOf(seen.at(-1), /Gửi/).data);
    seen = await me.press(choiceOf(seen.at(-1), 'Vẫn gửi như vậy').data);
    expect(texts(seen)).toMatch(/DN-/);
    seen = await alertUpTo(me, 'Người dân tập trung trước cổng công ty');
    seen = await me.press(choiceOf(seen.at(-1), /Gửi/).data);
    expect(texts(seen)).toMatch(/DN-/);
    expect((await alertsOf(p.ctv2!)).map((h) => h.description)).toEqual([TAM, 'Người dân tập trung trước cổng công ty']);
  });
  it('a confidential alert («Chỉ gửi cấp trên») is asked too, and after the number is removed it goes on confidentially', async () => {
    const me = chat(p.ctv!);
    let seen = await alertUpTo(me, TAM);
    seen = await me.press(choiceOf(seen.at(-1), '🔒 Chỉ gửi cấp trên').data);
    seen = await me.press(choiceOf(seen.at(-1), 'Chỉ cấp trên trực tiếp').data);
    expect(texts(seen)).toContain('• Số điện thoại: 0912 345 678');
    seen = await me.press(choiceOf(seen.at(-1), 'Xóa số điện thoại').data);
    // The name is still there: asked again, not sent openly from the card.
    expect(texts(seen)).toMatch(/Đã xóa số điện thoại[\s\S]*• Họ tên: Ông Nguyễn Văn Tám/);
    seen = await me.press(choiceOf(seen.at(-1), 'Vẫn gửi như vậy').data);
    expect(texts(seen)).toMatch(/DN-[\s\S]*🔒 Chỉ cán bộ Tỉnh Hải Phòng và cấp trên xem được tin này/);
    const sent = (await alertsOf(p.ctv!)).at(-1)!;
    expect(sent.description).toBe('Ông Nguyễn Văn Tám, kéo khoảng 30 người ra chặn xe chở đất');
    expect(sent.confidentialUnitId).toBe(tree.province);
  });
});

describe('personal data in a survey’s open answers', () => {
  it('is listed at «Gửi phiếu»; removed, then the answer edited; the anonymous response keeps neither', async () => {
    const me = chat(p.ctv!);
    const out = await answerSurvey(me, q, await me.send('/khaosat'), fullScript({ ly_do_chua: `Theo ông Nguyễn Văn Tám (0912345678) mạng yếu` }));
    let seen = await me.press(choiceOf(lastQuestion(out.last), /Gửi phiếu/).data);
    expect(texts(seen)).toContain('Câu trả lời đang có thông tin cá nhân. Phiếu khảo sát là ẩn danh');
    expect(texts(seen)).toContain('• Số điện thoại: 0912345678');
    expect(texts(seen)).toContain('• Họ tên: ông Nguyễn Văn Tám');
    expect(await t.db.select().from(surveyResponses)).toHaveLength(0);
    seen = await me.press(choiceOf(seen.at(-1), 'Xóa số điện thoại').data);
    expect(texts(seen)).toMatch(/Đã xóa số điện thoại[\s\S]*XEM LẠI PHIẾU[\s\S]*Theo ông Nguyễn Văn Tám mạng yếu/);
    seen = await me.press(choiceOf(lastQuestion(seen), /Gửi phiếu/).data);
    seen = await me.press(choiceOf(seen.at(-1), '✏️ Sửa câu trả lời').data);
    expect(lastQuestion(seen)!.text).toContain(q.questions.find((x) => x.id === 'ly_do_chua')!.text);
    seen = await me.send('Một số hộ ở thôn 3 nói mạng yếu');
    expect(lastQuestion(seen)!.text).toMatch(/XEM LẠI PHIẾU/);
    seen = await me.press(choiceOf(lastQuestion(seen), /Gửi phiếu/).data);
    expect(texts(seen)).toMatch(/Đã ghi nhận phiếu khảo sát/);
    const [resp] = await t.db.select().from(surveyResponses);
    expect(resp!.answers.ly_do_chua).toBe('Một số hộ ở thôn 3 nói mạng yếu');
    expect(JSON.stringify(resp!.answers)).not.toMatch(/0912|Tám/);
  });

  it('«Vẫn gửi như vậy» keeps the answer as typed, but the results read by officials mask the number', async () => {
    const me = chat(p.ctv3!);
    const out = await answerSurvey(me, q, await me.send('/khaosat'), fullScript({ ly_do_chua: 'Gọi 0912345678 để được hướng dẫn' }));
    let seen = await me.press(choiceOf(lastQuestion(out.last), /Gửi phiếu/).data);
    seen = await me.press(choiceOf(seen.at(-1), 'Vẫn gửi như vậy').data);
    expect(texts(seen)).toMatch(/Đã ghi nhận phiếu khảo sát/);
    const [c] = await t.db.select().from(surveyCampaigns);
    const open = (await campaignResults(t.db, c!.id))!.questions.find((x) => x.id === 'ly_do_chua')!.open!;
    expect(open).toContain('Gọi ********78 để được hướng dẫn');
    expect(open.join(' ')).not.toContain('0912345678');
  });

  it('answers with nothing personal are sent at the first «Gửi phiếu»', async () => {
    const me = chat(p.ctv2!);
    const out = await answerSurvey(me, q, await me.send('/khaosat'), fullScript(), { send: true });
    expect(texts(out.last)).toMatch(/Đã ghi nhận phiếu khảo sát/);
    const rows = await t.db.select().from(surveyResponses).where(eq(surveyResponses.mode, 'self'));
    expect(rows).toHaveLength(3);
  });
});
