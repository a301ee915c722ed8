import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDateTime } from '../../core/kernel/datetime.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { outbox as jobOutbox, people, sends, surveyCampaigns, surveyRecipients, surveyResponses } from '../../db/schema/index.js';
import { type Intake } from '../../bot/engine/intake.js';
import { jobsByQueue } from '../../workers/jobs/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Questionnaire } from '../../core/surveys/definition.js';
import { closeCampaign, openCampaign, remindCampaign, type SurveyEnv } from '../../core/surveys/delivery.js';
import { answersTable, talliesTable } from '../../core/surveys/export.js';
import { campaignResults, loadResponses } from '../../core/surveys/results.js';
import { audienceMembers } from '../../core/surveys/campaigns.js';
import { drawSample } from '../../core/surveys/sample.js';
import { importQuestionnaire } from '../../core/surveys/store.js';
import { surveyReport } from '../../core/surveys/report.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { docxParagraphs, docxText, xlsxRows } from './synthesis-docx-reader.js';
import { consoleApp, login } from './console-fixtures.js';
import { parseCsv } from '../../core/kernel/csv.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { vn } from './reporting-fixtures.js';
import { answerSurvey, choiceOf, fullScript, lastQuestion, fixtureQuestionnaire, surveyToTimeLimit } from './survey-driver.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 18 end to end through the real intake with every feature: an official sends the
 * 20-question questionnaire with quotas (/taokhaosat), the sample is drawn from the recorded seed,
 * recipients answer with skip logic, back and review, a draft waits three days, a collaborator
 * records an interview, non-respondents are reminded, the close sends the results, the author
 * shares them back, the answers export anonymously and a second campaign compares before/after.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
let intake: Intake;
let q: Questionnaire;
let now = vn('2026-11-20T09:00:00');
const config = testConfig();
const i18n = createI18n();
const outbox = new Map<string, OutboundMessage[]>();
const env = (): SurveyEnv => ({ db: t.db, config, t: i18n.t, now: () => now });
const official: Record<string, PersonRef> = {};
const ctv: PersonRef[] = [];

const chat = (p: PersonRef): ChatUser => intakeUser(() => intake, outbox, p.accountId, { receivedAt: () => now });
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên' },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  official.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh');
  official.oo = await addPerson(t.db, u.o!.id, 'official', 'Cán bộ tỉnh khác');
  const strata = ['nong_dan', 'cong_nhan', 'tri_thuc'];
  for (let i = 0; i < 18; i++) ctv.push(await addPerson(t.db, (i % 2 ? u.b : u.a)!.id, 'collaborator', `CTV ${i}`, { stratum: strata[i % 3] }));
  intake = createCollectingIntake(t.db, config, outbox, { clock: () => now, maxTextLength: 4000 });
  q = fixtureQuestionnaire();
  expect((await importQuestionnaire(t.db, q)).created).toBe(true);
  expect((await importQuestionnaire(t.db, q)).created).toBe(false);
});
afterAll(async () => t?.close());

