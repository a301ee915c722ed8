import { describe, expect, it } from 'vitest';
import { zaloRenderTexts } from '../../bot/channels/zalo-oa/adapter.js';
import { buttonTitle, renderZaloOa, type ZaloOaOp } from '../../bot/channels/zalo-oa/render.js';
import { createI18n } from '../../core/kernel/i18n.js';
import type { Choice } from '../../core/kernel/messages.js';

const texts = zaloRenderTexts(createI18n().t, 'vi');
const choices = (n: number): Choice[] => Array.from({ length: n }, (_, i) => ({ label: `Lựa chọn ${i + 1}`, data: `c:n0nce:${i}` }));

describe('renderZaloOa', () => {
  it('plain text is one message', () => {
    expect(renderZaloOa({ type: 'text', text: 'Xin chào' }, texts)).toEqual([{ op: 'text', text: 'Xin chào' }]);
  });

  it('up to 5 choices become buttons whose payload carries the choice data behind #c', () => {
    const [op] = renderZaloOa({ type: 'text', text: 'Tình hình?', choices: choices(5) }, texts);
    expect(op).toEqual({
      op: 'buttons',
      text: 'Tình hình?',
      buttons: choices(5).map((c) => ({ type: 'oa.query.hide', title: c.label, payload: `#c ${c.data}` })),
      fallbackText: expect.stringContaining('5. Lựa chọn 5'),
    });
    const [shown] = renderZaloOa({ type: 'text', text: 'Tình hình?', choices: choices(1) }, texts, { buttonType: 'oa.query.show' });
    expect(shown).toMatchObject({ buttons: [{ type: 'oa.query.show', payload: '#c c:n0nce:0' }] });
  });

  it('6–15 choices: the numbered list in the text, and every choice still a button, 5 per message', () => {
    const ops = renderZaloOa({ type: 'text', text: 'Chọn lĩnh vực:', choices: choices(7) }, texts);
    expect(ops.map((o) => o.op)).toEqual(['buttons', 'buttons']);
    const [first, second] = ops as Extract<ZaloOaOp, { op: 'buttons' }>[];
    expect(first!.text.startsWith('Chọn lĩnh vực:\n\n1. Lựa chọn 1\n2. Lựa chọn 2\n')).toBe(true);
    expect(first!.text).toContain('7. Lựa chọn 7');
    expect(first!.text.endsWith(texts.numberedHint)).toBe(true);
    expect(first!.buttons.map((b) => ('payload' in b ? b.payload : ''))).toEqual(choices(5).map((c) => `#c ${c.data}`));
    expect(second!.text).toBe('Lựa chọn 6–7:');
    expect(second!.buttons.map((b) => b.title)).toEqual(['Lựa chọn 6', 'Lựa chọn 7']);
    // Fallback if Zalo refuses buttons: the first message already lists everything, the second adds nothing.
    expect(first!.fallbackText).toBe(first!.text);
    expect(second!.fallbackText).toBeNull();
  });

  it('more than 15 choices are numbered text only', () => {
    const ops = renderZaloOa({ type: 'text', text: 'Chủ đề:', choices: choices(16) }, texts);
    expect(ops).toHaveLength(1);
    expect(ops[0]?.op).toBe('text');
    expect((ops[0] as { text: string }).text).toContain('16. Lựa chọn 16');
  });

  it('a buttons message carries numbered text to fall back on', () => {
    const [op] = renderZaloOa({ type: 'text', text: 'Có/không?', choices: choices(2) }, texts) as Extract<ZaloOaOp, { op: 'buttons' }>[];
    expect(op!.fallbackText).toBe(`Có/không?\n\n1. Lựa chọn 1\n2. Lựa chọn 2\n\n${texts.numberedHint}`);
  });

  it('maxButtons 0 (Zalo Bot) renders even two choices as a numbered list', () => {
    const ops = renderZaloOa({ type: 'text', text: 'Có/không?', choices: choices(2) }, texts, { maxButtons: 0 });
    expect(ops).toEqual([{ op: 'text', text: `Có/không?\n\n1. Lựa chọn 1\n2. Lựa chọn 2\n\n${texts.numberedHint}` }]);
  });

  it('text over 2,000 characters is split; the buttons go with the last part', () => {
    const long = `${'Đoạn một. '.repeat(150)}\n\n${'Đoạn hai. '.repeat(150)}`;
    const ops = renderZaloOa({ type: 'text', text: long, choices: choices(2) }, texts);
    expect(ops.length).toBe(2);
    for (const op of ops) expect((op as { text: string }).text.length).toBeLessThanOrEqual(2000);
    expect(ops.map((o) => o.op)).toEqual(['text', 'buttons']);
  });

  it('a location request adds the share-location instructions (Zalo has no such button)', () => {
    const ops = renderZaloOa({ type: 'text', text: 'Địa điểm xảy ra?', requestLocation: true }, texts);
    expect(ops).toEqual([{ op: 'text', text: `Địa điểm xảy ra?\n\n${texts.shareLocation}` }]);
    expect(texts.shareLocation).toContain('Vị trí');
  });

  it('button titles are cut to 100 characters, marked with …; empty text with buttons gets a prompt', () => {
    const [op] = renderZaloOa({ type: 'text', text: '', choices: [{ label: 'x'.repeat(150), data: 'd' }] }, texts);
    expect(op).toMatchObject({ op: 'buttons', text: texts.chooseOption });
    const title = (op as Extract<ZaloOaOp, { op: 'buttons' }>).buttons[0]!.title;
    expect(title).toHaveLength(100);
    expect(title.endsWith('x…')).toBe(true);
  });

  it('a title is cut between graphemes: never inside an emoji sequence or a letter with its marks', () => {
    const farmer = '👨‍🌾'; // man + ZWJ + rice: 5 UTF-16 units, one grapheme
    const decomposed = 'e\u0302\u0301'; // ế as e + two combining marks
    for (let pad = 90; pad <= 99; pad++) {
      for (const tail of [farmer, '🇻🇳', '👍🏽', decomposed]) {
        const label = `${'a'.repeat(pad)}${tail.repeat(3)}`;
        const title = buttonTitle(label);
        expect(title.length).toBeLessThanOrEqual(100);
        const kept = title === label ? '' : title.slice(pad, -1);
        if (label.length > 100) expect(title.endsWith('…')).toBe(true);
        // Whatever survived of the tail is whole copies of it.
        expect(kept.split(tail).join(''), `pad ${pad} ${tail}`).toBe('');
      }
    }
    expect(buttonTitle('Đồng ý 👍')).toBe('Đồng ý 👍');
  });

  it('a photo keeps its caption; with choices the caption moves to a buttons message', () => {
    expect(renderZaloOa({ type: 'media', kind: 'photo', source: 'https://x/a.jpg', caption: 'Ảnh' }, texts)).toEqual([
      { op: 'image', source: 'https://x/a.jpg', caption: 'Ảnh' },
    ]);
    expect(renderZaloOa({ type: 'media', kind: 'photo', source: '/tmp/a.jpg', caption: 'Ảnh', choices: choices(1) }, texts)).toEqual([
      { op: 'image', source: '/tmp/a.jpg' },
      { op: 'buttons', text: 'Ảnh', buttons: [{ type: 'oa.query.hide', title: 'Lựa chọn 1', payload: '#c c:n0nce:0' }], fallbackText: expect.any(String) },
    ]);
  });

  it('a document is a file message followed by its caption (Zalo files carry no text)', () => {
    expect(renderZaloOa({ type: 'media', kind: 'document', source: '/tmp/hd.pdf', fileName: 'huong-dan.pdf', caption: 'Hướng dẫn' }, texts)).toEqual([
      { op: 'file', source: '/tmp/hd.pdf', fileName: 'huong-dan.pdf' },
      { op: 'text', text: 'Hướng dẫn' },
    ]);
  });
});
