import type { InboundMessage, InboundPayload } from '../../../core/kernel/messages.js';
import { storableInbound } from '../storable.js';
import { readCoordinates } from '../zalo-oa/parse.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** The official doc wraps updates in `{ ok, result }`; live webhooks were seen flat (reference §6.4). */
function unwrapZaloBotUpdate(body: unknown): Json {
  const b = obj(body);
  return 'result' in b && typeof b.result === 'object' && b.result !== null ? obj(b.result) : b;
}

/**
 * Zalo Bot update → InboundMessage; null for what starts no turn (our own echoes, group chats,
 * unknown events). No update id exists, so event name + message id is the exactly-once key.
 * There are no buttons on this platform: text stays text and the engine maps "1", "2"….
 * Every string is made storable (see storableInbound).
 */
export function parseZaloBotUpdate(body: unknown, now: Date = new Date()): InboundMessage | null {
  const u = unwrapZaloBotUpdate(body);
  const m = obj(u.message);
  const from = obj(m.from);
  const chat = obj(m.chat);
  const event = str(u.event_name) ?? impliedEvent(m);
  if (!event || from.is_bot === true || String(chat.chat_type ?? 'PRIVATE').toUpperCase() !== 'PRIVATE') return null;
  const accountId = str(chat.id) ?? str(from.id);
  const messageId = str(m.message_id);
  if (!accountId || !messageId) return null;
  const payload = payloadFor(event, m);
  if (!payload) return null;
  return storableInbound({ channel: 'zalobot', updateKey: `${event}-${messageId}`, accountId, receivedAt: dateOf(m.date) ?? now, payload });
}

/**
 * The official getUpdates sample carries no `event_name` (tests/fixtures/zalobot/
 * getUpdates.sample.json): the message's own fields say what it is. Named like the event the
 * webhook would carry, so the exactly-once key is the same either way.
 */
function impliedEvent(m: Json): string | undefined {
  if (typeof m.text === 'string') return 'message.text.received';
  if (str(m.photo_url) ?? str(m.photo)) return 'message.image.received';
  if (m.sticker !== undefined) return 'message.sticker.received';
  if (m.attachments !== undefined || m.location !== undefined) return 'message.location.received';
  return undefined;
}

function payloadFor(event: string, m: Json): InboundPayload | null {
  switch (event) {
    case 'message.text.received':
      return typeof m.text === 'string' ? { type: 'text', text: m.text } : null;
    case 'message.image.received': {
      const url = str(m.photo_url) ?? str(m.photo);
      const caption = str(m.caption);
      if (!url) return { type: 'unsupported', what: 'image' };
      return { type: 'media', media: { kind: 'photo', fileId: url }, ...(caption ? { caption } : {}) };
    }
    case 'message.location.received':
      return locationOf(m);
    case 'message.sticker.received':
      return { type: 'unsupported', what: 'sticker' };
    case 'message.voice.received':
      return { type: 'unsupported', what: 'voice' };
    case 'message.unsupported.received':
      return { type: 'unsupported', what: 'other' };
    case 'user.follow':
      return { type: 'event', event: 'follow' };
    case 'user.unfollow':
      return { type: 'event', event: 'unfollow' };
    default:
      return null;
  }
}

/**
 * Not in the official method list; seen only in third-party Zalo Bot code, with OA-style
 * `attachments[].payload.coordinates {lat, long}`. Accept that and a flat `location`.
 */
function locationOf(m: Json): InboundPayload {
  const attachment = obj(Array.isArray(m.attachments) ? m.attachments[0] : undefined);
  return readCoordinates(obj(attachment.payload).coordinates ?? m.location) ?? { type: 'unsupported', what: 'location' };
}

/** Epoch milliseconds per the doc; seconds tolerated (Telegram habit in some SDKs). */
function dateOf(v: unknown): Date | undefined {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return new Date(n < 1e12 ? n * 1000 : n);
}