async function createByChat(who: PersonRef, sample: 'quota' | 'all', baseline?: boolean): Promise<number> {
  const me = chat(who);
  let seen = await me.send('/taokhaosat');
  seen = await me.press(choiceOf(seen.at(-1), /dlxh-cds-2026/).data);
  seen = await me.press(choiceOf(seen.at(-1), /^Toàn /).data);
  seen = await me.press(choiceOf(seen.at(-1), 'Cộng tác viên').data);
  // No sector in this province: that question skips itself; every social group.
  seen = await me.press(choiceOf(seen.at(-1), 'Tất cả các nhóm xã hội').data);
  if (sample === 'quota') {
    seen = await me.press(choiceOf(seen.at(-1), /chỉ tiêu/).data);
    // Groups are named by their labels, never by code; a typo in a name is refused.
    expect(texts(seen)).toContain('Các nhóm: Công nhân, người lao động; Nông dân; Trí thức');
    expect(texts(seen)).not.toMatch(/nong_dan/);
    expect(texts(await me.send('Nông dâm=4'))).toMatch(/Không đọc được chỉ tiêu/);
    seen = await me.send('Nông dân=4, cong nhan: 5');
  } else {
    seen = await me.press(choiceOf(seen.at(-1), /Tất cả/).data);
  }
  seen = await me.press(choiceOf(seen.at(-1), 'Có').data); // interviews allowed
  // A duration typed where buttons are offered is read, a word that is none is refused and asked again.
  expect(texts(await me.send('sớm nhất có thể'))).toContain('gõ thời hạn theo ngày hay giờ');
  seen = await me.send('7 ngày');
  if (baseline !== undefined) {
    expect(texts(seen)).toMatch(/So sánh kết quả đợt mới/);
    seen = await me.press(choiceOf(seen.at(-1), baseline ? 'Có' : 'Không').data);
  }
  expect(texts(seen)).toMatch(/XEM TRƯỚC[\s\S]*Được chọn trả lời: (9|18)/);
  // What is sent and until when, as an official reads it (it said «Thời hạn: 168 giờ»).
  expect(texts(seen)).toContain('Bộ câu hỏi: Dư luận về chuyển đổi số ở xã, phường');
  expect(texts(seen)).toContain('Phỏng vấn người dân: cộng tác viên được ghi phiếu khi phỏng vấn (/phongvan)');
  const closes = new Date(now.getTime() + 7 * 86_400_000);
  expect(texts(seen)).toContain(`Thời hạn: 1 tuần, đến ${formatDateTime(closes, 'Asia/Ho_Chi_Minh')}`); // «7 ngày» typed is the «1 tuần» button
  seen = await me.press(choiceOf(seen.at(-1), /Gửi khảo sát/).data);
  const m = /đợt khảo sát số (\d+)/.exec(texts(seen));
  expect(m, texts(seen)).not.toBeNull();
  return Number(m![1]);
}

let first: { id: string; number: number };

