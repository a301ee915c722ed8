import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { opinionStreams, receiptCounters, reportIssues, reports, reportStreamLists, reportVersions } from '../../db/schema/index.js';
import { nextReceipt } from '../../core/platform/receipts.js';
import { InvalidReportError, recentReports, submitReport } from '../../core/reports/submit.js';
import type { ReportDraft } from '../../core/reports/draft.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

let t: TestDatabase;
let reporter: { personId: string; unitId: string; channel: string };

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = { ...(await makeUnitAndPerson(t.db)), channel: 'telegram' };
});
afterAll(async () => t.close());

describe('nextReceipt', () => {
  it('numbers sequentially per prefix and per month (Vietnam time)', async () => {
    const nov = new Date('2026-11-05T10:00:00Z');
    const got = [];
    for (let i = 0; i < 3; i++) got.push(await nextReceipt(t.db, 'TA', nov));
    expect(got).toEqual(['TA-2026-11-000001', 'TA-2026-11-000002', 'TA-2026-11-000003']);
    expect(await nextReceipt(t.db, 'TB', nov)).toBe('TB-2026-11-000001');
    // 30 Nov 18:00 UTC is already 1 December in Hanoi.
    expect(await nextReceipt(t.db, 'TA', new Date('2026-11-30T18:00:00Z'))).toBe('TA-2026-12-000001');
    expect(await nextReceipt(t.db, 'TA', nov)).toBe('TA-2026-11-000004');
  });

  it('never hands out the same number to concurrent transactions', async () => {
    const at = new Date('2027-01-10T00:00:00Z');
    const got = await Promise.all(Array.from({ length: 8 }, () => t.db.transaction((tx) => nextReceipt(tx, 'TC', at))));
    expect(new Set(got).size).toBe(8);
    const [c] = await t.db.select().from(receiptCounters).where(eq(receiptCounters.prefix, 'TC'));
    expect(c?.value).toBe(8);
  });

  it('gives the number back when the transaction rolls back', async () => {
    const at = new Date('2027-02-10T00:00:00Z');
    await expect(
      t.db.transaction(async (tx) => {
        await nextReceipt(tx, 'TD', at);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await nextReceipt(t.db, 'TD', at)).toBe('TD-2027-02-000001');
  });
});

const periodic: ReportDraft = {
  kind: 'periodic',
  period: '2026-11',
  assessment: 'co_ban_on_dinh',
  mood: 'lo_lang',
  issues: [
    {
      topicCode: 'KT01',
      title: 'Giá xăng tăng',
      scope: 'trong_nuoc',
      summary: 'Giá xăng tăng 3 lần trong tháng 🚗',
      streams: [
        { stance: 'ban_khoan', prevalence: 'da_so', holderGroup: 'nong_dan', content: 'Lo chi phí vận chuyển nông sản tăng' },
        { stance: 'de_xuat', prevalence: 'mot_so', holderGroup: 'khac:tài xế xe ôm công nghệ', content: 'Đề nghị giảm thuế bảo vệ môi trường' },
      ],
      causes: 'Giá thế giới tăng',
      forecast: null,
      proposals: null,
    },
    {
      topicCode: 'GD02',
      title: 'Học phí năm học mới',
      summary: 'Phụ huynh hỏi về miễn học phí',
      streams: [{ stance: 'dong_tinh', prevalence: 'tuyet_dai_da_so', holderGroup: 'nhan_dan', content: 'Hoan nghênh chính sách miễn học phí' }],
    },
  ],
  rumours: 'Tin đồn đổi tiền',
  goodPractices: null,
  proposals: 'Tăng cường thông tin về giá',
};

describe('submitReport', () => {
  it('writes the report, issues, streams and version 1 in one go', async () => {
    const now = new Date('2026-11-20T02:00:00Z');
    const r = await t.db.transaction((tx) => submitReport(tx, periodic, reporter, now));
    expect(r.receiptNo).toBe('BC-2026-11-000001');
    const [rep] = await t.db.select().from(reports).where(eq(reports.id, r.reportId));
    expect(rep).toMatchObject({
      kind: 'periodic',
      status: 'submitted',
      period: '2026-11',
      assessment: 'co_ban_on_dinh',
      mood: 'lo_lang',
      unitId: reporter.unitId,
      reporterId: reporter.personId,
      rumours: 'Tin đồn đổi tiền',
      proposals: 'Tăng cường thông tin về giá',
      channel: 'telegram',
      version: 1,
    });
    expect(rep?.submittedAt?.toISOString()).toBe(now.toISOString());
    const issues = await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, r.reportId)).orderBy(asc(reportIssues.position));
    expect(issues.map((i) => [i.position, i.topicCode, i.title, i.scope])).toEqual([
      [1, 'KT01', 'Giá xăng tăng', 'trong_nuoc'],
      [2, 'GD02', 'Học phí năm học mới', null],
    ]);
    const streams = await t.db.select().from(opinionStreams).where(eq(opinionStreams.issueId, issues[0]!.id)).orderBy(asc(opinionStreams.position));
    expect(streams.map((s) => [s.position, s.stance, s.prevalence, s.holderGroup])).toEqual([
      [1, 'ban_khoan', 'da_so', 'nong_dan'],
      [2, 'de_xuat', 'mot_so', 'khac:tài xế xe ôm công nghệ'],
    ]);
    const [v] = await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, r.reportId));
    expect(v).toMatchObject({ version: 1, createdBy: reporter.personId });
    // The exports' copy of the streams, in the same transaction: issue then stream order.
    const [copy] = await t.db.select().from(reportStreamLists).where(eq(reportStreamLists.reportId, r.reportId));
    expect(copy!.streams).toEqual([
      ['KT01', 'Giá xăng tăng', 'ban_khoan', 'da_so', 'nong_dan', 'Lo chi phí vận chuyển nông sản tăng'],
      ['KT01', 'Giá xăng tăng', 'de_xuat', 'mot_so', 'khac:tài xế xe ôm công nghệ', 'Đề nghị giảm thuế bảo vệ môi trường'],
      ['GD02', 'Học phí năm học mới', 'dong_tinh', 'tuyet_dai_da_so', 'nhan_dan', 'Hoan nghênh chính sách miễn học phí'],
    ]);
    expect((v?.payload as ReportDraft).issues[0]?.summary).toBe('Giá xăng tăng 3 lần trong tháng 🚗');
  });

  it('uses the BN and CD prefixes and lets thematic issues inherit the topic', async () => {
    const now = new Date('2026-11-21T02:00:00Z');
    const quick: ReportDraft = {
      kind: 'quick',
      period: '2026-11',
      spread: 'mang_xa_hoi',
      issues: [{ topicCode: 'MX01', title: 'Tin đồn vỡ đập', summary: 'Sáng 21/11…', streams: [], source: 'mang_xa_hoi', reliability: 'tin_don' }],
    };
    const thematic: ReportDraft = {
      kind: 'thematic',
      period: '2026-11',
      topicCode: 'CT05',
      title: 'Sắp xếp xã',
      issues: [{ title: 'Trụ sở mới', summary: 'Xa dân', streams: [] }],
    };
    const q = await t.db.transaction((tx) => submitReport(tx, quick, reporter, now));
    const c = await t.db.transaction((tx) => submitReport(tx, thematic, reporter, now));
    expect(q.receiptNo).toBe('BN-2026-11-000001');
    expect(c.receiptNo).toBe('CD-2026-11-000001');
    const [qr] = await t.db.select().from(reports).where(eq(reports.id, q.reportId));
    expect(qr).toMatchObject({ title: 'Tin đồn vỡ đập', spread: 'mang_xa_hoi' });
    const [ci] = await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, c.reportId));
    expect(ci?.topicCode).toBe('CT05');
  });

  it('refuses an incomplete draft before writing anything', async () => {
    const before = (await t.db.select().from(reports)).length;
    const bad = { ...periodic, issues: [{ ...periodic.issues[0]!, streams: [{ stance: 'ủng hộ', prevalence: 'da_so', holderGroup: 'x', content: 'y' }] }] };
    await expect(t.db.transaction((tx) => submitReport(tx, bad, reporter))).rejects.toBeInstanceOf(InvalidReportError);
    await expect(t.db.transaction((tx) => submitReport(tx, { ...periodic, mood: null }, reporter))).rejects.toBeInstanceOf(InvalidReportError);
    expect(await t.db.select().from(reports)).toHaveLength(before);
  });

  it('lists a reporter’s recent reports newest first', async () => {
    const list = await recentReports(t.db, reporter.personId, 2);
    expect(list).toHaveLength(2);
    expect(list.map((r) => r.kind).sort()).toEqual(['quick', 'thematic']);
    // Read as built once (db/prepared.ts): the row's types as the table's.
    const rows = await t.db.select().from(reports).where(eq(reports.reporterId, reporter.personId));
    for (const r of list) {
      const row = rows.find((x) => x.id === r.id)!;
      expect(r).toEqual({
        id: row.id,
        kind: row.kind,
        receiptNo: row.receiptNo,
        status: row.status,
        period: row.period,
        title: row.title,
        submittedAt: row.submittedAt,
      });
      expect(r.submittedAt).toBeInstanceOf(Date);
    }
  });
});
