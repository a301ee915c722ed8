import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { broadcastComposeFlow as flow, type ComposeState } from '../../bot/features/broadcasts/compose-flow.js';
import type { EffectDone, EffectInput, EffectName, EffectOutput } from '../../bot/engine/effects.js';
import type { FlowContext, FlowInput, StepResult } from '../../bot/engine/types.js';
import { parseDeadlineAt, parseWhen } from '../../bot/features/broadcasts/time.js';
import { emptyState, matchTyped, renderReplies } from '../../bot/engine/conversation-state.js';

const { t } = createI18n();
const now = new Date(Date.UTC(2026, 10, 20, 3, 0)); // 10:00 in Vietnam
const ctx: FlowContext = {
  now,
  locale: 'vi',
  t: (k, a) => t('vi', k, a),
  channel: 'telegram',
  maxTextLength: 4000,
  topics: [],
  person: { id: 'p1', displayName: 'Cán bộ', role: 'official', unitId: 'u0', unitName: 'Tỉnh', status: 'active', consentAt: null },
};
const opts = {
  units: [
    { id: 'u0', name: 'Tỉnh A' },
    { id: 'u1', name: 'Huyện B' },
  ],
  sectors: ['Giáo dục', 'Y tế'],
  strata: [],
  maxBody: 300,
  timeZone: 'Asia/Ho_Chi_Minh',
  quietHours: '22:00-06:00',
};
const text = (s: string): FlowInput => ({ type: 'text', text: s });
const pick = (value: string): FlowInput => ({ type: 'choice', value });
const result = <N extends EffectName>(effect: N, r: EffectOutput<N>): FlowInput => ({ type: 'result', effect, result: r }) as EffectDone;
/** The input of the effect the step asked for, checking its name. */
function input<N extends EffectName>(r: StepResult, name: N): EffectInput<N> {
  expect(r.effect?.name).toBe(name);
  return r.effect?.input as EffectInput<N>;
}
const texts = (r: StepResult) => r.replies.map((x) => x.text).join('\n');

/** Drives the flow through a script of inputs. */
function run(inputs: FlowInput[]): StepResult<ComposeState> {
  let r = flow.start(ctx, '');
  expect(r.effect?.name).toBe('broadcasts.options');
  r = flow.step(r.state!, result('broadcasts.options', { ok: true, options: opts }), ctx);
  for (const i of inputs) r = flow.step(r.state!, i, ctx);
  return r;
}