describe('a survey campaign from questionnaire to results', () => {
  it('an official sends the questionnaire with quotas; the sample is drawn and recorded reproducibly', async () => {
    const number = await createByChat(official.po!, 'quota');
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.number, number));
    first = { id: c!.id, number };
    expect(c!.sample).toEqual({ kind: 'quota', quotas: { nong_dan: 4, cong_nhan: 5 } });
    expect(c!.seed).toMatch(/^[0-9a-f]{16}$/);
    // Its open, remind and close jobs are queued, each one a job the workers know.
    const jobs = await t.db
      .select()
      .from(jobOutbox)
      .where(like(jobOutbox.jobId, `survey-%-${c!.id}`));
    expect(jobs.map((j) => j.name).sort()).toEqual(['survey-close', 'survey-open', 'survey-remind']);
    for (const j of jobs) expect(jobsByQueue().get(j.queue)?.has(j.name)).toBe(true);
    const opened = await openCampaign(env(), c!.id);
    expect(opened).toMatchObject({ sampled: 9, queued: 9 });
    expect(await openCampaign(env(), c!.id)).toBe('noop');
    const recorded = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, c!.id));
    const members = await audienceMembers(t.db, u.p!.path, { roles: ['collaborator'] }, official.po!.id);
    const again = drawSample(members, c!.sample, c!.seed).map((m) => m.personId);
    expect(recorded.map((r) => r.personId).sort()).toEqual(again.sort());
    expect(recorded.filter((r) => r.stratum === 'nong_dan')).toHaveLength(4);
    expect(recorded.filter((r) => r.stratum === 'tri_thuc')).toHaveLength(0);
    const invites = await t.db
      .select()
      .from(sends)
      .where(like(sends.purpose, `survey-${c!.id}-invite`));
    expect(invites).toHaveLength(9);
  });

  it('a recipient answers all 20 questions with back, a three-day pause and an edit at review; the answer is anonymous', async () => {
    const rec = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, first.id));
    const who = ctv.find((p) => p.id === rec[0]!.personId)!;
    const me = chat(who);
    const start = await me.send(`/khaosat ${first.number}`);
    expect(texts(start)).toMatch(/Phiếu có 20 câu hỏi/);
    // A number out of range is refused; then part way.
    let seen = await me.send('9999');
    expect(texts(seen)).toMatch(/lớn hơn mức cao nhất cho phép \(100\)/);
    seen = await me.send('42');
    seen = await me.press(choiceOf(lastQuestion(seen), 'Nữ').data);
    expect(lastQuestion(seen)!.text).toMatch(/câu 3\/20/);
    // The draft waits three days; /tieptuc picks up at the same question; then back one question.
    now = new Date(now.getTime() + 3 * 86_400_000);
    seen = await me.send('/tieptuc');
    expect(lastQuestion(seen)!.text).toMatch(/câu 3\/20/);
    seen = await me.press(choiceOf(lastQuestion(seen), /Câu trước/).data);
    expect(lastQuestion(seen)!.text).toMatch(/câu 2\/20/);
    const r = await answerSurvey(me, q, seen, fullScript({ gioi: 'Nam' }));
    expect(r.asked).toHaveLength(19); // gioi again, then every question from nghe on
    const review = lastQuestion(r.last)!;
    expect(review.text).toMatch(/Nam/);
    // Change the answer to "biet": the skip now leaves out kenh…lo_ngai, asked nothing new.
    seen = await me.press(choiceOf(review, /Sửa một câu/).data);
    const bietAt = review.text.split('\n').findIndex((l) => l.includes('đã nghe về chương trình'));
    const numberOnReview = /^(\d+)\./.exec(review.text.split('\n')[bietAt]!)![1];
    seen = await me.send(numberOnReview!);
    seen = await me.press(choiceOf(lastQuestion(seen), 'Chưa nghe').data);
    const after = lastQuestion(seen)!;
    expect(after.text).toMatch(/XEM LẠI PHIẾU/);
    expect(after.text).not.toMatch(/kênh nào/);
    seen = await me.press(choiceOf(after, /Gửi phiếu/).data);
    expect(texts(seen)).toMatch(/Đã ghi nhận phiếu khảo sát/);
    const [resp] = await t.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, first.id));
    expect(resp!.mode).toBe('self');
    expect(Object.keys(resp!.answers)).not.toContain('kenh');
    expect(resp!.answers.biet).toEqual([1]);
    expect(JSON.stringify(resp)).not.toContain(who.id);
    // Once only.
    expect(texts(await me.send(`/khaosat ${first.number}`))).toMatch(/đã gửi phiếu của đợt khảo sát này/);
  });

  it('other recipients answer; a person outside the sample cannot', async () => {
    const rec = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, first.id));
    for (const [i, r] of rec.slice(1, 7).entries()) {
      const me = chat(ctv.find((p) => p.id === r.personId)!);
      const out = await answerSurvey(
        me,
        q,
        await me.send(`/khaosat ${first.number}`),
        fullScript({ dong_tinh: i % 2 ? '5 — Hoàn toàn đồng tình' : '2 — Không đồng tình' }),
        {
          send: true,
        },
      );
      expect(texts(out.last)).toMatch(/Đã ghi nhận/);
    }
    const outsider = ctv.find((p) => !rec.some((r) => r.personId === p.id))!;
    expect(texts(await chat(outsider).send(`/khaosat ${first.number}`))).toMatch(/không thuộc đối tượng/);
  });

  it('a collaborator records an interview: the group is kept, not the person', async () => {
    const interviewer = ctv[3]!;
    const me = chat(interviewer);
    let seen = await me.send(`/phongvan ${first.number}`);
    expect(texts(seen)).toMatch(/PHỎNG VẤN/);
    seen = await me.press(choiceOf(seen.at(-1), /Nông dân/).data);
    const out = await answerSurvey(me, q, seen, fullScript({ biet: 'Chưa nghe' }), { send: true });
    expect(texts(out.last)).toMatch(/Đã ghi nhận phiếu phỏng vấn/);
    const rows = await t.db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.campaignId, first.id), eq(surveyResponses.mode, 'interview')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.stratum).toBe('nong_dan');
    const [p] = await t.db.select().from(people).where(eq(people.id, interviewer.id));
    expect(rows[0]!.unitId).toBe(p!.unitId);
  });

  it('reminds only those who have not answered; closes and sends the results to the author; shares them back once', async () => {
    const reminded = await remindCampaign(env(), first.id);
    expect(reminded).toBe(2);
    now = new Date(now.getTime() + 5 * 86_400_000);
    expect(await closeCampaign(env(), first.id)).toBe('closed');
    expect(await closeCampaign(env(), first.id)).toBe('noop');
    const [res] = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${first.id}-results`));
    const msg = res!.message as { text: string; choices: { data: string }[] };
    expect(msg.text).toMatch(/KẾT QUẢ KHẢO SÁT SỐ \d+ \(đã kết thúc\)[\s\S]*Số phiếu: 8/);
    expect(msg.text).toMatch(/Người được chọn đã trả lời: 7\/9/);
    // The late answer is refused.
    const late = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, first.id));
    const waiting = ctv.find((p) => p.id === late.find((r) => !r.respondedAt)!.personId)!;
    expect(texts(await chat(waiting).send(`/khaosat ${first.number}`))).toMatch(/đã kết thúc/);
    // The author reads them in chat; the other province's official may not.
    const author = chat(official.po!);
    const read = await author.send(`/ketquakhaosat ${first.number}`);
    expect(texts(read)).toMatch(/Câu 15\. Đồng chí mong muốn/);
    expect(texts(await chat(official.oo!).send(`/ketquakhaosat ${first.number}`))).toMatch(/không có quyền/);
    const share = await author.press(msg.choices[0]!.data);
    expect(texts(share)).toMatch(/Đã gửi kết quả tóm tắt tới 7 người/);
    expect(texts(await author.press(msg.choices[0]!.data))).toMatch(/đã được gửi/);
    const shared = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${first.id}-shared`));
    expect(shared).toHaveLength(7);
    expect((shared[0]!.message as { text: string }).text).not.toMatch(/Theo đơn vị/);
    expect((shared[0]!.message as { text: string }).text).toMatch(
      /^🙏 Cảm ơn đồng chí đã tham gia trả lời khảo sát[\s\S]*KẾT QUẢ KHẢO SÁT SỐ \d+ \(đã kết thúc\)/,
    );
  });

  it('exports the anonymous answers and the tallies', async () => {
    const r = (await campaignResults(t.db, first.id))!;
    const answers = answersTable(q, await loadResponses(t.db, first.id), r.units);
    expect(answers.header.slice(0, 3)).toEqual(['unit', 'group', 'tuoi']);
    expect(answers.rows).toHaveLength(8);
    const ids = new Set([...ctv, ...Object.values(official)].flatMap((p) => [p.id, p.name]));
    expect(answers.rows.flat().some((c) => typeof c === 'string' && ids.has(c))).toBe(false);
    const tallies = talliesTable(r);
    const dong = tallies.rows.filter((row) => row[0] === 'dong_tinh' && row[2] === 'all');
    expect(dong.map((row) => row[4])).toEqual([0, 3, 0, 0, 3]);
  });

  it('a second campaign linked to the first shows the change per question and unit', async () => {
    const number = await createByChat(official.po!, 'all', true);
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.number, number));
    expect(c!.baselineId).toBe(first.id);
    await openCampaign(env(), c!.id);
    const rec = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, c!.id));
    for (const r of rec.slice(0, 6)) {
      const me = chat(ctv.find((p) => p.id === r.personId)!);
      await answerSurvey(me, q, await me.send(`/khaosat ${number}`), fullScript({ dong_tinh: '5 — Hoàn toàn đồng tình' }), { send: true });
    }
    const read = texts(await chat(official.po!).send(`/ketquakhaosat ${number}`));
    expect(read).toMatch(/SO SÁNH TRƯỚC\/SAU/);
    expect(read).toMatch(/5 — Hoàn toàn đồng tình: 50% → 100% \(\+50\)/);
  });
});

