import { describe, expect, it } from 'vitest';
import { parseZaloEvent } from '../../bot/channels/zalo-oa/parse.js';
import { zaloFixture } from '../helpers/fake-zalo-webhook.js';

const user = '246845883529197922';

describe('parseZaloEvent (documented payload shapes)', () => {
  it('user_send_text → text, keyed by msg_id, from sender.id, at the event time', () => {
    expect(parseZaloEvent(zaloFixture('user_send_text'))).toEqual({
      channel: 'zalo',
      updateKey: '96d3cdf3af150460909',
      accountId: user,
      receivedAt: new Date(1543908534740),
      payload: { type: 'text', text: 'Xin chào' },
    });
  });

  it('a click on one of our buttons (#c <data>) → choice; other text stays text', () => {
    const ev = zaloFixture('user_send_text');
    (ev.message as Record<string, unknown>).text = '#c c:ab12cd34:2';
    expect(parseZaloEvent(ev)?.payload).toEqual({ type: 'choice', data: 'c:ab12cd34:2' });
    (ev.message as Record<string, unknown>).text = '#cờ đỏ';
    expect(parseZaloEvent(ev)?.payload).toEqual({ type: 'text', text: '#cờ đỏ' });
    (ev.message as Record<string, unknown>).text = '#c ';
    expect(parseZaloEvent(ev)?.payload).toEqual({ type: 'text', text: '#c ' });
  });

  it('user_send_image → photo with its URL and caption', () => {
    expect(parseZaloEvent(zaloFixture('user_send_image'))?.payload).toEqual({
      type: 'media',
      media: { kind: 'photo', fileId: 'https://photo-stal-2.zdn.vn/1a2b3c4d5e6f/image.jpg' },
      caption: 'Ảnh hiện trường',
    });
  });

  it('user_send_file → document with name and size (size arrives as a string)', () => {
    expect(parseZaloEvent(zaloFixture('user_send_file'))?.payload).toEqual({
      type: 'media',
      media: { kind: 'document', fileId: 'https://f10-zpc.zdn.vn/2718281828/bao-cao-thang.docx', fileName: 'bao-cao-thang.docx', size: 48213 },
    });
  });

  it('user_send_location → numbers from string coordinates; lat/long variants accepted; garbage unsupported', () => {
    expect(parseZaloEvent(zaloFixture('user_send_location'))?.payload).toEqual({ type: 'location', latitude: 10.7642473, longitude: 106.6564314 });
    const ev = zaloFixture('user_send_location');
    (ev.message as Record<string, unknown>).attachments = [{ type: 'location', payload: { coordinates: { lat: 21.03, long: 105.85 } } }];
    expect(parseZaloEvent(ev)?.payload).toEqual({ type: 'location', latitude: 21.03, longitude: 105.85 });
    (ev.message as Record<string, unknown>).attachments = [{ type: 'location', payload: { coordinates: { latitude: '', longitude: 'x' } } }];
    expect(parseZaloEvent(ev)?.payload).toEqual({ type: 'unsupported', what: 'location' });
  });

  it('user_send_sticker → unsupported sticker (answered politely by the engine)', () => {
    expect(parseZaloEvent(zaloFixture('user_send_sticker'))?.payload).toEqual({ type: 'unsupported', what: 'sticker' });
  });

  it('follow / unfollow → events for follower.id with a key stable across redeliveries', () => {
    const f = parseZaloEvent(zaloFixture('follow'));
    expect(f).toMatchObject({ accountId: user, payload: { type: 'event', event: 'follow' } });
    expect(parseZaloEvent(zaloFixture('follow'))?.updateKey).toBe(f?.updateKey);
    const u = parseZaloEvent(zaloFixture('unfollow'));
    expect(u?.payload).toEqual({ type: 'event', event: 'unfollow' });
    expect(u?.updateKey).not.toBe(f?.updateKey);
  });

  it('our own echoes, receipts, unknown events and broken bodies start no turn', () => {
    expect(parseZaloEvent(zaloFixture('oa_send_text'))).toBeNull();
    expect(parseZaloEvent(zaloFixture('user_seen_message'))).toBeNull();
    expect(parseZaloEvent({ ...zaloFixture('user_send_text'), event_name: 'change_template_status' })).toBeNull();
    expect(parseZaloEvent({ ...zaloFixture('user_send_text'), sender: {} })).toBeNull();
    expect(parseZaloEvent({ ...zaloFixture('user_send_text'), message: { text: 'no id' } })).toBeNull();
    expect(parseZaloEvent(null)).toBeNull();
    expect(parseZaloEvent('user_send_text')).toBeNull();
  });
});
