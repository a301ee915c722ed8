import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import type { IssueData, ReportData, SynthesisInput } from '../../core/synthesis/collect.js';
import { buildModel, collectTraced } from '../../core/synthesis/model.js';
import { createWriteContext, lcFirst, sentence, streamClause } from '../../core/synthesis/prose.js';
import { spanOf } from '../../core/synthesis/span.js';
import { placeDate } from '../../core/synthesis/outline.js';
import { computeTrends } from '../../core/synthesis/trends.js';

const report = (receiptNo: string, extra: Partial<ReportData> = {}): ReportData => ({
  id: receiptNo,
  kind: 'periodic',
  receiptNo,
  unitName: 'Xã A',
  period: '2026-11',
  submittedOn: '2026-11-15',
  title: null,
  assessment: 'on_dinh',
  mood: null,
  rumours: null,
  goodPractices: null,
  proposals: null,
  spread: null,
  issues: [],
  ...extra,
});
const issue = (topicCode: string, title: string, streams: [string, string, string, string][] = [], extra: Partial<IssueData> = {}): IssueData => ({
  topicCode,
  title,
  scope: null,
  summary: null,
  causes: null,
  forecast: null,
  proposals: null,
  source: null,
  reliability: null,
  streams: streams.map(([stance, prevalence, holderGroup, content]) => ({ stance, prevalence, holderGroup, content })),
  ...extra,
});
const input = (reports: ReportData[], span = '2026-11'): SynthesisInput => ({
  scope: { unitId: 'u', code: 'U', name: 'Tỉnh', path: '/u/' },
  isRoot: true,
  span: spanOf(span),
  window: { from: '2026-10-21', to: '2026-11-20' },
  generatedOn: '2026-11-28',
  completeness: [],
  reports,
  hotSpots: [],
  topics: { KT01: { name: 'Giá cả', sort: 401 }, CT05: { name: 'Sắp xếp', sort: 105 }, YT01: { name: 'Y tế', sort: 900 } },
});
const src = (receipt: string) => ({ receipt, kind: 'periodic' as const, unitName: 'Xã A' });

describe('synthesis model', () => {
  it('merges the same statement from several reports, accent- and case-insensitively, keeping every source', () => {
    expect(
      collectTraced([
        { text: 'Lo giá tăng.', source: src('A') },
        { text: 'lo gia tang', source: src('B') },
        { text: 'Khác', source: src('A') },
        { text: '  ', source: src('C') },
      ]),
    ).toEqual([
      { text: 'Lo giá tăng.', sources: [src('A'), src('B')] },
      { text: 'Khác', sources: [src('A')] },
    ]);
  });

  it('groups opinions per issue, never pooling the issues of one topic; each stream keeps its own prevalence', () => {
    const m = buildModel(
      input([
        report('R1', {
          issues: [
            issue('KT01', 'Giá xăng', [['ban_khoan', 'mot_so', 'nong_dan', 'Lo chi phí']]),
            issue('KT01', 'Giá điện', [['ban_khoan', 'da_so', 'cong_nhan', 'Lo hóa đơn']]),
          ],
        }),
        report('R2', { issues: [issue('KT01', 'giá xăng', [['ban_khoan', 'nhieu_y_kien', 'nong_dan', 'lo chi phí.']])] }),
      ]),
    );
    expect(m.issues.map((i) => [i.title, i.sources.map((s) => s.receipt)])).toEqual([
      ['Giá xăng', ['R1', 'R2']],
      ['Giá điện', ['R1']],
    ]);
    expect(m.issues[0]!.streams).toEqual([
      { stance: 'ban_khoan', prevalence: 'nhieu_y_kien', holder: 'nong_dan', content: 'Lo chi phí', sources: [src('R1'), src('R2')] },
    ]);
    expect(m.issues[1]!.streams[0]!.prevalence).toBe('da_so');
  });

  it('orders issues by scope (international first), then by how many reports raised them', () => {
    const m = buildModel(
      input([
        report('R1', { issues: [issue('YT01', 'Viện phí', [], { scope: 'dia_phuong' }), issue('CT05', 'Sáp nhập', [], { scope: 'trong_nuoc' })] }),
        report('R2', { issues: [issue('YT01', 'Viện phí', [], { scope: 'dia_phuong' }), issue('KT01', 'Giá vàng', [], { scope: 'quoc_te' })] }),
      ]),
    );
    expect(m.issues.map((i) => i.title)).toEqual(['Giá vàng', 'Sáp nhập', 'Viện phí']);
  });

  it('keeps rumours apart from opinion, with their streams, and flags what spreads online', () => {
    const rumour = issue('KT01', 'Đổi tiền', [['ban_khoan', 'mot_bo_phan', 'nhan_dan', 'Hoang mang']], {
      reliability: 'tin_don',
      summary: 'Lan truyền trên Facebook',
    });
    const m = buildModel(input([report('R1', { kind: 'quick', issues: [rumour] })]));
    expect(m.issues).toEqual([]);
    expect(m.rumourIssues).toHaveLength(1);
    expect(m.rumourIssues[0]).toMatchObject({ online: true, streams: [{ stance: 'ban_khoan' }] });
    expect(m.counts).toEqual({ periodic: 0, quick: 1, thematic: 0 });
  });
});

