import { describe, expect, it } from 'vitest';
import { splitOutbound } from '../../bot/channels/split-outbound.js';
import type { Choice } from '../../core/kernel/messages.js';

const choices = (n: number): Choice[] => Array.from({ length: n }, (_, i) => ({ label: `Lựa chọn ${i + 1}`, data: `c${i + 1}` }));
const limits = { maxText: 100, maxCaption: 50, maxButtons: 8 };
const sizes = (n: number) =>
  splitOutbound({ type: 'text', text: 'Chọn:', choices: choices(n) }, limits, '⋯').map((m) => (m.type === 'text' ? (m.choices?.length ?? 0) : -1));

describe('splitOutbound', () => {
  it('spreads choices beyond the cap evenly over as few messages as needed, so no message carries one lone button', () => {
    expect(sizes(8)).toEqual([8]);
    expect(sizes(9)).toEqual([5, 4]);
    expect(sizes(16)).toEqual([8, 8]);
    expect(sizes(17)).toEqual([6, 6, 5]);
  });

  it('keeps every choice once and in order; follow-up messages read the continuation text', () => {
    const parts = splitOutbound({ type: 'text', text: 'Chọn:', choices: choices(11) }, limits, '⋯');
    expect(parts.flatMap((m) => (m.type === 'text' ? (m.choices ?? []).map((c) => c.data) : []))).toEqual(choices(11).map((c) => c.data));
    expect(parts.map((m) => (m.type === 'text' ? m.text : ''))).toEqual(['Chọn:', '⋯']);
  });

  it('long text goes in several parts with the buttons under the last', () => {
    const parts = splitOutbound({ type: 'text', text: 'a '.repeat(120).trim(), choices: choices(2) }, limits, '⋯');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((m) => m.type === 'text' && !m.choices)).toBe(true);
    expect(parts.at(-1)!.type === 'text' && parts.at(-1)!.choices).toHaveLength(2);
  });
});
