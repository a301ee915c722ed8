import { describe, expect, it } from 'vitest';
import { matchKey, splitText } from '../../core/kernel/text.js';

describe('matchKey', () => {
  it('is accent- and case-insensitive, đ = d, ignores zero-width', () => {
    expect(matchKey('CÓ')).toBe('co');
    expect(matchKey('có')).toBe(matchKey('co'));
    expect(matchKey('Đồng  tình')).toBe('dong tinh');
    expect(matchKey('c\u200Bó')).toBe('co');
  });
});

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('xin chào', 4096)).toEqual(['xin chào']);
  });
  it('splits on paragraph boundaries within the limit', () => {
    const para = 'a'.repeat(3000);
    const parts = splitText(`${para}\n\n${para}`, 4096);
    expect(parts).toEqual([para, para]);
  });
  it('never exceeds the limit and loses nothing but boundary whitespace', () => {
    const text = Array.from({ length: 500 }, (_, i) => `từ${i}`).join(' ');
    const parts = splitText(text, 100);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(100);
    expect(parts.join(' ')).toBe(text);
  });
  it('does not cut a surrogate pair', () => {
    const parts = splitText('😀'.repeat(10), 5);
    for (const p of parts) expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(parts.join('')).toBe('😀'.repeat(10));
  });
});
