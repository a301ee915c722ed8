import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, reportIssues, reports, reportReviews, reportStreamLists, reportVersions, sends } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { editReport, markReceived, reportingPeriodFor, requestMore, type ReviewEnv } from '../../core/reports/review.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
const config = testConfig();
const env: ReviewEnv = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), t: createI18n().t };
const issue = (title: string) => ({
  topicCode: 'gia_ca',
  title,
  streams: [{ stance: 'ban_khoan', prevalence: 'nhieu_y_kien', holderGroup: 'nong_dan', content: 'Lo giá phân bón tăng' }],
});

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  p.ctv = await addPerson(t.db, u.a!.id, 'collaborator', 'Nguyễn Văn An', { createdAt: vn('2026-10-01T00:00:00') });
  p.other = await addPerson(t.db, u.a!.id, 'collaborator', 'Trần Thị Bích');
  p.official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ Đỗ Minh');
  p.stranger = await addPerson(t.db, u.o!.id, 'official', 'Cán bộ tỉnh khác');
});
afterAll(async () => t?.close());

describe('reporting period of a new periodic report', () => {
  it('is the overdue previous period until it locks or is filed, then the current one', async () => {
    const who = { id: p.ctv!.id, unitId: u.a!.id };
    expect((await reportingPeriodFor(t.db, env, who, vn('2026-11-10T09:00:00'))).period).toBe('2026-11');
    const late = await reportingPeriodFor(t.db, env, who, vn('2026-11-23T09:00:00'));
    expect([late.period, late.due, late.lock, late.existing]).toEqual(['2026-11', '2026-11-20', '2026-11-25', null]);
    expect((await reportingPeriodFor(t.db, env, who, vn('2026-11-26T09:00:00'))).period).toBe('2026-12');
  });
});

