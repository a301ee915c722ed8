import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLog, outbox as jobOutbox, sends, surveyCampaigns, surveyRecipients, surveys } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { closeCampaign, openCampaign, type SurveyEnv } from '../../core/surveys/delivery.js';
import { submitResponse } from '../../core/surveys/responses.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { consoleApp, form, HOST, login, type ConsoleClient } from './console-fixtures.js';

/**
 * The console's survey authoring (issue 18 item 1: a survey defined in the console) and the
 * share-back button of the Khảo sát page (issue 14): a questionnaire pasted or uploaded is checked
 * line by line, previewed, sent as a campaign through createCampaign; once it closed, its author
 * shares the summary back once, through the same rule as the chat's button.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
let c: ConsoleClient;
const config = testConfig({ QUIET_HOURS: '' });
const i18n = createI18n();
const who: Record<string, PersonRef & { cookie: string; csrf: string }> = {};
const ctv: PersonRef[] = [];
let campaignId = '';

const YAML = `code: cs-console-${Date.now()}
title: Ý kiến về đường giao thông nông thôn
sections:
  - title: Phần I
    questions:
      - id: biet
        type: single
        text: Đồng chí có biết kế hoạch làm đường liên thôn không?
        options: [Có, Không]
        skip:
          - if: [Không]
            to: gop_y
      - id: dong_y
        type: scale
        scale: agreement
        text: Đồng chí đồng tình với phương án góp đất làm đường?
      - id: gop_y
        type: longtext
        text: Ý kiến khác
        required: false
`;
/** The same questionnaire with the options of `biet` missing and a skip to an unknown question. */
const BROKEN = YAML.replace('        options: [Có, Không]\n', '').replace('to: gop_y', 'to: khong_co');

function multipart(values: Record<string, string | File>): RequestInit {
  const body = new FormData();
  for (const [k, v] of Object.entries(values)) body.append(k, v);
  return { method: 'POST', body, headers: { origin: `http://${HOST}` } };
}
const post = (p: keyof typeof who, values: Record<string, string | File>, csrf = true) =>
  c.request('/surveys/new', { ...multipart({ ...(csrf ? { _csrf: who[p]!.csrf } : {}), ...values }), cookie: who[p]!.cookie });
const campaignFields = (over: Record<string, string> = {}) => ({
  step: 'create',
  definition: YAML,
  unit: u.p!.id,
  roles: 'collaborator',
  sector: '',
  stratum: '',
  sample: 'quota',
  quota_nong_dan: '2',
  quota_cong_nhan: '1',
  opens: '2030-01-01T08:00',
  closes: '2030-01-08T17:00',
  interviews: '1',
  ...over,
});

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Hòa Bình' },
    { key: 'a', name: 'Xã Mai Hạ', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  c = consoleApp(t.db, config);
  c.clock.now = new Date('2029-12-31T01:00:00Z');
  const official = async (key: string, unit: Unit, name: string) => {
    const p = await addPerson(t.db, unit.id, 'official', name);
    who[key] = { ...p, ...(await login(t.db, c, p.id)) };
  };
  await official('author', u.p!, 'Cán bộ tỉnh');
  await official('colleague', u.p!, 'Cán bộ tỉnh khác phòng');
  await official('other', u.o!, 'Cán bộ tỉnh bạn');
  const strata = ['nong_dan', 'cong_nhan', 'tri_thuc'];
  for (let i = 0; i < 6; i++) ctv.push(await addPerson(t.db, u.a!.id, 'collaborator', `CTV ${i}`, { stratum: strata[i % 3] }));
});
afterAll(async () => t?.close());

/** After the clock moved days on, sessions have expired: a fresh login each. */
async function relogin() {
  for (const p of Object.values(who)) Object.assign(p, await login(t.db, c, p.id));
}

