import { describe, expect, it } from 'vitest';
import { periodicReportFlow } from '../../bot/features/reports/periodic-flow.js';
import type { ReportState } from '../../bot/features/reports/steps/state.js';
import { validateDraft } from '../../core/reports/draft.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

const drive = (ctx = makeCtx()) => new FlowDriver<ReportState>(periodicReportFlow, ctx);
const at = (d: FlowDriver<ReportState>) => d.state?.step;

/** One issue with one stream, up to the review screen. */
function toReview(d = drive()) {
  d.start().choose('co_ban_on_dinh').choose('lo_lang').choose('yes');
  d.choose('KT').choose('KT01').type('Giá xăng tăng').choose('trong_nuoc').type('Giá xăng tăng ba lần trong tháng.');
  d.choose('ban_khoan').choose('da_so').choose('nong_dan').type('Lo chi phí vận chuyển nông sản tăng.').choose('no');
  d.type('Giá thế giới tăng.').choose('_skip').choose('_skip').choose('no');
  d.choose('_skip').choose('_skip').choose('_skip');
  expect(at(d)).toBe('review');
  return d;
}

describe('periodic report: the whole walk', () => {
  it('asks every section, shows a review and submits the full draft', () => {
    const d = drive().start();
    expect(d.texts()).toContain('kỳ 11/2026');
    expect(at(d)).toBe('assessment');
    d.choose('co_ban_on_dinh');
    d.type('lo lang'); // typed label, accent-insensitive
    expect(d.state?.draft.mood).toBe('lo_lang');
    d.type('1'); // "Có": issues this month
    expect(at(d)).toBe('topic-group');
    d.choose('KT').choose('KT01');
    d.type('Giá xăng 🚗 tăng — 油价上涨').choose('_skip').type('Tăng ba lần trong tháng.');
    d.choose('ban_khoan').type('2').choose('khac');
    expect(at(d)).toBe('holder-other');
    expect(d.texts()).toBe('Đồng chí nhập tên nhóm xã hội (ví dụ: "tài xế xe công nghệ", "tiểu thương chợ Đông Ba"):');
    d.type('tài xế xe ôm công nghệ');
    expect(d.texts()).toContain('không ghi họ tên');
    d.type('Lo chi phí đi lại tăng 😟').choose('yes');
    d.choose('dong_tinh').choose('mot_so').choose('cbccvc').type('Ủng hộ điều hành giá linh hoạt.').choose('no');
    d.type('Giá dầu thế giới tăng.').choose('_skip').type('Đề nghị bình ổn giá.');
    d.choose('yes'); // another issue
    d.choose('GD').choose('GD02').type('Học phí').choose('dia_phuong').type('Miễn học phí từ năm học mới.');
    d.choose('dong_tinh').choose('tuyet_dai_da_so').choose('nhan_dan').type('Hoan nghênh.').choose('no');
    d.choose('_skip').choose('_skip').choose('_skip').choose('no');
    d.type('Tin đồn đổi tiền mới.').choose('_skip').type('Tăng cường thông tin.');
    expect(at(d)).toBe('review');
    const review = d.texts();
    for (const part of [
      'XEM LẠI BÁO CÁO ĐỊNH KỲ',
      'Cơ bản ổn định',
      'Lo lắng',
      'Giá xăng 🚗 tăng — 油价上涨',
      '[Băn khoăn · Đa số · tài xế xe ôm công nghệ]',
      'Học phí',
      'Tin đồn đổi tiền mới.',
    ]) {
      expect(review).toContain(part);
    }
    expect(d.replies.length).toBeGreaterThanOrEqual(4); // header, two issues, sections III–V + question
    d.choose('submit');
    expect(at(d)).toBe('submitting');
    expect(d.effect?.name).toBe('reports.submit');
    const draft = d.input('reports.submit').draft;
    expect(validateDraft(draft)).toMatchObject({ ok: true });
    expect(draft).toMatchObject({
      kind: 'periodic',
      period: '2026-11',
      assessment: 'co_ban_on_dinh',
      mood: 'lo_lang',
      rumours: 'Tin đồn đổi tiền mới.',
      goodPractices: null,
      proposals: 'Tăng cường thông tin.',
    });
    expect(draft.issues[0]?.streams).toEqual([
      { stance: 'ban_khoan', prevalence: 'da_so', holderGroup: 'khac:tài xế xe ôm công nghệ', content: 'Lo chi phí đi lại tăng 😟' },
      { stance: 'dong_tinh', prevalence: 'mot_so', holderGroup: 'cbccvc', content: 'Ủng hộ điều hành giá linh hoạt.' },
    ]);
    expect(draft.issues[0]).toMatchObject({ topicCode: 'KT01', scope: null, forecast: null, proposals: 'Đề nghị bình ổn giá.' });
    expect(draft.issues[1]).toMatchObject({ topicCode: 'GD02', scope: 'dia_phuong', causes: null });
    d.result('reports.submit', { ok: true, receiptNo: 'BC-2026-11-000123', reportId: 'r1', version: 1 });
    expect(d.state).toBeNull();
    expect(d.replies[0]?.text).toContain('BC-2026-11-000123');
    expect(d.choices().map((c) => c.value)).toContain('/baocao');
  });

  it('takes the Vietnam month as the period', () => {
    const d = drive(makeCtx({ now: new Date('2026-11-30T17:30:00Z') })).start();
    expect(d.state?.draft.period).toBe('2026-12');
  });

  it('allows a month without notable issues', () => {
    const d = drive().start().choose('on_dinh').choose('tin_tuong').choose('no');
    expect(at(d)).toBe('rumours');
    d.choose('_skip').choose('_skip').choose('_skip');
    expect(d.texts()).toContain('Không có vấn đề mới phát sinh');
    d.choose('submit');
    expect(validateDraft(d.input('reports.submit').draft)).toMatchObject({ ok: true });
  });

  it('works in English too', () => {
    const d = drive(makeCtx({ locale: 'en' })).start();
    expect(d.texts()).toContain('PERIODIC REPORT');
    expect(d.choices().map((c) => c.label)).toEqual(['Stable', 'Basically stable', 'Complex developments']);
  });
});

