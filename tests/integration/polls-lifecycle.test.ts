import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLog, outbox, sends, surveyCampaigns, surveyResponses } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { closeCampaign, openCampaign, type SurveyEnv } from '../../core/surveys/delivery.js';
import { sweepCampaigns } from '../../core/surveys/sweep.js';
import { pollResults } from '../../core/polls/results.js';
import { answerPoll, createPoll, loadPoll } from '../../core/polls/poll.js';
import { pollVoice } from '../../core/polls/voice.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createPollsFeature } from '../../bot/features/polls/feature.js';
import { createSurveysFeature } from '../../bot/features/surveys/feature.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
let now = vn('2026-11-20T09:00:00');
const config = testConfig();
const i18n = createI18n();
const tr = i18n.t;
const env = (): SurveyEnv => ({ db: t.db, config, t: tr, now: () => now, voices: { poll: pollVoice } });
/** A poll's answers as stored: survey responses of its campaign, each with its voter key. */
const answersOf = (id: string) => t.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, id));
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
let intake: ReturnType<typeof createIntake>;
let seq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  p.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV An', { stratum: 'nong_dan' });
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'CTV Bình', { stratum: 'cong_nhan' });
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'CTV Cúc', { stratum: 'nong_dan' });
  p.o1 = await addPerson(t.db, u.o!.id, 'collaborator', 'CTV tỉnh khác');
  p.oo = await addPerson(t.db, u.o!.id, 'official', 'Cán bộ tỉnh khác');
  intake = createIntake({
    db: t.db,
    features: [createPollsFeature({ config }), createSurveysFeature({ config, i18n })],
    t: tr,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    clock: () => now,
  });
});
afterAll(async () => t?.close());

function say(who: PersonRef, payload: InboundMessage['payload']) {
  return intake.handle({ channel: 'sandbox', updateKey: `u${++seq}`, accountId: who.accountId, receivedAt: now, payload });
}
const text = (who: PersonRef, s: string) => say(who, { type: 'text', text: s });
const press = (who: PersonRef, data: string) => say(who, { type: 'choice', data });
const last = (who: PersonRef) =>
  replies
    .filter((r) => r.accountId === who.accountId)
    .at(-1)
    ?.messages.map((m) => (m.type === 'text' ? m.text : ''))
    .join('\n') ?? '';

let pollId = '';

