import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { broadcastComposeFlow as flow } from '../../bot/features/broadcasts/compose-flow.js';
import type { EffectDone, EffectOutput } from '../../bot/engine/effects.js';
import type { FlowContext, FlowInput, StepResult } from '../../bot/engine/types.js';
import { label } from '../../core/synthesis/labels.js';

/** Issue 11 item 11: stored codes (roles, sectors, strata) never reach a reader. */
const { t } = createI18n();
const ctx: FlowContext = {
  now: new Date(Date.UTC(2026, 10, 20, 3, 0)),
  locale: 'vi',
  t: (k, a) => t('vi', k, a),
  channel: 'telegram',
  maxTextLength: 4000,
  topics: [],
  person: { id: 'p1', displayName: 'Cán bộ', role: 'official', unitId: 'u0', unitName: 'Tỉnh', status: 'active', consentAt: null },
};
const opts = {
  units: [{ id: 'u0', name: 'Tỉnh A' }],
  sectors: ['mttq'],
  strata: ['cong_nhan', 'huu_tri_ccb'],
  maxBody: 300,
  timeZone: 'Asia/Ho_Chi_Minh',
  quietHours: '',
};
const text = (s: string): FlowInput => ({ type: 'text', text: s });
const pick = (value: string): FlowInput => ({ type: 'choice', value });
const options = (r: EffectOutput<'broadcasts.options'>): FlowInput => ({ type: 'result', effect: 'broadcasts.options', result: r }) as EffectDone;
const labels = (r: StepResult) => r.replies.flatMap((x) => x.choices?.map((c) => c.label) ?? []);

describe('no raw codes', () => {
  it('guidance audience buttons name sectors and strata; their labels can be typed', () => {
    let r = flow.start(ctx, '');
    r = flow.step(r.state!, options({ ok: true, options: opts }), ctx);
    for (const i of [text('Tiêu đề'), text('Nội dung.'), pick('_done'), pick('_skip'), pick('u0'), pick('collaborator')]) r = flow.step(r.state!, i, ctx);
    expect(r.state?.step).toBe('sector');
    expect(labels(r)).toContain('Mặt trận Tổ quốc');
    expect(labels(r)).not.toContain('mttq');
    r = flow.step(r.state!, text('mặt trận tổ quốc'), ctx);
    expect(r.state?.step).toBe('stratum');
    expect(labels(r).join('|')).toContain('Công nhân');
    expect(labels(r)).toContain('Hưu trí, cựu chiến binh');
    expect(labels(r).join('|')).not.toMatch(/cong_nhan|huu_tri/);
    r = flow.step(r.state!, text('Công nhân'), ctx);
    expect(r.state).toMatchObject({ sectors: ['mttq'], strata: ['cong_nhan'] });
  });

  it('the console roster shows sector and stratum labels; an unknown code reads as words', () => {
    expect(label(t, 'vi', 'sector', 'mttq')).toBe('Mặt trận Tổ quốc');
    expect(label(t, 'vi', 'stratum', 'cong_nhan')).toContain('Công nhân');
    expect(label(t, 'vi', 'sector', 'cong_doan_kcn')).not.toContain('_');
  });
});