describe('periodic report: bad input leaves the state unchanged', () => {
  it('re-prompts free text where a choice is expected', () => {
    const d = drive().start();
    const before = d.state;
    d.type('tình hình bình thường thôi');
    expect(d.state).toEqual(before);
    expect(d.replies[0]?.text).toContain('bấm một nút');
    expect(d.last().choices?.map((c) => c.value)).toEqual(['on_dinh', 'co_ban_on_dinh', 'phuc_tap']);
  });

  it('refuses text over the limit and says by how much', () => {
    const d = drive(makeCtx({ maxTextLength: 50 }))
      .start()
      .choose('on_dinh')
      .choose('tin_tuong')
      .choose('yes')
      .choose('KT')
      .choose('KT01');
    const before = d.state;
    d.type('x'.repeat(51));
    expect(d.state).toEqual(before);
    expect(d.replies[0]?.text).toContain('51 ký tự');
    expect(d.replies[0]?.text).toContain('50');
    d.type('🚗'.repeat(50)); // fifty emoji are fifty characters, not a hundred
    expect(d.state?.draft.issues[0]?.title).toBe('🚗'.repeat(50));
  });

  it('refuses an empty answer, a photo or a location where text is expected', () => {
    const d = drive().start().choose('on_dinh').choose('tin_tuong').choose('yes').choose('KT').choose('KT01');
    const before = d.state;
    d.send({ type: 'text', text: '   ' });
    expect(d.state).toEqual(before);
    d.send({ type: 'media', media: { kind: 'photo', fileId: 'f1' } });
    expect(d.replies[0]?.text).toContain('tin nhắn chữ');
    d.send({ type: 'location', latitude: 1, longitude: 2 });
    expect(d.state).toEqual(before);
  });

  it('re-asks the current question on resume and ignores stray effect results', () => {
    const d = drive().start().choose('on_dinh');
    const before = d.state;
    d.send({ type: 'resume' });
    expect(d.state).toEqual(before);
    expect(d.last().text).toContain('Tâm trạng chủ đạo');
    d.send({ type: 'result', effect: 'reports.submit', result: { ok: true, receiptNo: 'X', reportId: 'r1', version: 1 } });
    expect(d.state).toEqual(before);
  });

  it('holder: free text is refused with a hint to pick "other"', () => {
    const d = drive().start().choose('on_dinh').choose('tin_tuong').choose('yes').choose('KT').choose('KT01').type('T').choose('_skip').type('S');
    d.choose('dong_tinh').choose('da_so');
    const before = d.state;
    d.type('bà con tiểu thương');
    expect(d.state).toEqual(before);
    expect(d.replies[0]?.text).toContain('Nhóm khác');
  });
});