describe('/dinhhuong compose flow', () => {
  it('collects everything, then asks for a dry run before anything is sent', () => {
    const r = run([
      text('Kỳ họp'),
      text('Đoạn một.'),
      text('Đoạn hai.'),
      pick('_done'),
      pick('_skip'),
      pick('u1'),
      pick('collaborator'),
      pick('Y tế'),
      pick('yes'),
      pick('_24h'),
      pick('_normal'),
      pick('_now'),
    ]);
    expect(r.state?.step).toBe('dryrun');
    const draft = input(r, 'broadcasts.dry-run');
    expect(draft.draft).toMatchObject({
      title: 'Kỳ họp',
      body: 'Đoạn một.\n\nĐoạn hai.',
      unitId: 'u1',
      filters: { roles: ['collaborator'], sectors: ['Y tế'] },
      requireAck: true,
      urgent: false,
      scheduledAt: null,
    });
    expect(new Date(String(draft.draft.ackDeadline)).getTime()).toBe(now.getTime() + 24 * 3600_000);
    // The stratum question is skipped: nobody in the subtree has one.
    const dry = flow.step(
      r.state!,
      result('broadcasts.dry-run', {
        ok: true,
        total: 1200,
        byUnit: [{ name: 'Xã C', count: 700 }],
        moreUnits: 2,
        byChannel: { telegram: 1000, zalo: 150 },
        unreachable: 50,
        etaSeconds: 95,
        needsApproval: true,
        startAt: now.toISOString(),
      }),
      ctx,
    );
    expect(dry.state?.step).toBe('confirm');
    expect(texts(dry)).toContain('1.200 người nhận');
    expect(texts(dry)).toContain('Xã C: 700');
    expect(texts(dry)).toContain('Telegram: 1.000, Zalo: 150');
    expect(texts(dry)).toContain('Không liên lạc được (chưa có kênh nào): 50');
    expect(texts(dry)).toContain('khoảng 2 phút');
    expect(texts(dry)).toContain('cần một cán bộ khác phê duyệt');
    const sent = flow.step(dry.state!, pick('_send'), ctx);
    expect(sent.effect?.name).toBe('broadcasts.submit');
    const done = flow.step(
      sent.state!,
      result('broadcasts.submit', { ok: true, id: 'b1', status: 'awaiting_approval', audience: 1200, approvers: 2, startAt: now.toISOString() }),
      ctx,
    );
    expect(done.state).toBeNull();
    expect(texts(done)).toContain('Đã gửi yêu cầu tới 2 cán bộ');
  });

  it('refuses an empty body and a body over the configured size, keeping what was written', () => {
    let r = run([text('Tiêu đề'), pick('_done')]);
    expect(texts(r)).toContain('không được để trống');
    expect(r.state?.step).toBe('body');
    r = flow.step(r.state!, text('x'.repeat(200)), ctx);
    r = flow.step(r.state!, text('y'.repeat(200)), ctx);
    expect(texts(r)).toContain('Nội dung quá dài');
    expect(r.state?.body).toBe('x'.repeat(200));
  });

  it('takes a photo or a document as the attachment (on the channel it came from), nothing else', () => {
    let r = run([text('T'), text('B'), pick('_done'), { type: 'media', media: { kind: 'voice', fileId: 'v1' } }]);
    expect(r.state?.step).toBe('attachment');
    expect(texts(r)).toContain('Chỉ nhận ảnh hoặc tài liệu');
    r = flow.step(r.state!, { type: 'media', media: { kind: 'document', fileId: 'BQAC-doc', fileName: 'huong-dan.pdf' } }, ctx);
    expect(r.state?.step).toBe('unit');
    expect(r.state?.attachment).toEqual({ kind: 'document', source: 'BQAC-doc', channel: 'telegram', fileName: 'huong-dan.pdf' });
  });

  it('«ctv», «CTV» typed at «Gửi cho những ai?» is «Cộng tác viên»', () => {
    const r = run([text('T'), text('B'), pick('_done'), pick('_skip'), pick('u1')]);
    expect(r.state?.step).toBe('role');
    const asked = emptyState();
    renderReplies(r.replies, asked);
    for (const typed of ['ctv', 'CTV', 'cộng tác viên', '2']) expect(matchTyped(asked, typed), typed).toBe('collaborator');
    expect(matchTyped(asked, 'can bo')).toBe('official');
  });

  it('«khan cap», «hỏa tốc», «binh thuong» typed at «Mức độ?» are «Khẩn» and «Thường»', () => {
    const r = run([text('T'), text('B'), pick('_done'), pick('_skip'), pick('u1'), pick('_all'), pick('_all'), pick('no')]);
    expect(r.state?.step).toBe('urgent');
    const asked = emptyState();
    renderReplies(r.replies, asked);
    for (const typed of ['khan cap', 'KHẨN CẤP', 'hỏa tốc', 'khan', 'gap']) expect(matchTyped(asked, typed), typed).toBe('_urgent');
    for (const typed of ['binh thuong', 'Thông thường', 'thuong']) expect(matchTyped(asked, typed), typed).toBe('_normal');
  });

  it('a file sent at the title or the body is the attachment; a second replaces it and says so; the file question then offers to keep it', () => {
    let r = run([{ type: 'media', media: { kind: 'document', fileId: 'd1', fileName: 'cv-15.pdf' } }]);
    expect(r.state?.step).toBe('title');
    expect(texts(r)).toContain('Đã nhận tệp đính kèm');
    r = flow.step(r.state!, text('Tiêu đề'), ctx);
    r = flow.step(r.state!, { type: 'media', media: { kind: 'photo', fileId: 'p2' } }, ctx);
    expect(r.state?.step).toBe('body');
    expect(texts(r)).toContain('Đã thay tệp đính kèm bằng tệp vừa gửi');
    r = flow.step(r.state!, { type: 'media', media: { kind: 'voice', fileId: 'v3' } }, ctx);
    expect(texts(r)).toContain('chỉ đính kèm được ảnh hoặc tài liệu');
    expect(r.state?.attachment).toMatchObject({ kind: 'photo', source: 'p2' });
    r = flow.step(flow.step(r.state!, text('Nội dung.'), ctx).state!, pick('_done'), ctx);
    expect(texts(r)).toContain('Định hướng đã có ảnh đồng chí gửi kèm');
    expect(r.replies.at(-1)?.choices?.map((c) => c.label)).toEqual(['📎 Giữ tệp này', 'Không đính kèm', 'Hủy']);
    const kept = flow.step(r.state!, pick('_keep'), ctx);
    expect(kept.state).toMatchObject({ step: 'unit', attachment: { source: 'p2' } });
    const dropped = flow.step(r.state!, pick('_skip'), ctx);
    expect(dropped.state).toMatchObject({ step: 'unit', attachment: null });
  });

  it('a paragraph typed at the attachment question is added to the body, said so, and the question stays', () => {
    let r = run([text('T'), text('Đoạn một.'), pick('_done'), text('Đoạn hai, nghĩ thêm sau.')]);
    expect(r.state?.step).toBe('attachment');
    expect(r.state?.body).toBe('Đoạn một.\n\nĐoạn hai, nghĩ thêm sau.');
    expect(texts(r)).toContain('Đã thêm đoạn này vào cuối nội dung');
    r = flow.step(r.state!, text('z'.repeat(400)), ctx); // over maxBody: refused, the body kept
    expect(texts(r)).toContain('Nội dung quá dài');
    expect(r.state?.body).toBe('Đoạn một.\n\nĐoạn hai, nghĩ thêm sau.');
    r = flow.step(r.state!, pick('_skip'), ctx);
    expect(r.state?.step).toBe('unit');
  });

  it('«không có», «Không ạ», «chưa có» typed at the attachment question mean no file, not a paragraph of the guidance', () => {
    for (const no of ['khong co', 'Không ạ.', 'chưa có', 'thôi']) {
      const r = run([text('T'), text('Đoạn một.'), pick('_done'), text(no)]);
      expect(r.state?.step, no).toBe('unit');
      expect(r.state?.body).toBe('Đoạn một.');
      expect(r.state?.attachment ?? null).toBeNull();
    }
  });

  it('refuses a title over 200 characters and non-text answers', () => {
    const r = run([text('t'.repeat(201))]);
    expect(r.state?.step).toBe('title');
    expect(texts(r)).toContain('1 đến 200');
    const m = flow.step(r.state!, { type: 'location', latitude: 1, longitude: 2 }, ctx);
    expect(m.state?.step).toBe('title');
  });

  it('a unit typed by code is checked by an effect; an out-of-scope answer goes back to the unit question', () => {
    let r = run([text('T'), text('B'), pick('_done'), pick('_skip'), text('XA-99')]);
    expect(input(r, 'broadcasts.unit-by-code')).toEqual({ code: 'XA-99' });
    r = flow.step(r.state!, result('broadcasts.unit-by-code', { ok: false, code: 'out_of_scope' }), ctx);
    expect(r.state?.step).toBe('unit');
    expect(texts(r)).toContain('Không tìm thấy đơn vị này trong phạm vi phụ trách');
  });

  it('scheduling: a typed time in Vietnam time; a deadline before the start is sent back', () => {
    let r = run([
      text('T'),
      text('B'),
      pick('_done'),
      pick('_skip'),
      pick('u0'),
      pick('_all'),
      pick('_all'),
      pick('yes'),
      text('12:00'),
      pick('_urgent'),
      pick('_later'),
      text('14:00'),
    ]);
    expect(r.state?.step).toBe('deadline');
    expect(texts(r)).toContain('Hạn xác nhận phải sau thời điểm gửi');
    r = flow.step(r.state!, text('18:00'), ctx);
    r = flow.step(r.state!, pick('_urgent'), ctx);
    r = flow.step(r.state!, pick('_later'), ctx);
    r = flow.step(r.state!, text('14:00'), ctx);
    expect(input(r, 'broadcasts.dry-run').draft).toMatchObject({
      scheduledAt: '2026-11-20T07:00:00.000Z',
      urgent: true,
    });
  });

  it('a refused submit (e.g. scope) returns to the question that can fix it; Hủy discards', () => {
    const r = run([text('T'), text('B'), pick('_done'), pick('_skip'), pick('u0'), pick('_all'), pick('_all'), pick('no'), pick('_normal'), pick('_now')]);
    const back = flow.step({ ...r.state!, step: 'submitting' }, result('broadcasts.submit', { ok: false, code: 'body_too_long' }), ctx);
    expect(back.state?.step).toBe('body');
    expect(flow.step(r.state!, pick('_cancel'), ctx).state).toBeNull();
  });
});