describe('creating a survey campaign in the console', () => {
  it('lists the questionnaire’s problems line by line, with the text kept for fixing', async () => {
    const res = await post('author', { step: 'check', definition: BROKEN });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain(
      '<p>Bộ câu hỏi còn 3 lỗi cần sửa:</p><ul>' +
        '<li>dòng 6 (câu biet): câu lựa chọn cần danh sách options</li>' +
        '<li>dòng 10 (câu biet, if): phương án không có trong câu hỏi: Không</li>' +
        '<li>dòng 11 (câu biet, to): câu chuyển tới không tồn tại: khong_co</li></ul>',
    );
    expect(page).toContain('to: khong_co');
    // Nothing stored by a check.
    expect(await t.db.select().from(surveys)).toHaveLength(0);
  });

  it('previews an uploaded file question by question, with the skip logic and the campaign form', async () => {
    const file = new File([YAML], 'phieu.yaml', { type: 'text/yaml' });
    const res = await post('author', { step: 'check', definition: '', file });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Xem trước: Ý kiến về đường giao thông nông thôn');
    expect(page).toContain('Đồng chí đồng tình với phương án góp đất làm đường?');
    expect(page).toContain('Nếu trả lời Không thì chuyển tới câu 3');
    expect(page).toContain('(trả lời dài, không bắt buộc)');
    expect(page).toMatch(/<option value="[^"]+">— Xã Mai Hạ<\/option>/);
    expect(page).toContain('name="quota_nong_dan"');
    expect(await t.db.select().from(surveys)).toHaveLength(0);
  });

  it('refuses a request without the CSRF token and a unit outside the official’s scope (audited)', async () => {
    expect((await post('author', campaignFields(), false)).status).toBe(403);
    const res = await post('author', campaignFields({ unit: u.o!.id }));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Đơn vị này không thuộc phạm vi của đồng chí.');
    expect(await t.db.select().from(surveyCampaigns)).toHaveLength(0);
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.author!.id), eq(auditLog.action, 'survey.campaign')));
    expect(refused.map((a) => a.outcome)).toEqual(['refused']);
  });

  it('keeps the form and says what is wrong when the sample or dates cannot be read', async () => {
    const res = await post('author', campaignFields({ sample: 'per_unit', per_unit: 'mười' }));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Thông tin chọn mẫu hoặc thời gian chưa hợp lệ');
    expect(page).toContain('value="mười"');
    const late = await post('author', campaignFields({ closes: '2030-01-01T08:05' }));
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('Thời hạn không hợp lệ (ngày đã qua, hoặc xa quá 90 ngày)');
  });

  it('creates the campaign with the chat’s core function: quota sample, audience, times, jobs, audit', async () => {
    const res = await post('author', campaignFields());
    expect(res.status).toBe(303);
    const [row] = await t.db.select().from(surveyCampaigns);
    campaignId = row!.id;
    expect(res.headers.get('location')).toBe(`/console/surveys/${campaignId}`);
    expect(row).toMatchObject({
      authorId: who.author!.id,
      unitId: u.p!.id,
      sample: { kind: 'quota', quotas: { nong_dan: 2, cong_nhan: 1 } },
      filters: { roles: ['collaborator'] },
      interviews: true,
      status: 'scheduled',
    });
    expect(row!.opensAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(row!.closesAt.toISOString()).toBe('2030-01-08T10:00:00.000Z');
    const [stored] = await t.db.select().from(surveys).where(eq(surveys.id, row!.surveyId));
    expect(stored!.definition.questions.map((q) => q.id)).toEqual(['biet', 'dong_y', 'gop_y']);
    const jobs = await t.db
      .select()
      .from(jobOutbox)
      .where(like(jobOutbox.jobId, `survey-%-${campaignId}`));
    expect(jobs.map((j) => j.name).sort()).toEqual(['survey-close', 'survey-open', 'survey-remind']);
    const ok = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey.campaign'), eq(auditLog.outcome, 'ok')));
    expect(ok).toHaveLength(1);
    const list = await (await c.request('/surveys', { cookie: who.author!.cookie })).text();
    expect(list).toContain('Ý kiến về đường giao thông nông thôn');
  });

  it('«back» to the preview and «Tạo» again opens the campaign just made: the sample is not invited twice', async () => {
    const again = await post('author', campaignFields());
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/console/surveys/${campaignId}`);
    expect(await t.db.select().from(surveyCampaigns)).toHaveLength(1);
  });

  it('offers the stored questionnaire to send again: picked, its text is filled in and checks to the same questions', async () => {
    const page = await (await c.request('/surveys/new', { cookie: who.author!.cookie })).text();
    const [stored] = await t.db.select().from(surveys);
    expect(page).toContain(`href="/console/surveys/new?survey=${stored!.id}"`);
    const filled = await (await c.request(`/surveys/new?survey=${stored!.id}`, { cookie: who.author!.cookie })).text();
    expect(filled).toContain('Đã điền bộ câu hỏi «Ý kiến về đường giao thông nông thôn»');
    const text = /<textarea id="sva-text"[^>]*>([\s\S]*?)<\/textarea>/
      .exec(filled)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    const checked = await post('author', { step: 'check', definition: text });
    expect(checked.status).toBe(200);
    expect(await checked.text()).toMatch(/Xem trước: Ý kiến về đường giao thông nông thôn \(mã [^,]+, 3 câu hỏi\)/);
  });
});

describe('sharing the results back to the respondents from the Khảo sát page', () => {
  const env = (): SurveyEnv => ({ db: t.db, config, t: i18n.t, now: () => c.clock.now });
  const shares = () =>
    t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `survey-${campaignId}-shared`));
  const share = (p: keyof typeof who, csrf = true) =>
    c.request(`/surveys/${campaignId}/share`, { method: 'POST', ...form(csrf ? { _csrf: who[p]!.csrf } : {}), cookie: who[p]!.cookie });

  it('is offered to the author only once the campaign closed', async () => {
    c.clock.now = new Date('2030-01-01T02:00:00Z');
    await relogin();
    expect(await openCampaign(env(), campaignId)).toMatchObject({ sampled: 3 });
    const recipients = await t.db.select().from(surveyRecipients).where(eq(surveyRecipients.campaignId, campaignId));
    for (const r of recipients.slice(0, 2)) {
      const p = ctv.find((x) => x.id === r.personId)!;
      const done = await t.db.transaction((tx) =>
        submitResponse(tx, p, { campaignId, mode: 'self', answers: { biet: [0], dong_y: [3], gop_y: null } }, c.clock.now, config.TIMEZONE),
      );
      expect(done.ok).toBe(true);
    }
    const open = await (await c.request(`/surveys/${campaignId}`, { cookie: who.author!.cookie })).text();
    expect(open).not.toContain('Gửi tóm tắt kết quả cho người trả lời');
    expect((await share('author')).status).toBe(409);

    c.clock.now = new Date('2030-01-08T11:00:00Z');
    await relogin();
    expect(await closeCampaign(env(), campaignId)).toBe('closed');
    const page = await (await c.request(`/surveys/${campaignId}`, { cookie: who.author!.cookie })).text();
    expect(page).toContain('📣 Gửi tóm tắt kết quả cho người trả lời');
    expect(page).toContain('sẽ được gửi một lần tới 2 người đã trả lời');
    expect(page).toContain(`action="/console/surveys/${campaignId}/share"`);
    const colleague = await (await c.request(`/surveys/${campaignId}`, { cookie: who.colleague!.cookie })).text();
    expect(colleague).toContain('Ý kiến về đường giao thông nông thôn');
    expect(colleague).not.toContain('Gửi tóm tắt kết quả cho người trả lời');
  });

  it('refuses another official (audited), one out of scope and a request without the CSRF token', async () => {
    const res = await share('colleague');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Chỉ người tạo đợt khảo sát mới gửi được kết quả');
    const [refused] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.colleague!.id), eq(auditLog.action, 'survey.share')));
    expect(refused?.outcome).toBe('refused');
    expect((await share('other')).status).toBe(404);
    expect((await share('author', false)).status).toBe(403);
    expect(await shares()).toHaveLength(0);
  });

  it('sends the summary once to each respondent, audited; a second press sends nothing', async () => {
    const res = await share('author');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Đã gửi kết quả tóm tắt tới 2 người đã trả lời.');
    expect(page).toMatch(/Đã gửi tóm tắt kết quả cho người trả lời lúc 08\/01\/2030 18:00/);
    expect(page).not.toContain(`action="/console/surveys/${campaignId}/share"`);
    const sent = await shares();
    expect(sent).toHaveLength(2);
    expect(JSON.stringify(sent[0]!.message)).toContain('Cảm ơn đồng chí đã tham gia trả lời khảo sát');
    const [row] = await t.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId));
    expect(row!.sharedAt).not.toBeNull();
    const again = await share('author');
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Kết quả đã được gửi cho người trả lời trước đó.');
    expect(await shares()).toHaveLength(2);
    const ok = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.author!.id), eq(auditLog.action, 'survey.share')));
    expect(ok.map((a) => [a.outcome, a.details])).toEqual([['ok', { sent: 2 }]]);
  });
});