describe('periodic report: topics', () => {
  it('pages the group list and goes back from sub-topics', () => {
    const d = drive().start().choose('on_dinh').choose('tin_tuong').choose('yes');
    expect(d.choices()).toHaveLength(9); // 8 groups + "more"
    d.choose('_next');
    expect(d.choices().map((c) => c.value)).toContain('_prev');
    expect(d.choices().map((c) => c.value)).toContain('MX');
    d.choose('MX');
    expect(d.choices().map((c) => c.value)).toEqual(['MX01', 'MX02', 'MX', '_back']);
    d.choose('_back');
    expect(at(d)).toBe('topic-group');
    d.choose('_next').choose('_next').choose('KH'); // a group without sub-topics is the topic
    expect(at(d)).toBe('title');
    expect(d.state?.draft.issues[0]?.topicCode).toBe('KH');
  });

  it('files under "other" when no taxonomy is loaded', () => {
    const d = drive(makeCtx({ topics: [] }))
      .start()
      .choose('on_dinh')
      .choose('tin_tuong')
      .choose('yes');
    expect(at(d)).toBe('title');
    expect(d.state?.draft.issues[0]?.topicCode).toBe('KH');
  });
});

describe('periodic report: edit a section from the review screen', () => {
  it('re-answers one field and returns to the review', () => {
    const d = toReview().choose('edit');
    expect(at(d)).toBe('edit-menu');
    d.choose('mood').choose('buc_xuc');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.mood).toBe('buc_xuc');
    expect(d.texts()).toContain('Bức xúc');
  });

  it('edits a part of an issue, adds streams, re-enters them, deletes the issue', () => {
    const d = toReview().choose('edit').choose('issue-0');
    expect(at(d)).toBe('edit-issue');
    d.choose('title').type('Giá xăng dầu tăng mạnh');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues[0]?.title).toBe('Giá xăng dầu tăng mạnh');
    d.choose('edit').choose('issue-0').choose('streams-add');
    d.choose('trai_chieu').choose('mot_bo_phan').choose('doanh_nhan').type('Cho rằng điều hành chưa hợp lý.').choose('no');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues[0]?.streams).toHaveLength(2);
    d.choose('edit').choose('issue-0').choose('streams-redo');
    d.choose('trung_lap').choose('co_nguoi').choose('tri_thuc').type('Chờ xem diễn biến.').choose('no');
    expect(d.state?.draft.issues[0]?.streams).toEqual([
      { stance: 'trung_lap', prevalence: 'co_nguoi', holderGroup: 'tri_thuc', content: 'Chờ xem diễn biến.' },
    ]);
    d.choose('edit').choose('issue-0').choose('topic').choose('_next').choose('AN').choose('AN03');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues[0]?.topicCode).toBe('AN03');
    d.choose('edit').choose('issue-0').choose('delete');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues).toHaveLength(0);
  });

  it('adds a whole issue from the review screen', () => {
    const d = toReview().choose('edit').choose('add-issue');
    expect(at(d)).toBe('topic-group');
    d.choose('YT').choose('YT02').type('Sốt xuất huyết').choose('dia_phuong').type('Số ca tăng.');
    d.choose('ban_khoan').choose('nhieu_y_kien').choose('nhan_dan').type('Lo dịch lan rộng.').choose('no');
    d.choose('_skip').choose('_skip').choose('_skip');
    expect(at(d)).toBe('review');
    expect(d.state?.draft.issues.map((i) => i.title)).toEqual(['Giá xăng tăng', 'Sốt xuất huyết']);
  });

  it('goes back to the review unchanged and rejects unknown sections', () => {
    const d = toReview().choose('edit');
    const before = d.state;
    d.type('sửa cái gì đó');
    expect(d.state).toEqual(before);
    d.choose('_back');
    expect(at(d)).toBe('review');
  });

  it('returns to the review with a message when the submission is refused', () => {
    const d = toReview().choose('submit').result('reports.submit', { ok: false, code: 'invalid' });
    expect(at(d)).toBe('review');
    expect(d.replies[0]?.text).toContain('Chưa gửi được');
    expect(d.choices().map((c) => c.value)).toEqual(['submit', 'edit', '/huy']);
  });

  it('a draft stuck in "submitting" (rolled back) is shown for review again', () => {
    const d = toReview().choose('submit');
    d.send({ type: 'resume' });
    expect(at(d)).toBe('review');
  });
});
