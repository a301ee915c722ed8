import { describe, expect, it } from 'vitest';
import { quickReportFlow } from '../../bot/features/reports/quick-flow.js';
import type { ReportState } from '../../bot/features/reports/steps/state.js';
import { validateDraft } from '../../core/reports/draft.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

const drive = () => new FlowDriver<ReportState>(quickReportFlow, makeCtx());
const at = (d: FlowDriver<ReportState>) => d.state?.step;

function toReview() {
  const d = drive().start();
  expect(d.texts()).toContain('BÁO CÁO NHANH');
  d.type('Tập trung đông người tại UBND xã');
  expect(d.texts()).toContain('bao nhiêu người');
  d.type('Sáng 10/11, khoảng 40 hộ dân tập trung tại trụ sở UBND xã Tân Hòa phản đối phương án bồi thường.');
  d.choose('DD').choose('DD01');
  d.choose('trai_chieu').choose('mot_bo_phan').choose('nong_dan').type('Cho rằng giá bồi thường thấp hơn giá thị trường.').choose('no');
  d.choose('mang_xa_hoi').choose('truc_tiep').choose('da_kiem_chung');
  expect(d.texts()).toContain('Đề xuất xử lý, định hướng ban đầu');
  d.type('Tổ chức đối thoại với các hộ dân.');
  expect(at(d)).toBe('review');
  return d;
}

describe('quick report', () => {
  it('walks event, topic, first reactions, spread, source, reliability, proposal to a BN receipt', () => {
    const d = toReview();
    const review = d.texts();
    for (const part of [
      'XEM LẠI BÁO CÁO NHANH',
      'Sự việc: Tập trung đông người',
      'Trên mạng xã hội',
      'Trực tiếp chứng kiến',
      'Đã kiểm chứng',
      'Đề xuất ban đầu: Tổ chức đối thoại',
    ]) {
      expect(review).toContain(part);
    }
    d.choose('submit');
    const draft = d.input('reports.submit').draft;
    expect(d.effect?.name).toBe('reports.submit');
    expect(validateDraft(draft)).toMatchObject({ ok: true });
    expect(draft).toMatchObject({ kind: 'quick', spread: 'mang_xa_hoi' });
    expect(draft.issues).toHaveLength(1);
    expect(draft.issues[0]).toMatchObject({
      topicCode: 'DD01',
      source: 'truc_tiep',
      reliability: 'da_kiem_chung',
      proposals: 'Tổ chức đối thoại với các hộ dân.',
    });
    d.result('reports.submit', { ok: true, receiptNo: 'BN-2026-11-000007', reportId: 'r1', version: 1 });
    expect(d.state).toBeNull();
    expect(d.replies[0]?.text).toContain('Đã nhận Báo cáo nhanh, số biên nhận BN-2026-11-000007');
  });

  it('the proposal is optional', () => {
    const d = drive().start().type('Sự việc').type('Tóm tắt').choose('_next').choose('AN').choose('AN01');
    d.choose('ban_khoan').choose('mot_so').choose('nhan_dan').type('Lo ngại').choose('no').choose('xa').choose('nghe_lai').choose('tin_don').choose('_skip');
    d.choose('submit');
    expect(d.input('reports.submit').draft.issues[0]?.proposals).toBeNull();
  });

  it('offers the event parts and the spread in a flat edit menu', () => {
    const d = toReview().choose('edit');
    expect(d.choices().map((c) => c.value)).toEqual([
      'title',
      'summary',
      'topic',
      'streams-add',
      'streams-redo',
      'source',
      'reliability',
      'proposals',
      'spread',
      '_back',
    ]);
    d.choose('spread').choose('tinh');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.spread).toBe('tinh');
    d.choose('edit').choose('reliability').choose('chua_kiem_chung');
    expect(d.state?.draft.issues[0]?.reliability).toBe('chua_kiem_chung');
    expect(at(d)).toBe('review');
  });

  it('re-prompts a typed reliability it does not know, keeping the state', () => {
    const d = drive().start().type('Sự việc').type('Tóm tắt').choose('_next').choose('AN').choose('AN01');
    d.choose('ban_khoan').choose('mot_so').choose('nhan_dan').type('Lo ngại').choose('no').choose('xa').choose('nghe_lai');
    const before = d.state;
    d.type('chắc là đúng');
    expect(d.state).toEqual(before);
    d.type('tin don');
    expect(d.state?.draft.issues[0]?.reliability).toBe('tin_don');
  });
});

