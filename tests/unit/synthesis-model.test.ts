import { describe, expect, it } from 'vitest';
import type { ReportData, SynthesisInput } from '../../core/synthesis/collect.js';
import { buildModel, collectTraced } from '../../core/synthesis/model.js';

const report = (receiptNo: string, extra: Partial<ReportData> = {}): ReportData => ({
  id: receiptNo,
  kind: 'periodic',
  receiptNo,
  unitName: 'Xã A',
  assessment: 'on_dinh',
  mood: null,
  rumours: null,
  goodPractices: null,
  proposals: null,
  issues: [],
  ...extra,
});
const issue = (topicCode: string, title: string, streams: [string, string, string, string][] = [], extra = {}) => ({
  topicCode,
  title,
  summary: null,
  causes: null,
  forecast: null,
  proposals: null,
  reliability: null,
  streams: streams.map(([stance, prevalence, holderGroup, content]) => ({ stance, prevalence, holderGroup, content })),
  ...extra,
});
const input = (reports: ReportData[]): SynthesisInput => ({
  scope: { unitId: 'u', code: 'U', name: 'Tỉnh', path: '/u/' },
  period: '2026-11',
  window: { from: '2026-10-21', to: '2026-11-20' },
  generatedOn: '2026-11-28',
  completeness: { total: null, rows: [], units: [] },
  reports,
  hotSpots: [],
  topics: { KT01: { name: 'Giá cả', sort: 401 }, CT05: { name: 'Sắp xếp', sort: 105 }, YT01: { name: 'Y tế', sort: 900 } },
});

describe('synthesis model', () => {
  it('merges the same statement from several reports, accent- and case-insensitively, keeping every receipt', () => {
    expect(
      collectTraced([
        { text: 'Lo giá tăng.', receipt: 'A' },
        { text: 'lo gia tang', receipt: 'B' },
        { text: 'Khác', receipt: 'A' },
        { text: '  ', receipt: 'C' },
      ]),
    ).toEqual([
      { text: 'Lo giá tăng.', receipts: ['A', 'B'] },
      { text: 'Khác', receipts: ['A'] },
    ]);
  });

  it('groups streams by stance with the largest prevalence and every holder group', () => {
    const m = buildModel(
      input([
        report('BC-1', {
          issues: [
            issue('KT01', 'Giá xăng', [
              ['ban_khoan', 'mot_so', 'nong_dan', 'Lo chi phí'],
              ['dong_tinh', 'da_so', 'cbccvc', 'Đồng tình'],
            ]),
          ],
        }),
        report('BC-2', { issues: [issue('KT01', 'Giá xăng', [['ban_khoan', 'da_so', 'cong_nhan', 'Lo chi phí']])] }),
      ]),
    );
    const [topic] = m.topics;
    expect(topic!.streams.map((s) => [s.stance, s.prevalence, s.holders, s.receipts])).toEqual([
      ['dong_tinh', 'da_so', ['cbccvc'], ['BC-1']],
      ['ban_khoan', 'da_so', ['nong_dan', 'cong_nhan'], ['BC-1', 'BC-2']],
    ]);
    expect(topic!.issues).toEqual([{ text: 'Giá xăng', receipts: ['BC-1', 'BC-2'] }]);
  });

  it('puts the most reported topics first, then the taxonomy order, and rumour issues with the rumours', () => {
    const m = buildModel(
      input([
        report('BC-1', { issues: [issue('YT01', 'Thuốc'), issue('CT05', 'Sáp nhập xã')] }),
        report('BC-2', { issues: [issue('KT01', 'Giá'), issue('YT01', 'Thuốc')], rumours: 'Đổi tiền' }),
        report('BN-1', {
          kind: 'quick',
          assessment: null,
          issues: [issue('KT01', 'Tin đồn tăng giá điện', [], { reliability: 'tin_don', summary: 'Trên mạng' })],
        }),
      ]),
    );
    expect(m.topics.map((g) => g.code)).toEqual(['YT01', 'CT05', 'KT01']);
    expect(m.topics.find((g) => g.code === 'KT01')!.receipts).toEqual(['BC-2']);
    expect(m.rumours).toEqual([
      { text: 'Đổi tiền', receipts: ['BC-2'] },
      { text: 'Tin đồn tăng giá điện: Trên mạng', receipts: ['BN-1'] },
    ]);
    expect(m.assessments).toEqual([{ code: 'on_dinh', receipts: ['BC-1', 'BC-2'] }]);
    expect(m.reportCount).toBe(3);
  });

  it('is empty but well-formed without reports', () => {
    const m = buildModel(input([]));
    expect([m.reportCount, m.topics, m.rumours, m.assessments]).toEqual([0, [], [], []]);
  });
});
