import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/kernel/text.js';

describe('cleanText (issue 11, item 7)', () => {
  it('keeps the joiners of emoji sequences', () => {
    for (const e of ['👨‍🌾', '👩‍👧‍👦', '🏳️‍🌈', '🧑🏽‍🌾', '❤️‍🔥', '👁️‍🗨️']) {
      expect(cleanText(`Bà con ${e} phấn khởi`)).toBe(`Bà con ${e} phấn khởi`);
      expect([...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(cleanText(e))]).toHaveLength(1);
    }
  });
  it('removes invisible characters that are not part of an emoji sequence', () => {
    expect(cleanText('\uFEFFGiá\u200B điện\u200D tăng\u2060\u200C')).toBe('Giá điện tăng');
    expect(cleanText('👨\u200D')).toBe('👨');
    expect(cleanText('\u200D🌾')).toBe('🌾');
    expect(cleanText('a\u200D\u200D🌾')).toBe('a🌾');
  });
  it('normalises to NFC and trims', () => {
    expect(cleanText('  Ho\u0300a  ')).toBe('Hòa');
  });
});
