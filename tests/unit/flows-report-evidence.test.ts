import { describe, expect, it } from 'vitest';
import { periodicReportFlow } from '../../bot/features/reports/periodic-flow.js';
import { quickReportFlow } from '../../bot/features/reports/quick-flow.js';
import type { ReportState } from '../../bot/features/reports/steps/state.js';
import { validateDraft } from '../../core/reports/draft.js';
import { FlowDriver, makeCtx } from './flows-harness.js';

const photo = (n: number) => ({ type: 'media' as const, media: { kind: 'photo' as const, fileId: `photo-${n}` } });
const voice = { type: 'media' as const, media: { kind: 'voice' as const, fileId: 'voice-1', mimeType: 'audio/ogg' } };

describe('quick and thematic reports take photos, voice notes and files as evidence (issue 13 §3)', () => {
  it('a photo is kept at any question and the question stays; a voice note answers a free-text question with "(ghi âm)"', () => {
    const d = new FlowDriver<ReportState>(quickReportFlow, makeCtx()).start();
    d.send(photo(1));
    expect(d.texts()).toContain('Đã nhận tệp đính kèm thứ 1');
    expect(d.state?.step).toBe('title');
    d.type('Tập trung đông người tại UBND xã');
    expect(d.state?.step).toBe('summary');
    d.send(voice);
    expect(d.state?.step).not.toBe('summary');
    expect(d.state?.draft.issues[0]?.summary).toBe('(ghi âm)');
    expect(d.state?.draft.media?.map((m) => m.fileId)).toEqual(['photo-1', 'voice-1']);
  });

  it('a photo with a caption at a free-text question answers it; the review counts the files and the submitted draft carries them', () => {
    const d = new FlowDriver<ReportState>(quickReportFlow, makeCtx()).start();
    d.send({ ...photo(2), caption: 'Người dân tập trung trước cổng UBND xã' });
    expect(d.state?.draft.issues[0]?.title).toBe('Người dân tập trung trước cổng UBND xã');
    d.type('Khoảng 40 hộ dân phản đối phương án bồi thường.');
    d.choose('DD').choose('DD01');
    d.choose('trai_chieu').choose('mot_bo_phan').choose('nong_dan').type('Giá bồi thường thấp.').choose('no');
    d.choose('mang_xa_hoi').choose('truc_tiep').choose('da_kiem_chung');
    d.send(photo(3));
    expect(d.state?.step).toBe('proposals');
    d.type('Tổ chức đối thoại.');
    expect(d.texts()).toContain('Tệp đính kèm: 2');
    d.choose('submit');
    const draft = d.input('reports.submit').draft;
    const checked = validateDraft(draft);
    expect(checked.ok && checked.draft.media?.map((m) => m.fileId)).toEqual(['photo-2', 'photo-3']);
  });

  it('a periodic report does not take files (nothing is kept, the question asks again)', () => {
    const d = new FlowDriver<ReportState>(periodicReportFlow, makeCtx()).start('', null);
    const before = d.state?.step;
    d.send(photo(4));
    expect(d.state?.draft.media ?? []).toEqual([]);
    expect(d.state?.step).toBe(before);
  });

  it('a caption at «Tóm tắt» is a draft: the summary typed next is kept after it, or «Dùng chú thích ảnh» takes it as it is (qa7 item 1)', () => {
    const d = new FlowDriver<ReportState>(quickReportFlow, makeCtx()).start().type('Tụ tập tại chợ');
    d.send({ ...photo(5), caption: 'Tiểu thương tập trung tại cổng chợ' });
    expect(d.state?.step).toBe('summary');
    expect(d.texts()).toContain('Chú thích ảnh: «Tiểu thương tập trung tại cổng chợ»');
    expect(d.choices().map((c) => c.value)).toContain('_caption');
    d.type('Sáng 10/11, khoảng 30 tiểu thương tập trung phản đối việc tăng phí thuê ki-ốt.');
    expect(d.state?.step).toBe('topic-group');
    expect(d.state?.draft.issues[0]?.summary).toBe(
      'Tiểu thương tập trung tại cổng chợ\nSáng 10/11, khoảng 30 tiểu thương tập trung phản đối việc tăng phí thuê ki-ốt.',
    );
    expect(d.state?.caption ?? null).toBeNull();

    const e = new FlowDriver<ReportState>(quickReportFlow, makeCtx()).start().type('Tụ tập tại chợ');
    e.send({ ...photo(6), caption: 'Tiểu thương tập trung tại cổng chợ' });
    e.choose('_caption');
    expect(e.state?.draft.issues[0]?.summary).toBe('Tiểu thương tập trung tại cổng chợ');
    expect(e.state?.step).toBe('topic-group');
  });
});