describe('the DOCX results report', () => {
  it('lists completion per unit, each question with its tallies, the open answers and the change against the baseline', async () => {
    const [c] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.baselineId, first.id));
    const report = (await surveyReport(t.db, config, i18n.t, 'vi', c!.id, now))!;
    expect(report.fileName).toBe(`khao-sat-${c!.number}-dlxh-cds-2026.docx`);
    if (process.env.SURVEY_REPORT_OUT) writeFileSync(process.env.SURVEY_REPORT_OUT, report.docx);
    const paras = docxParagraphs(report.docx);
    const headings = (style: string) => paras.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Heading1')).toEqual(['I. THÔNG TIN CHUNG VỀ ĐỢT KHẢO SÁT', 'II. KẾT QUẢ THEO TỪNG CÂU HỎI', 'III. SO SÁNH VỚI ĐỢT KHẢO SÁT TRƯỚC']);
    expect(headings('Heading2')).toHaveLength(20);
    expect(headings('Heading2')[11]).toBe('Câu 12. Chuyển đổi số giúp giảm thời gian đi lại làm thủ tục (6 người trả lời)');
    const text = docxText(report.docx);
    expect(text).toMatch(/Kết quả khảo sát dư luận xã hội «Dư luận về chuyển đổi số ở xã, phường» \(đợt số \d+\)/);
    expect(text).toMatch(/Tổng số phiếu thu về: 6[\s\S]*đã trả lời: 6\/18, đạt 33,3%/);
    // Completion per unit with its total row.
    expect(text).toMatch(/Phường Gia Sàng\n9\n\d\n[\d,]+%\nXã Tân Cương\n9\n\d\n[\d,]+%\nCộng\n18\n6\n33,3%/);
    // A choice question's tallies; the open answers listed.
    expect(text).toMatch(/5 — Hoàn toàn đồng tình\n6\n100%/);
    expect(text).toContain('– Mạng ở thôn còn yếu, hay phải thử lại 😟');
    // Before/after per option.
    expect(text).toMatch(
      /Câu 12\. Chuyển đổi số giúp giảm thời gian đi lại làm thủ tục\nPhương án\nĐợt \d+\nĐợt \d+\nThay đổi\n[\s\S]*?2 — Không đồng tình\n50%\n0%\n−50\n[\s\S]*?5 — Hoàn toàn đồng tình\n50%\n100%\n\+50/,
    );
    // Anonymous: no person's name anywhere.
    for (const p of [...ctv, ...Object.values(official)]) expect(text).not.toContain(p.name);
  });
});

