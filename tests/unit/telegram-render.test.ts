import { describe, expect, it } from 'vitest';
import { CallbackDataTooLongError } from '../../bot/channels/telegram/errors.js';
import { CONTINUATION_TEXT, TELEGRAM_MAX_BUTTONS, TELEGRAM_MAX_CAPTION, TELEGRAM_MAX_TEXT } from '../../bot/channels/telegram/limits.js';
import { assertCallbackData, inlineKeyboard, renderEdit, renderOutbound, type LocationLabels, type TelegramCall } from '../../bot/channels/telegram/render.js';
import { SendError } from '../../core/kernel/errors.js';

const labels: LocationLabels = { button: '📍 Gửi vị trí hiện tại', placeholder: 'Hoặc gõ địa chỉ…', hint: 'Bấm nút bên dưới hoặc gõ địa chỉ.' };
const texts = (calls: TelegramCall[]) =>
  calls.map((c) => (c.method === 'sendMessage' ? c.payload.text : 'caption' in c.payload ? (c.payload.caption ?? '') : ''));
const markupOf = (c: TelegramCall | undefined) =>
  c && 'reply_markup' in c.payload ? (c.payload.reply_markup as Record<string, unknown> | undefined) : undefined;

describe('renderOutbound: text', () => {
  it('a text within 4096 is one sendMessage to the chat', () => {
    const calls = renderOutbound('42', { type: 'text', text: 'Xin chào' }, labels);
    expect(calls).toEqual([{ method: 'sendMessage', payload: { chat_id: '42', text: 'Xin chào' } }]);
  });

  it('exactly 4096 is one part; 4097 is two, each within the limit, nothing lost', () => {
    expect(renderOutbound('1', { type: 'text', text: 'a'.repeat(TELEGRAM_MAX_TEXT) }, labels)).toHaveLength(1);
    const calls = renderOutbound('1', { type: 'text', text: 'a'.repeat(TELEGRAM_MAX_TEXT + 1) }, labels);
    expect(texts(calls).map((t) => t.length)).toEqual([TELEGRAM_MAX_TEXT, 1]);
  });

  it('never splits an emoji’s surrogate pair at the boundary', () => {
    const text = 'a'.repeat(TELEGRAM_MAX_TEXT - 1) + '😀' + 'b'.repeat(10);
    const parts = texts(renderOutbound('1', { type: 'text', text }, labels));
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('keeps zero-width joiners and Vietnamese combining marks intact', () => {
    const text = 'Gia đình 👨‍👩‍👧 ở xã Hòa\u0300 Bình\u200B';
    expect(texts(renderOutbound('1', { type: 'text', text }, labels))).toEqual([text]);
  });

  it('buttons go only under the last part of a long text', () => {
    const text = ('Đoạn văn dài. '.repeat(400) + '\n\n').repeat(2);
    const calls = renderOutbound('1', { type: 'text', text, choices: [{ label: 'Đã nhận', data: 'ack:1' }] }, labels);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.slice(0, -1).every((c) => markupOf(c) === undefined)).toBe(true);
    expect(markupOf(calls.at(-1))).toEqual({ inline_keyboard: [[{ text: 'Đã nhận', callback_data: 'ack:1' }]] });
  });

  it('more than 100 choices continue on follow-up messages, none dropped', () => {
    const choices = Array.from({ length: TELEGRAM_MAX_BUTTONS + 5 }, (_, i) => ({ label: `Xã ${i}`, data: `u:${i}` }));
    const calls = renderOutbound('1', { type: 'text', text: 'Chọn xã', choices }, labels);
    expect(texts(calls)).toEqual(['Chọn xã', CONTINUATION_TEXT]);
    const data = calls.flatMap((c) => (markupOf(c)!.inline_keyboard as { callback_data: string }[][]).flat().map((b) => b.callback_data));
    expect(data).toEqual(choices.map((c) => c.data));
  });
});

describe('inline keyboards and callback_data', () => {
  it('short labels sit two per row, long ones one per row', () => {
    expect(
      inlineKeyboard([
        { label: 'Có', data: 'y' },
        { label: 'Không', data: 'n' },
        { label: 'Bỏ qua', data: 's' },
      ]).inline_keyboard.map((r) => r.length),
    ).toEqual([2, 1]);
    const long = inlineKeyboard([
      { label: 'Có', data: 'y' },
      { label: 'Có diễn biến phức tạp', data: 'c' },
    ]);
    expect(long.inline_keyboard.map((r) => r.length)).toEqual([1, 1]);
    expect(inlineKeyboard([{ label: 'Có', data: 'y' }]).inline_keyboard).toEqual([[{ text: 'Có', callback_data: 'y' }]]);
  });

  it('counts bytes, not characters: 32 × "đ" is 64 bytes and passes, one more byte fails', () => {
    expect(assertCallbackData('đ'.repeat(32))).toBe('đ'.repeat(32));
    expect(() => assertCallbackData('đ'.repeat(32) + 'a')).toThrow(CallbackDataTooLongError);
    // 22 Vietnamese characters of 3 bytes each: short to the eye, too long for Telegram.
    expect(() => assertCallbackData('ướ'.repeat(11) + 'ờ'.repeat(11))).toThrow(CallbackDataTooLongError);
    expect(() => assertCallbackData('👍'.repeat(17))).toThrow(CallbackDataTooLongError);
  });

  it('empty data is refused too; the error is a permanent SendError', () => {
    let caught: unknown;
    try {
      renderOutbound('1', { type: 'text', text: 'x', choices: [{ label: 'Trống', data: '' }] }, labels);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CallbackDataTooLongError);
    expect(caught).toBeInstanceOf(SendError);
    expect((caught as SendError).failure).toBe('permanent');
  });
});

describe('renderOutbound: media and location', () => {
  it('a caption of 1024 rides on the photo, with the buttons', () => {
    const caption = 'c'.repeat(TELEGRAM_MAX_CAPTION);
    const calls = renderOutbound(
      '9',
      { type: 'media', kind: 'photo', source: 'https://x.invalid/a.jpg', caption, choices: [{ label: 'Đã xem', data: 'v' }] },
      labels,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'sendPhoto', payload: { photo: 'https://x.invalid/a.jpg', caption } });
    expect(markupOf(calls[0])).toBeDefined();
  });

  it('a longer caption: the media goes bare, then the text (buttons under it)', () => {
    const caption = 'Hướng dẫn. '.repeat(120);
    const calls = renderOutbound('9', { type: 'media', kind: 'document', source: 'BQAC-id', caption, choices: [{ label: 'Đã nhận', data: 'ack' }] }, labels);
    expect(calls[0]).toEqual({ method: 'sendDocument', payload: { chat_id: '9', document: 'BQAC-id' } });
    expect(calls[1]).toMatchObject({ method: 'sendMessage', payload: { text: caption } });
    expect(markupOf(calls[1])).toEqual({ inline_keyboard: [[{ text: 'Đã nhận', callback_data: 'ack' }]] });
  });

  it('requestLocation alone: a one-time reply keyboard with a location button and a type-instead placeholder', () => {
    const calls = renderOutbound('9', { type: 'text', text: 'Điểm nóng ở đâu?', requestLocation: true }, labels);
    expect(calls).toEqual([
      {
        method: 'sendMessage',
        payload: {
          chat_id: '9',
          text: 'Điểm nóng ở đâu?',
          reply_markup: {
            keyboard: [[{ text: labels.button, request_location: true }]],
            one_time_keyboard: true,
            resize_keyboard: true,
            input_field_placeholder: labels.placeholder,
          },
        },
      },
    ]);
  });

  it('requestLocation with choices: inline buttons stay on the question, the keyboard comes with a hint', () => {
    const calls = renderOutbound('9', { type: 'text', text: 'Ở đâu?', requestLocation: true, choices: [{ label: 'Bỏ qua', data: 's' }] }, labels);
    expect(texts(calls)).toEqual(['Ở đâu?', labels.hint]);
    expect(markupOf(calls[0])).toHaveProperty('inline_keyboard');
    expect(markupOf(calls[1])).toHaveProperty('keyboard');
  });
});

describe('renderEdit', () => {
  it('edits a single text part in place, replacing or removing the buttons', () => {
    expect(renderEdit('5', '77', { type: 'text', text: 'Xong' })).toEqual({
      method: 'editMessageText',
      payload: { chat_id: '5', message_id: 77, text: 'Xong' },
    });
    expect(renderEdit('5', '77', { type: 'text', text: 'Xong', choices: [{ label: 'OK', data: 'ok' }] })?.payload.reply_markup).toBeDefined();
  });

  it('falls back (null) for media, location requests, over-long text and foreign ids', () => {
    expect(renderEdit('5', '77', { type: 'media', kind: 'photo', source: 'x' })).toBeNull();
    expect(renderEdit('5', '77', { type: 'text', text: 'x', requestLocation: true })).toBeNull();
    expect(renderEdit('5', '77', { type: 'text', text: 'x'.repeat(TELEGRAM_MAX_TEXT + 1) })).toBeNull();
    expect(renderEdit('5', 'sandbox-3', { type: 'text', text: 'x' })).toBeNull();
  });
});
