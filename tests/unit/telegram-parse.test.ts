import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callbackQueryId, parseTelegramUpdate } from '../../bot/channels/telegram/parse-update.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/telegram/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const at = new Date('2026-11-22T08:00:00Z');
const parse = (name: string) => parseTelegramUpdate(fixture(name), at);

describe('parseTelegramUpdate on real update shapes', () => {
  it('text: update key, account, language hint, text kept exactly', () => {
    expect(parse('text')).toEqual({
      channel: 'telegram',
      updateKey: '871234001',
      accountId: '512345678',
      receivedAt: at,
      payload: { type: 'text', text: 'Xin chào, tôi muốn báo cáo tình hình dư luận 🙏' },
      languageHint: 'vi',
    });
  });

  it('a /start deep link stays text for the engine to read the code from', () => {
    expect(parse('start-deep-link')?.payload).toEqual({ type: 'text', text: '/start K7QX2M9A' });
  });

  it('callback_query → choice with the exact data', () => {
    expect(parse('callback-query')?.payload).toEqual({ type: 'choice', data: 'c:2' });
    expect(callbackQueryId(fixture('callback-query'))).toBe('2200453178512345678');
  });

  it('location and venue → coordinates', () => {
    expect(parse('location')?.payload).toEqual({ type: 'location', latitude: 21.028511, longitude: 105.804817 });
    expect(parse('venue')?.payload).toEqual({
      type: 'location',
      latitude: 10.776889,
      longitude: 106.700806,
      place: 'UBND Phường Bến Nghé, 29 Lê Duẩn, Quận 1',
    });
  });

  it('photo → the largest size, with caption', () => {
    expect(parse('photo')?.payload).toEqual({
      type: 'media',
      media: { kind: 'photo', fileId: 'AgACAgUAAxkBAAIBamXk1_large', fileUniqueId: 'AQADlarge', mimeType: 'image/jpeg', size: 85342 },
      caption: 'Người dân tập trung trước trụ sở UBND xã',
    });
  });

  it('photo sizes in any order still give the largest', () => {
    const u = fixture('photo');
    const msg = u.message as { photo: unknown[] };
    msg.photo.reverse();
    const p = parseTelegramUpdate(u);
    expect(p?.payload.type === 'media' && p.payload.media.fileId).toBe('AgACAgUAAxkBAAIBamXk1_large');
  });

  it('voice, document and video → media with mime, name and size', () => {
    expect(parse('voice')?.payload).toEqual({
      type: 'media',
      media: { kind: 'voice', fileId: 'AwACAgUAAxkBAAIBa2Xk_voice', fileUniqueId: 'AgADvoice', mimeType: 'audio/ogg', size: 23104 },
    });
    expect(parse('document')?.payload).toEqual({
      type: 'media',
      media: {
        kind: 'document',
        fileId: 'BQACAgUAAxkBAAIBbGXk_doc',
        fileUniqueId: 'AgADdoc',
        mimeType: 'application/pdf',
        fileName: 'bao-cao-thang-11.pdf',
        size: 254312,
      },
      caption: 'Báo cáo tháng 11',
    });
    const video = parse('video')?.payload;
    expect(video?.type === 'media' && video.media).toMatchObject({ kind: 'video', fileId: 'BAACAgUAAxkBAAIBbWXk_video', fileName: 'hien-truong.mp4' });
  });

  it('sticker and contact → unsupported (answered politely, never an error)', () => {
    expect(parse('sticker')?.payload).toEqual({ type: 'unsupported', what: 'sticker' });
    expect(parse('contact')?.payload).toEqual({ type: 'unsupported', what: 'contact' });
  });

  it('an animation is unsupported even though it also carries a document field', () => {
    const u = {
      update_id: 5,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 7, type: 'private' },
        from: { id: 7, is_bot: false, first_name: 'A' },
        animation: { file_id: 'x', file_unique_id: 'y' },
        document: { file_id: 'x', file_unique_id: 'y' },
      },
    };
    expect(parseTelegramUpdate(u)?.payload).toEqual({ type: 'unsupported', what: 'animation' });
  });

  it('my_chat_member kicked / member → blocked / unblocked events', () => {
    expect(parse('my-chat-member-kicked')?.payload).toEqual({ type: 'event', event: 'blocked' });
    expect(parse('my-chat-member-member')?.payload).toEqual({ type: 'event', event: 'unblocked' });
  });

  it('group chats and edited messages (live location) are ignored', () => {
    expect(parse('group-text')).toBeNull();
    expect(parse('edited-location')).toBeNull();
  });

  it('keeps zero-width characters and emoji as sent (cleaning is the engine’s job)', () => {
    const u = fixture('text');
    (u.message as { text: string }).text = 'Có\u200B ý kiến 👨‍👩‍👧';
    expect(parseTelegramUpdate(u)?.payload).toEqual({ type: 'text', text: 'Có\u200B ý kiến 👨‍👩‍👧' });
  });
});

describe('parseTelegramUpdate on malformed input', () => {
  const base = () => fixture('text') as { update_id: unknown; message: Record<string, unknown> };

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'update'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['update_id as string', { ...base(), update_id: '871234001' }],
    ['fractional update_id', { ...base(), update_id: 1.5 }],
    ['null message', { update_id: 1, message: null }],
  ])('%s → null', (_, input) => {
    expect(parseTelegramUpdate(input)).toBeNull();
  });

  it.each([
    ['no sender', (m: Record<string, unknown>) => delete m.from],
    ['sender id as string', (m: Record<string, unknown>) => (m.from = { id: '5' })],
    ['no chat', (m: Record<string, unknown>) => delete m.chat],
    ['chat without type', (m: Record<string, unknown>) => (m.chat = { id: 5 })],
    ['empty text', (m: Record<string, unknown>) => (m.text = '')],
    ['latitude out of range', (m: Record<string, unknown>) => (delete m.text, (m.location = { latitude: 91, longitude: 0 }))],
    ['coordinates as strings', (m: Record<string, unknown>) => (delete m.text, (m.location = { latitude: '21', longitude: '105' }))],
    ['photo list empty', (m: Record<string, unknown>) => (delete m.text, (m.photo = []))],
    ['photo list of junk', (m: Record<string, unknown>) => (delete m.text, (m.photo = [null, 3, { width: 1 }]))],
    ['document without file_id', (m: Record<string, unknown>) => (delete m.text, (m.document = { file_name: 'a.pdf' }))],
  ])('message with %s → null', (_, mutate) => {
    const u = base();
    mutate(u.message);
    expect(parseTelegramUpdate(u)).toBeNull();
  });

  it('callback queries without data or from a group → null, but the query id is still found to answer', () => {
    const noData = fixture('callback-query');
    delete (noData.callback_query as Record<string, unknown>).data;
    expect(parseTelegramUpdate(noData)).toBeNull();
    expect(callbackQueryId(noData)).toBe('2200453178512345678');
    const group = fixture('callback-query');
    ((group.callback_query as { message: { chat: unknown } }).message.chat as Record<string, unknown>).type = 'group';
    expect(parseTelegramUpdate(group)).toBeNull();
    expect(callbackQueryId({ update_id: 1, callback_query: { id: 7 } })).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        parseTelegramUpdate(x);
        callbackQueryId(x);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0 }), fc.jsonValue(), fc.constantFrom('message', 'callback_query', 'my_chat_member'), (id, body, key) => {
        const p = parseTelegramUpdate({ update_id: id, [key]: body });
        if (p) expect(p.updateKey).toBe(String(id));
      }),
    );
  });
});
