import { describe, expect, it } from 'vitest';
import { thematicReportFlow } from '../../bot/features/reports/thematic-flow.js';
import type { ReportState } from '../../bot/features/reports/steps/state.js';
import { validateDraft } from '../../core/reports/draft.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

const drive = () => new FlowDriver<ReportState>(thematicReportFlow, makeCtx());
const at = (d: FlowDriver<ReportState>) => d.state?.step;

function issue(d: FlowDriver<ReportState>, title: string) {
  d.type(title).choose('trong_tinh').type(`Tóm tắt: ${title}`);
  d.choose('ban_khoan').choose('so_dong').choose('cbccvc').type('Lo lắng về vị trí việc làm.').choose('no');
  d.type('Sắp xếp bộ máy.').type('Tâm lý sẽ ổn định dần.').choose('_skip');
}

function toReview() {
  const d = drive().start();
  expect(d.texts()).toContain('BÁO CÁO CHUYÊN ĐỀ');
  d.choose('CT').choose('CT05').type('Dư luận về chính quyền hai cấp');
  issue(d, 'Trụ sở xã mới xa dân');
  d.choose('yes');
  expect(at(d)).toBe('title'); // the topic is the report's, not asked again
  issue(d, 'Cán bộ dôi dư');
  d.choose('no').type('Sớm hoàn thiện chính sách.');
  expect(at(d)).toBe('review');
  return d;
}

describe('thematic report', () => {
  it('one topic, a title, several issues with streams, to a CD receipt', () => {
    const d = toReview();
    expect(d.texts()).toContain('Tinh gọn bộ máy');
    expect(d.texts()).toContain('Tên báo cáo: Dư luận về chính quyền hai cấp');
    d.choose('submit');
    const draft = d.input('reports.submit').draft;
    expect(draft).toMatchObject({ kind: 'thematic', topicCode: 'CT05', title: 'Dư luận về chính quyền hai cấp', proposals: 'Sớm hoàn thiện chính sách.' });
    expect(draft.issues.map((i) => i.title)).toEqual(['Trụ sở xã mới xa dân', 'Cán bộ dôi dư']);
    const checked = validateDraft(draft);
    expect(checked.ok && checked.draft.issues.every((i) => i.topicCode === 'CT05')).toBe(true);
    d.result('reports.submit', { ok: true, receiptNo: 'CD-2026-11-000002', reportId: 'r1', version: 1 });
    expect(d.replies[0]?.text).toContain('CD-2026-11-000002');
  });

  it('changes the report topic from the review; issues have no topic of their own', () => {
    const d = toReview().choose('edit');
    expect(d.choices().map((c) => c.value)).toEqual(['topic', 'report-title', 'issue-0', 'issue-1', 'add-issue', 'general-proposals', '_back']);
    d.choose('topic').choose('_next').choose('PL').choose('PL02');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.topicCode).toBe('PL02');
    d.choose('edit').choose('issue-0');
    expect(d.choices().map((c) => c.value)).not.toContain('topic');
    expect(d.choices().map((c) => c.value)).toContain('delete');
  });

  it('keeps at least one issue', () => {
    const d = toReview().choose('edit').choose('issue-1').choose('delete');
    expect(d.state?.draft.issues).toHaveLength(1);
    d.choose('edit').choose('issue-0');
    expect(d.choices().map((c) => c.value)).not.toContain('delete');
  });
});