describe('the period’s synthesis', () => {
  it('reports each campaign of the period: completion, interviews, shared results, the answers most given and the change against the baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlxh-survey-syn-'));
    try {
      const cfg = testConfig({ DATA_DIR: dir });
      const scope = { unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path };
      const g = await generateSynthesis(t.db, cfg, i18n.t, { scope, period: '2026-Q4', locale: 'vi', now, tag: 'surveys' });
      const text = docxText(readFileSync(g.docxPath));
      const part = text.slice(text.search(/\d\. Khảo sát dư luận xã hội\n/));
      expect(part).toMatch(/^\d\. Khảo sát dư luận xã hội\nTrong kỳ, Ban đã tổ chức 2 đợt khảo sát dư luận xã hội:/);
      const [second] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.baselineId, first.id));
      expect(part).toContain(
        `1) Đợt khảo sát số ${first.number} “Dư luận về chuyển đổi số ở xã, phường” (từ ngày 20/11/2026 đến ngày 27/11/2026, đã kết thúc): 7/9 người được chọn đã trả lời (78%); tổng số phiếu thu về: 8. Trong đó có 1 phiếu do cộng tác viên phỏng vấn người dân. Kết quả tóm tắt đã được gửi lại những người tham gia trả lời.`,
      );
      expect(part).toMatch(
        new RegExp(`2\\) Đợt khảo sát số ${second!.number} .*, đang mở\\): 6/18 người được chọn đã trả lời \\(33%\\); tổng số phiếu thu về: 6\\.\\n`),
      );
      // The second campaign's table compares with the first: 100% fully agree now, 50% before.
      expect(part).toMatch(new RegExp(`Câu hỏi\\nÝ kiến nhiều nhất\\nTỷ lệ\\nĐợt số ${first.number}\\n`));
      expect(part).toMatch(/Chuyển đổi số giúp giảm thời gian đi lại làm thủ tục\n5 — Hoàn toàn đồng tình\n100%\n50%/);
      // Anonymous: no person's name; the open answers are not in the synthesis.
      for (const p of [...ctv, ...Object.values(official)]) expect(part).not.toContain(p.name);
      expect(part).not.toContain('Mạng ở thôn còn yếu');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the console «Khảo sát» page', () => {
  it('lists the campaigns in scope, shows completion per unit and the results, and serves the exports', async () => {
    const c = consoleApp(t.db, config);
    const { cookie } = await login(t.db, c, official.po!.id);
    const list = await (await c.request('/surveys', { cookie })).text();
    expect(list).toContain(`Khảo sát số ${first.number}: Dư luận về chuyển đổi số ở xã, phường`);
    expect(list).toMatch(/7\/9 người được chọn đã trả lời \(78%\), 8 phiếu/);
    // The other province's official sees none of them.
    const other = await login(t.db, c, official.oo!.id);
    expect(await (await c.request('/surveys', { cookie: other.cookie })).text()).not.toContain('Dư luận về chuyển đổi số');
    expect((await c.request(`/surveys/${first.id}`, { cookie: other.cookie })).status).toBe(404);

    const page = await (await c.request(`/surveys/${first.id}`, { cookie })).text();
    expect(page).toMatch(/<th scope="row">Phường Gia Sàng<\/th><td data-label="[^"]+">\d<\/td><td data-label="[^"]+">\d<\/td>/);
    if (process.env.SURVEY_PAGE_OUT) writeFileSync(process.env.SURVEY_PAGE_OUT, page);
    expect(page).toContain('Câu 12. Chuyển đổi số giúp giảm thời gian đi lại làm thủ tục (6 người trả lời)');
    expect(page).toContain('Mạng ở thôn còn yếu, hay phải thử lại 😟');
    // Closed: the completion no longer refreshes itself; an open campaign's does.
    expect(page).not.toContain('hx-trigger="every 10s"');
    const [open] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.baselineId, first.id));
    const live = await (await c.request(`/surveys/${open!.id}/completion`, { cookie })).text();
    expect(live).toContain(`hx-get="/console/surveys/${open!.id}/completion"`);
    expect(live).toContain('hx-trigger="every 10s"');
    expect(await (await c.request(`/surveys/${open!.id}`, { cookie })).text()).toMatch(/So sánh trước\/sau: đợt số \d+ → đợt số \d+/);

    const csv = await c.request(`/surveys/${first.id}/answers.csv`, { cookie });
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="khao-sat-${first.number}-answers.csv"`);
    const rows = parseCsv(await csv.text());
    expect(rows[0]!.slice(0, 3)).toEqual(['unit', 'group', 'tuoi']);
    expect(rows).toHaveLength(9);
    const xlsx = Buffer.from(await (await c.request(`/surveys/${first.id}/tallies.xlsx`, { cookie })).arrayBuffer());
    expect(xlsxRows(xlsx)[0]).toEqual(['question', 'option', 'group_kind', 'group', 'count', 'respondents']);
    const docx = Buffer.from(await (await c.request(`/surveys/${first.id}/report.docx`, { cookie })).arrayBuffer());
    expect(docxText(docx)).toContain('I. THÔNG TIN CHUNG VỀ ĐỢT KHẢO SÁT');
  });
});

describe('a survey closing typed as a date', () => {
  it('«20-12-2026» or «20/12» closes at the end of that day, as polls and requests read it; a day passed is asked again', async () => {
    const me = chat(official.po!);
    await surveyToTimeLimit(me);
    let seen = await me.send('20-12-2026');
    if (/So sánh kết quả đợt mới/.test(texts(seen))) seen = await me.press(choiceOf(seen.at(-1), 'Không').data);
    expect(texts(seen)).toContain('Thời hạn: đến 23:59 20/12/2026 (nhắc');
    // A day already passed is refused at the preview and the time limit asked again.
    await me.send('/huy');
    await me.send('/huy');
    await surveyToTimeLimit(me);
    seen = await me.send('1/1/2026');
    if (/So sánh kết quả đợt mới/.test(texts(seen))) seen = await me.press(choiceOf(seen.at(-1), 'Không').data);
    expect(texts(seen)).toMatch(/Thời hạn không hợp lệ \(ngày đã qua[\s\S]*Thời hạn trả lời/);
    seen = await me.send('ngày 20/12');
    if (/So sánh kết quả đợt mới/.test(texts(seen))) seen = await me.press(choiceOf(seen.at(-1), 'Không').data);
    expect(texts(seen)).toContain('Thời hạn: đến 23:59 20/12/2026 (nhắc');
    await me.send('/huy');
    await me.send('/huy');
  });
});