describe('repeated opinion streams before submit', () => {
  const twice = () => {
    const d = drive().start().type('Tập trung đông người tại UBND xã').type('Khoảng 40 hộ dân.').choose('DD').choose('DD01');
    d.choose('trai_chieu').choose('mot_bo_phan').choose('nong_dan').type('Giá bồi thường thấp.').choose('yes');
    d.choose('ban_khoan').choose('mot_so').choose('nhan_dan').type('Lo ngại tái định cư.').choose('yes');
    d.choose('trai_chieu').choose('mot_bo_phan').choose('nong_dan').type('giá bồi thường  thấp').choose('no');
    d.choose('mang_xa_hoi').choose('truc_tiep').choose('da_kiem_chung').choose('_skip');
    expect(at(d)).toBe('review');
    return d.choose('submit');
  };

  it('are pointed out («Ý kiến số 3 trùng với số 1»), never sent or dropped without the reporter saying so', () => {
    const d = twice();
    expect(d.effect).toBeUndefined();
    expect(d.texts()).toContain('Ý kiến số 3 trùng với số 1.');
    expect(d.texts()).toContain('Bỏ bớt ý kiến trùng trước khi gửi?');
    expect(d.state?.draft.issues[0]?.streams).toHaveLength(3);
  });

  it('«Bỏ ý kiến trùng» removes the later copy and shows the review; the send then goes straight', () => {
    const d = twice().choose('drop');
    expect(d.texts()).toContain('Đã bỏ 1 ý kiến trùng');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues[0]?.streams.map((st) => st.content)).toEqual(['Giá bồi thường thấp.', 'Lo ngại tái định cư.']);
    d.choose('submit');
    expect(d.input('reports.submit').draft.issues[0]?.streams).toHaveLength(2);
  });

  it('«Giữ nguyên và gửi» sends all three as they are; typed "2" is the same answer', () => {
    const d = twice().type('2');
    expect(d.input('reports.submit').draft.issues[0]?.streams).toHaveLength(3);
  });
});

describe('a subject typed at the topic question (qa7 item 2)', () => {
  const atTopic = () => drive().start().type('Giá điện tăng').type('Người dân bàn tán về hóa đơn tiền điện tháng này.');

  it('«gia dien» offers the nearest topics as buttons, and one pressed is the topic', () => {
    const d = atTopic().type('gia dien');
    expect(at(d)).toBe('topic-group');
    expect(d.texts()).toContain('Không có chủ đề nào tên đúng «gia dien»');
    const values = d.choices().map((c) => c.value);
    expect(values[0]).toBe('KT01');
    expect(values.at(-1)).toBe('_groups');
    d.choose('_groups');
    expect(d.choices().map((c) => c.value)).toContain('KT');
    d.type('gia dien').type('1');
    expect(d.state?.draft.issues[0]?.topicCode).toBe('KT01');
    expect(at(d)).not.toMatch(/^topic/);
  });

  it('a topic name typed without accents is that topic, from the group question or the sub-topic one', () => {
    const d = atTopic().type('bau cu');
    expect(d.state?.draft.issues[0]?.topicCode).toBe('CT04');
    const e = atTopic().choose('YT').type('gia ca, thi truong, xang dau');
    expect(e.state?.draft.issues[0]?.topicCode).toBe('KT01');
  });
});