describe('edit after submit, received, needs more', () => {
  let receipt = '';
  let reportId = '';

  it('keeps every version and the first submission time while the period is open', async () => {
    const filed = await fileReport(t.db, p.ctv!, u.a!.id, periodicDraft('2026-11', { issues: [issue('Giá vật tư nông nghiệp')] }), vn('2026-11-19T10:00:00'));
    receipt = filed.receiptNo;
    reportId = filed.reportId;
    const r = await t.db.transaction((tx) =>
      editReport(tx, env, {
        reportId,
        personId: p.ctv!.id,
        draft: periodicDraft('2026-11', { assessment: 'phuc_tap', issues: [issue('Giá điện'), issue('Giá xăng')] }),
        now: vn('2026-11-24T21:00:00'),
      }),
    );
    expect(r).toMatchObject({ ok: true, version: 2 });
    const [row] = await t.db.select().from(reports).where(eq(reports.id, reportId));
    expect([row!.version, row!.assessment, row!.submittedAt?.toISOString()]).toEqual([2, 'phuc_tap', vn('2026-11-19T10:00:00').toISOString()]);
    const versions = await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).orderBy(asc(reportVersions.version));
    expect(versions.map((v) => (v.payload as { assessment: string }).assessment)).toEqual(['on_dinh', 'phuc_tap']);
    const titles = (await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, reportId)).orderBy(asc(reportIssues.position))).map((i) => i.title);
    expect(titles).toEqual(['Giá điện', 'Giá xăng']);
    // The exports' copy of the streams follows the edit (core/reports/stream-lists.ts).
    const [copy] = await t.db.select().from(reportStreamLists).where(eq(reportStreamLists.reportId, reportId));
    expect(copy!.streams.map((s) => s[1])).toEqual(['Giá điện', 'Giá xăng']);
  });

  it('refuses an edit after the lock, by someone else, or to another period — nothing changes', async () => {
    const draft = periodicDraft('2026-11', { assessment: 'on_dinh' });
    const at = (now: Date, personId = p.ctv!.id, d: unknown = draft) => t.db.transaction((tx) => editReport(tx, env, { reportId, personId, draft: d, now }));
    expect(await at(vn('2026-11-26T00:01:00'))).toEqual({ ok: false, code: 'locked' });
    expect(await at(vn('2026-11-24T10:00:00'), p.other!.id)).toEqual({ ok: false, code: 'not_owner' });
    expect(await at(vn('2026-11-24T10:00:00'), p.ctv!.id, periodicDraft('2026-12'))).toEqual({ ok: false, code: 'invalid' });
    expect(await at(vn('2026-11-24T10:00:00'), p.ctv!.id, { kind: 'periodic' })).toEqual({ ok: false, code: 'invalid' });
    const [row] = await t.db.select().from(reports).where(eq(reports.id, reportId));
    expect([row!.version, row!.assessment]).toEqual([2, 'phuc_tap']);
  });

  it('lets an official in scope mark it received once, and tells the reporter once', async () => {
    const official = { id: p.official!.id, unitId: u.p!.id };
    const first = await t.db.transaction((tx) => markReceived(tx, env, official, receipt.toLowerCase(), new Date()));
    const again = await t.db.transaction((tx) => markReceived(tx, env, official, receipt, new Date()));
    expect([first.ok && first.changed, again.ok && again.changed]).toEqual([true, false]);
    const notices = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, p.ctv!.id), eq(sends.lane, 'interactive')));
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]!.message)).toContain(receipt);
    expect((await t.db.select().from(reports).where(eq(reports.id, reportId)))[0]!.status).toBe('received');
  });

  it('refuses and audits an official outside the unit subtree', async () => {
    const stranger = { id: p.stranger!.id, unitId: u.o!.id };
    expect(await t.db.transaction((tx) => markReceived(tx, env, stranger, receipt, new Date()))).toEqual({ ok: false, code: 'out_of_scope' });
    expect(await t.db.transaction((tx) => requestMore(tx, env, stranger, receipt, 'Bổ sung', new Date()))).toEqual({ ok: false, code: 'out_of_scope' });
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.stranger!.id), eq(auditLog.outcome, 'refused')));
    expect(refused.map((a) => a.action).sort()).toEqual(['report.needs_more', 'report.received']);
    expect((await t.db.select().from(reports).where(eq(reports.id, reportId)))[0]!.status).toBe('received');
  });

  it('asks for more with a message and an open button; the edit sends it back for review', async () => {
    const official = { id: p.official!.id, unitId: u.p!.id };
    expect(await t.db.transaction((tx) => requestMore(tx, env, official, receipt, '   ', new Date()))).toEqual({ ok: false, code: 'empty_note' });
    const r = await t.db.transaction((tx) => requestMore(tx, env, official, receipt, 'Đề nghị làm rõ số người bức xúc về giá điện', new Date()));
    expect(r.ok).toBe(true);
    const [review] = await t.db
      .select()
      .from(reportReviews)
      .where(and(eq(reportReviews.reportId, reportId), eq(reportReviews.action, 'needs_more')));
    expect(review!.note).toBe('Đề nghị làm rõ số người bức xúc về giá điện');
    const notice = (await t.db.select().from(sends).where(eq(sends.personId, p.ctv!.id))).find((s) => s.purpose.includes('-more-'))!;
    const m = notice.message as { text: string; choices: { data: string }[] };
    expect(m.text).toContain('làm rõ số người');
    expect(m.text).toContain('25/11/2026');
    expect(m.choices[0]!.data).toBe('r:open');
    expect((await t.db.select().from(reports).where(eq(reports.id, reportId)))[0]!.status).toBe('needs_more');
    await t.db.transaction((tx) => editReport(tx, env, { reportId, personId: p.ctv!.id, draft: periodicDraft('2026-11'), now: vn('2026-11-25T20:00:00') }));
    expect((await t.db.select().from(reports).where(eq(reports.id, reportId)))[0]).toMatchObject({ status: 'submitted', version: 3 });
  });
});
