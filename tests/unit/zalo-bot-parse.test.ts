import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseZaloBotUpdate } from '../../bot/channels/zalo-bot/parse.js';

/** The fields the tests change; the parser itself takes `unknown`. */
interface ZaloBotFixture {
  [field: string]: unknown;
  message: { from: { is_bot?: boolean }; chat: { chat_type?: string }; message_id?: string };
  result: { message: Record<string, unknown> };
}
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/zalobot/${name}.json`, import.meta.url), 'utf8')) as ZaloBotFixture;
const chat = '6ede9afa66b88fe6d6a9';

describe('parseZaloBotUpdate', () => {
  it('accepts the update wrapped in {ok, result} (official doc)', () => {
    expect(parseZaloBotUpdate(fixture('message.text.received.wrapped'))).toEqual({
      channel: 'zalobot',
      updateKey: 'message.text.received-2d758cb5e222177a4e35',
      accountId: chat,
      receivedAt: new Date(1750316131602),
      payload: { type: 'text', text: 'Xin chào' },
    });
  });

  it('accepts the update flat (as observed live); a typed number stays text for the engine', () => {
    expect(parseZaloBotUpdate(fixture('message.text.received.flat'))).toMatchObject({
      accountId: chat,
      updateKey: 'message.text.received-3e869dc6f333288b5f46',
      payload: { type: 'text', text: '2' },
    });
  });

  it('accepts the official getUpdates sample, which has no event_name: a text message from its sender', () => {
    expect(parseZaloBotUpdate(fixture('getUpdates.sample'))).toEqual({
      channel: 'zalobot',
      // Keyed like the same message with its event name, so both shapes dedup against each other.
      updateKey: 'message.text.received-16f6366b3f02645a3d15',
      accountId: 'e4ea2cd5189df1c3a88c',
      receivedAt: new Date(1766619597466),
      payload: { type: 'text', text: 'Xin chào' },
    });
    const { event_name: _drop, ...noEvent } = fixture('message.text.received.flat');
    expect(parseZaloBotUpdate(noEvent)?.updateKey).toBe(parseZaloBotUpdate(fixture('message.text.received.flat'))?.updateKey);
    expect(parseZaloBotUpdate({ ok: true, result: { message: { ...fixture('getUpdates.sample').result.message, text: undefined } } })).toBeNull();
  });

  it('image → photo by photo_url with caption; sticker → unsupported', () => {
    expect(parseZaloBotUpdate(fixture('message.image.received'))?.payload).toEqual({
      type: 'media',
      media: { kind: 'photo', fileId: 'https://f21-zpg-r.zdn.vn/jpg/1234567890/abc.jpg' },
      caption: 'Ùn tắc tại cầu',
    });
    expect(parseZaloBotUpdate(fixture('message.sticker.received'))?.payload).toEqual({ type: 'unsupported', what: 'sticker' });
  });

  it('location (third-party shape: attachments[].payload.coordinates {lat, long}) → coordinates', () => {
    expect(parseZaloBotUpdate(fixture('message.location.received'))?.payload).toEqual({ type: 'location', latitude: 21.028511, longitude: 105.804817 });
  });

  it('ignores our own echoes, group chats, unknown events and updates without ids', () => {
    const own = fixture('message.text.received.flat');
    own.message.from.is_bot = true;
    expect(parseZaloBotUpdate(own)).toBeNull();
    const group = fixture('message.text.received.flat');
    group.message.chat.chat_type = 'GROUP';
    expect(parseZaloBotUpdate(group)).toBeNull();
    expect(parseZaloBotUpdate({ ...fixture('message.text.received.flat'), event_name: 'message.reaction.received' })).toBeNull();
    const noId = fixture('message.text.received.flat');
    delete noId.message.message_id;
    expect(parseZaloBotUpdate(noId)).toBeNull();
    expect(parseZaloBotUpdate(fixture('getUpdates.timeout'))).toBeNull();
  });
});