describe('parseDeadlineAt', () => {
  it('reads a span typed as the buttons word it («24 giờ», «trong 3 ngày», «Trong 4 tiếng») from now', () => {
    const tz = 'Asia/Ho_Chi_Minh';
    const hours = (typed: string) => ((parseDeadlineAt(typed, now, tz)?.getTime() ?? 0) - now.getTime()) / 3600_000;
    expect(hours('24 gio')).toBe(24);
    expect(hours('Trong 24 giờ')).toBe(24);
    expect(hours('trong 3 ngày')).toBe(72);
    expect(hours('sau 4 tiếng')).toBe(4);
    expect(hours('17h')).toBe(7); // a time of day (17:00, it is 10:00), not 17 hours
    expect(hours('trong 17h')).toBe(17);
  });

  it('reads what parseWhen reads, and a date alone as the end of that day (as polls and requests); past is null', () => {
    const now = new Date('2026-11-20T02:00:00Z');
    const tz = 'Asia/Ho_Chi_Minh';
    expect(parseDeadlineAt('14:30', now, tz)?.toISOString()).toBe('2026-11-20T07:30:00.000Z');
    expect(parseDeadlineAt('25/11', now, tz)?.toISOString()).toBe('2026-11-25T16:59:00.000Z');
    expect(parseDeadlineAt('ngày 25/11/2026', now, tz)?.toISOString()).toBe('2026-11-25T16:59:00.000Z');
    expect(parseDeadlineAt('2 giờ chiều 25/11', now, tz)?.toISOString()).toBe('2026-11-25T07:00:00.000Z');
    expect(parseDeadlineAt('1/1/2026', now, tz)).toBeNull();
    expect(parseDeadlineAt('sớm nhất', now, tz)).toBeNull();
  });
});

describe('parseWhen', () => {
  const tz = 'Asia/Ho_Chi_Minh';
  it('reads times and dates in Vietnam time, rolling to tomorrow / next year when past', () => {
    expect(parseWhen('14:30', now, tz)?.toISOString()).toBe('2026-11-20T07:30:00.000Z');
    expect(parseWhen('9h', now, tz)?.toISOString()).toBe('2026-11-21T02:00:00.000Z');
    expect(parseWhen('17:00 25/12', now, tz)?.toISOString()).toBe('2026-12-25T10:00:00.000Z');
    expect(parseWhen('08:00 01/01/2027', now, tz)?.toISOString()).toBe('2027-01-01T01:00:00.000Z');
    expect(parseWhen('17:00 01/01/2020', now, tz)).toBeNull();
    expect(parseWhen('25:00', now, tz)).toBeNull();
    expect(parseWhen('ngày mai', now, tz)).toBeNull();
  });
});
