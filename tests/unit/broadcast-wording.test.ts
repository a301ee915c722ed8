import { describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { broadcastComposeFlow as flow } from '../../bot/features/broadcasts/compose-flow.js';
import type { EffectDone } from '../../bot/engine/effects.js';
import type { FlowContext } from '../../bot/engine/types.js';

/** Issue 11 item 16: the send scope names the territory, not the Ban's staff; no jargon in the progress line. */
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

function unitButtons(own: { id: string; name: string; kind?: string }): string[] {
  const opts = { units: [own, { id: 'u1', name: 'Đảng ủy xã An Bình' }], sectors: [], strata: [], maxBody: 300, timeZone: 'Asia/Ho_Chi_Minh', quietHours: '' };
  let r = flow.start(ctx, '');
  r = flow.step(r.state!, { type: 'result', effect: 'broadcasts.options', result: { ok: true, options: opts } } as EffectDone, ctx);
  for (const input of [
    { type: 'text', text: 'Kỳ họp' },
    { type: 'text', text: 'Nội dung.' },
    { type: 'choice', value: '_done' },
    { type: 'choice', value: '_skip' },
  ] as const)
    r = flow.step(r.state!, input, ctx);
  return r.replies.flatMap((x) => x.choices ?? []).map((c) => c.label);
}

describe('guidance wording', () => {
  it('the province-wide scope reads «Toàn tỉnh», not «Toàn bộ Ban Tuyên giáo và Dân vận Tỉnh ủy»', () => {
    const labels = unitButtons({ id: 'u0', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', kind: 'tinh' });
    expect(labels[0]).toBe('Toàn tỉnh');
    expect(labels.join(' ')).not.toMatch(/Toàn bộ Ban/);
    expect(unitButtons({ id: 'u0', name: 'Đảng ủy xã An Bình', kind: 'xa' })[0]).toBe('Toàn xã');
    // A draft stored before units carried their kind still reads as a territory.
    expect(unitButtons({ id: 'u0', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' })[0]).toBe('Toàn địa bàn do Ban Tuyên giáo và Dân vận Tỉnh ủy phụ trách');
  });

  it('the progress line says what the Zalo wait means instead of «Chờ Zalo»', () => {
    const line = t('vi', 'broadcast-progress-sent', { sent: 5, total: 10, failed: 0, unreachable: 1, waiting: 4 });
    expect(line).not.toMatch(/Chờ Zalo/);
    expect(line).toMatch(/Chờ người nhận nhắn lại qua Zalo: 4/);
  });
});