describe('synthesis prose', () => {
  const { t } = createI18n();
  const ctx = createWriteContext(t, 'vi', buildModel(input([])), null);

  it('joins clauses into one sentence, lower-casing all but names and acronyms', () => {
    expect(lcFirst('UBND phường đối thoại')).toBe('UBND phường đối thoại');
    expect(lcFirst('Tại các đại lý')).toBe('tại các đại lý');
    expect(sentence(['Giá tăng 15%.', 'Tại các đại lý, giá tăng;'])).toBe('Giá tăng 15%; tại các đại lý, giá tăng.');
    expect(sentence([' ', ''])).toBe('');
  });

  it('writes a stream with its prevalence and group, not repeating the stance the reporter already wrote', () => {
    const s = { stance: 'ban_khoan', prevalence: 'da_so', holder: 'nong_dan', content: 'Lo chi phí sản xuất tăng.', sources: [] };
    expect(streamClause(ctx, s)).toBe('đa số nông dân băn khoăn, lo chi phí sản xuất tăng');
    expect(streamClause(ctx, { ...s, stance: 'dong_tinh', prevalence: 'mot_bo_phan', holder: 'cbccvc', content: 'Đồng tình với chủ trương' })).toBe(
      'một bộ phận cán bộ, công chức, viên chức đồng tình với chủ trương',
    );
    expect(streamClause(ctx, { ...s, holder: 'khac:tiểu thương chợ Túc Duyên' })).toBe('đa số tiểu thương chợ Túc Duyên băn khoăn, lo chi phí sản xuất tăng');
  });
});

describe('trends', () => {
  it('counts issues per topic and streams per stance month by month over the span', () => {
    const r = (period: string, code: string, stance: string) =>
      report(`${period}-${code}`, { period, issues: [issue(code, 'x', [[stance, 'da_so', 'nong_dan', 'y']])] });
    const tr = computeTrends(input([r('2026-10', 'KT01', 'dong_tinh'), r('2026-12', 'KT01', 'ban_khoan'), r('2026-12', 'YT01', 'ban_khoan')], '2026-Q4'));
    expect(tr.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(tr.topics).toEqual([
      { name: 'Giá cả', values: [1, 0, 1] },
      { name: 'Y tế', values: [0, 0, 1] },
    ]);
    expect(tr.stances).toEqual([
      { name: 'dong_tinh', values: [1, 0, 0] },
      { name: 'ban_khoan', values: [0, 0, 2] },
    ]);
    expect(tr.stanceByTopic[0]).toEqual({ topic: 'Giá cả', byMonth: [{ dong_tinh: 1 }, {}, { ban_khoan: 1 }] });
  });
});

describe('the date line (36-HD/VPTW)', () => {
  const { t } = createI18n();
  const vi = (key: string, args?: Record<string, string | number>) => t('vi', key, args);
  it('pads days below 10 and only the months January and February', () => {
    expect(placeDate(vi, 'Thái Nguyên', '2026-02-05')).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2026');
    expect(placeDate(vi, 'Thái Nguyên', '2026-03-05')).toBe('Thái Nguyên, ngày 05 tháng 3 năm 2026');
    expect(placeDate(vi, 'Thái Nguyên', '2026-12-28')).toBe('Thái Nguyên, ngày 28 tháng 12 năm 2026');
  });
});