describe('quick polls', () => {
  it('an official composes one in chat, sees the recipient count, and sends it', async () => {
    await text(p.po!, '/taothamdo');
    await text(p.po!, 'Đồng chí đánh giá thế nào về việc điều chỉnh giá điện?');
    await text(p.po!, '1. Hợp lý\n2. Chưa hợp lý\n3. Không có ý kiến');
    await text(p.po!, '1');
    await text(p.po!, 'khong');
    await text(p.po!, '1 ngay');
    await text(p.po!, '1');
    await text(p.po!, 'tat ca');
    await text(p.po!, '1');
    expect(last(p.po!)).toContain('Gửi tới 3 người thuộc Tỉnh Thái Nguyên');
    await text(p.po!, '1');
    expect(last(p.po!)).toContain('đang gửi tới 3 người');
    const [campaign] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.authorId, p.po!.id));
    expect(campaign!.kind).toBe('poll');
    pollId = campaign!.id;
    const poll = await loadPoll(t.db, pollId);
    expect([poll!.multi, poll!.anonymous, poll!.options]).toEqual([false, false, ['Hợp lý', 'Chưa hợp lý', 'Không có ý kiến']]);
    expect(poll!.closesAt.toISOString()).toBe(vn('2026-11-21T09:00:00').toISOString());
    const jobs = await t.db
      .select()
      .from(outbox)
      .where(like(outbox.jobId, `survey-%-${pollId}`));
    expect(jobs.map((j) => [j.name, j.runAt.toISOString()]).sort()).toEqual([
      ['survey-close', poll!.closesAt.toISOString()],
      ['survey-open', now.toISOString()],
    ]);
  });

  it('refuses, and audits, an audience outside the author’s scope', async () => {
    await text(p.po!, '/taothamdo');
    for (const s of ['Câu hỏi thử', 'Có\nKhông', '1', '2', '1']) await text(p.po!, s);
    await text(p.po!, u.o!.code);
    for (const s of ['1', '1']) await text(p.po!, s);
    expect(last(p.po!)).toContain('không thuộc phạm vi phụ trách');
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.po!.id), eq(auditLog.outcome, 'refused')));
    expect(refused.map((a) => a.action)).toContain('poll.create');
    await text(p.po!, '/huy');
  });

  it('takes the audience unit by its name as an official types it (accents optional, a part only one unit has)', async () => {
    // Whatever the test before left open is discarded first (/huy, then /huy again to confirm).
    await text(p.po!, '/huy');
    await text(p.po!, '/huy');
    await text(p.po!, '/taothamdo');
    // The closing typed as a duration instead of a button («2 ngày» was refused).
    for (const s of ['Câu hỏi thử', 'Có\nKhông', '1', '2', '2 ngày']) await text(p.po!, s);
    // Two units have «tỉnh» in their names: neither is guessed, and the question stays.
    await text(p.po!, 'tinh');
    for (const s of ['1', '1']) await text(p.po!, s);
    expect(last(p.po!)).toMatch(/Không tìm thấy đúng một đơn vị/);
    await text(p.po!, 'xa tan cuong');
    for (const s of ['1', '1']) await text(p.po!, s);
    expect(last(p.po!)).toContain('Gửi tới 2 người thuộc Xã Tân Cương');
    await text(p.po!, '/huy');
    await text(p.po!, '/huy');
  });

  it('sends the question once to each recipient, with answer buttons', async () => {
    expect(await openCampaign(env(), pollId)).toEqual({ sampled: 3, queued: 3 });
    expect(await openCampaign(env(), pollId)).toBe('noop');
    const rows = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${pollId}-invite`));
    expect(rows.map((r) => r.personId).sort()).toEqual([p.a1!.id, p.a2!.id, p.b1!.id].sort());
    const m = rows[0]!.message as { choices: { data: string }[] };
    expect(m.choices.map((c) => c.data)).toEqual([0, 1, 2].map((i) => `p:${pollId}:${i}`));
    expect(m.choices.every((c) => Buffer.byteLength(c.data) <= 64)).toBe(true);
    // The option typed instead of pressed (the poll came from a worker, not as a reply, so it is no
    // open question of the conversation): it answers the poll; it was taken for free text and lost.
    await text(p.a1!, 'hop ly');
    expect(last(p.a1!)).toContain('Đã ghi nhận: «Hợp lý»');
    expect((await answersOf(pollId)).map((a) => [a.personId, a.answers.q])).toEqual([[p.a1!.id, [0]]]);
    // Free text that is no option's whole label stays free text.
    await text(p.a1!, 'hợp lý nhưng hơi cao');
    expect(last(p.a1!)).not.toContain('Đã ghi nhận');
  });

  it('records one changeable answer per person, by button or by typed number after /thamdo', async () => {
    await press(p.a1!, `p:${pollId}:0`);
    expect(last(p.a1!)).toContain('Đã ghi nhận: «Hợp lý»');
    await press(p.a1!, `p:${pollId}:1`);
    await press(p.a2!, `p:${pollId}:1`);
    await text(p.b1!, '/thamdo');
    expect(last(p.b1!)).toContain('giá điện');
    await text(p.b1!, '3');
    expect(last(p.b1!)).toContain('Không có ý kiến');
    await press(p.o1!, `p:${pollId}:0`);
    expect(last(p.o1!)).toContain('không gửi tới đồng chí');

    const answers = await answersOf(pollId);
    expect(answers.map((a) => [a.personId, a.answers.q]).sort()).toEqual(
      [
        [p.a1!.id, [1]],
        [p.a2!.id, [1]],
        [p.b1!.id, [2]],
      ].sort(),
    );
  });

  it('shows live results by unit to the author, not to an official elsewhere', async () => {
    await press(p.po!, `pr:${pollId}`);
    expect(last(p.po!)).toContain('Đã trả lời: 3/3');
    expect(last(p.po!)).toContain('2. Chưa hợp lý: 2 (67%)');
    expect(last(p.po!)).toContain('Xã Tân Cương: 2/2 trả lời — 1: 0 · 2: 2 · 3: 0');
    await press(p.oo!, `pr:${pollId}`);
    expect(last(p.oo!)).toContain('không có quyền');
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.oo!.id), eq(auditLog.action, 'poll.results')));
    expect(refused).toHaveLength(1);
  });

  it('refuses an answer after closing, even before the close job ran, then closes once with the results', async () => {
    now = vn('2026-11-21T09:00:01');
    await press(p.a1!, `p:${pollId}:0`);
    expect(last(p.a1!)).toContain('đã kết thúc');
    expect(await closeCampaign(env(), pollId)).toBe('closed');
    expect(await closeCampaign(env(), pollId)).toBe('noop');
    expect((await sweepCampaigns(env())).closed).toBe(0);
    const [result] = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${pollId}-results`));
    expect(result!.personId).toBe(p.po!.id);
    expect((result!.message as { text: string }).text).toContain('đã kết thúc');
    await press(p.a2!, `p:${pollId}:0`);
    expect(last(p.a2!)).toContain('đã kết thúc');
    const a1 = await t.db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.campaignId, pollId), eq(surveyResponses.personId, p.a1!.id)));
    expect(a1[0]!.answers.q).toEqual([1]);
  });

  it('the author shares the results back: those who answered get the totals once, in the poll’s words, no units', async () => {
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, pollId));
    const [result] = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${pollId}-results`));
    const button = (result!.message as { choices: { data: string }[] }).choices[0]!.data;
    expect(button).toBe(`svs:${c!.number}`);
    await press(p.oo!, button);
    expect(last(p.oo!)).toContain('không có quyền');
    await press(p.po!, button);
    expect(last(p.po!)).toContain('Đã gửi kết quả tóm tắt tới 3 người');
    await press(p.po!, button);
    expect(last(p.po!)).toContain('đã được gửi');
    const shared = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${pollId}-shared`));
    expect(shared.map((s) => s.personId).sort()).toEqual([p.a1!.id, p.a2!.id, p.b1!.id].sort());
    const text = (shared[0]!.message as { text: string }).text;
    expect(text).toContain('Cảm ơn đồng chí đã tham gia trả lời thăm dò');
    expect(text).toContain('Đồng chí đánh giá thế nào về việc điều chỉnh giá điện?');
    expect(text).toContain('Đã trả lời: 3/3 người được hỏi');
    expect(text).toContain('2. Chưa hợp lý: 2 (67%)');
    expect(text).not.toMatch(/Theo đơn vị|KHẢO SÁT|Tân Cương/);
  });

  it('anonymous multi-choice: toggles, keeps no person on answers, hides small units, erases the salt at close', async () => {
    now = vn('2026-11-22T23:30:00');
    const draft = {
      question: 'Nguồn thông tin đồng chí dùng?',
      options: ['Báo in', 'Mạng xã hội', 'Truyền hình'],
      multi: true,
      anonymous: true,
      closesAt: vn('2026-11-23T12:00:00'),
      unitId: u.p!.id,
      filters: {},
    };
    const created = await t.db.transaction((tx) => createPoll(tx, config, { id: p.po!.id, unitId: u.p!.id }, draft, now));
    if (!created.ok) throw new Error(created.code);
    const [sendJob] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.jobId, `survey-open-${created.pollId}`));
    expect(sendJob!.runAt.toISOString()).toBe(vn('2026-11-23T06:00:00').toISOString());
    now = vn('2026-11-23T06:00:00');
    await openCampaign(env(), created.pollId);
    const answer = (who: PersonRef, i: number) => t.db.transaction((tx) => answerPoll(tx, who, created.pollId, i, now, config.TIMEZONE));
    await answer(p.a1!, 0);
    await answer(p.a1!, 1);
    const toggled = await answer(p.a1!, 0);
    expect(toggled.ok && toggled.choices).toEqual([1]);
    await answer(p.b1!, 2);
    expect(await answer(p.a2!, 7)).toMatchObject({ ok: false, code: 'bad_option' });
    const rows = await answersOf(created.pollId);
    expect(rows.every((r) => r.personId === null && r.voterKey?.length === 64)).toBe(true);
    const live = await pollResults(t.db, created.pollId);
    expect(live!.totals).toEqual([0, 1, 1]);
    expect(live!.byUnit.every((b) => b.counts === null)).toBe(true);
    now = vn('2026-11-23T12:00:00');
    await closeCampaign(env(), created.pollId);
    const [closed] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, created.pollId));
    expect([closed!.status, closed!.salt]).toEqual(['closed', null]);
  });
});
