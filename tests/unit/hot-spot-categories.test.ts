import { describe, expect, it } from 'vitest';
import { optionChoices, optionLabel } from '../../bot/engine/common/options.js';
import { HOT_SPOT_OPTIONS } from '../../bot/features/hot-spots/options.js';
import { makeCtx } from './flows-harness.js';

/** Issue 11 item 17: the hot-spot categories read as an official would name them (domain-vi §3.2, §7.5). */
describe('hot-spot categories', () => {
  const ctx = makeCtx();
  const offered = optionChoices(ctx, HOT_SPOT_OPTIONS.category);
  const label = (code: string) => offered.find((c) => c.value === code)?.label;

  it('religion and ethnicity are separate choices, neither lumped with illegal gatherings', () => {
    expect(label('ton_giao')).toMatch(/^Tôn giáo/);
    expect(label('dan_toc')).toMatch(/dân tộc/i);
    for (const c of offered) {
      const religionOrEthnic = /tôn giáo|dân tộc/i.test(c.label);
      if (religionOrEthnic) expect(c.label).not.toMatch(/tụ tập|trái phép|biểu tình/i);
    }
    expect(label('bieu_tinh')).toMatch(/Tụ tập đông người/);
  });

  it('no label names examples in brackets as if they were the category ("Tranh chấp đất đai (tôn giáo, quốc phòng)")', () => {
    expect(label('tranh_chap_dat')).toBe('Tranh chấp đất đai');
    expect(offered.map((c) => c.label)).not.toContain('Tôn giáo, dân tộc, tụ tập trái phép');
  });

  it('the retired combined code is no longer offered, yet a stored alert still shows a label, not its code', () => {
    expect(offered.map((c) => c.value)).not.toContain('ton_giao_dan_toc');
    expect(optionLabel(ctx, HOT_SPOT_OPTIONS.category, 'ton_giao_dan_toc')).toBe('Tôn giáo, dân tộc');
  });
});
