import type { InboundMessage, InboundPayload } from '../../../core/kernel/messages.js';
import { storableInbound } from '../storable.js';
import { ZALO_CHOICE_PREFIX } from './constants.js';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** User events we answer politely without using them (reference §3.2). */
const UNSUPPORTED: Record<string, string> = {
  user_send_sticker: 'sticker',
  user_send_gif: 'gif',
  user_send_audio: 'voice',
  user_send_video: 'video',
  user_send_link: 'link',
  user_send_business_card: 'contact',
};

/**
 * Zalo OA webhook event → InboundMessage; null for events that start no turn (our own
 * `oa_send_*` echoes, receipts, anything unknown). Pure: the route verifies, this only reads.
 * Button clicks (oa.query.show/hide) arrive as `user_send_text` with the payload as text.
 * Every string is made storable (see storableInbound).
 */
export function parseZaloEvent(body: unknown, now: Date = new Date()): InboundMessage | null {
  return storableInbound(readZaloEvent(body, now));
}

function readZaloEvent(body: unknown, now: Date): InboundMessage | null {
  const ev = obj(body);
  const name = str(ev.event_name);
  if (!name) return null;
  const receivedAt = eventTime(ev.timestamp) ?? now;
  if (name === 'follow' || name === 'unfollow') {
    const userId = str(obj(ev.follower).id);
    if (!userId) return null;
    // No msg_id on follow events; a redelivery repeats the same timestamp.
    const updateKey = `${name}-${userId}-${str(ev.timestamp) ?? ''}`;
    return { channel: 'zalo', updateKey, accountId: userId, receivedAt, payload: { type: 'event', event: name } };
  }
  if (!name.startsWith('user_send_')) return null;
  const message = obj(ev.message);
  const accountId = str(obj(ev.sender).id);
  const updateKey = str(message.msg_id);
  if (!accountId || !updateKey) return null;
  const payload = userPayload(name, message);
  return payload ? { channel: 'zalo', updateKey, accountId, receivedAt, payload } : null;
}

function userPayload(name: string, message: Json): InboundPayload | null {
  const what = UNSUPPORTED[name];
  if (what) return { type: 'unsupported', what };
  const attachment = obj(Array.isArray(message.attachments) ? message.attachments[0] : undefined);
  const p = obj(attachment.payload);
  switch (name) {
    case 'user_send_text':
      return textPayload(typeof message.text === 'string' ? message.text : '');
    case 'user_send_image': {
      const url = str(p.url);
      const caption = str(message.text);
      if (!url) return { type: 'unsupported', what: 'image' };
      return { type: 'media', media: { kind: 'photo', fileId: url }, ...(caption ? { caption } : {}) };
    }
    case 'user_send_file':
      return filePayload(p);
    case 'user_send_location':
      return locationPayload(p, message);
    default:
      return { type: 'unsupported', what: name.slice('user_send_'.length) };
  }
}

/** A click on one of our choice buttons carries `#c <data>`; anything else is typed text. */
function textPayload(text: string): InboundPayload {
  if (text.startsWith(ZALO_CHOICE_PREFIX)) {
    const data = text.slice(ZALO_CHOICE_PREFIX.length).trim();
    if (data) return { type: 'choice', data };
  }
  return { type: 'text', text };
}

function filePayload(p: Json): InboundPayload {
  const url = str(p.url);
  if (!url) return { type: 'unsupported', what: 'file' };
  const size = Number(p.size);
  const fileName = str(p.name);
  return {
    type: 'media',
    media: { kind: 'document', fileId: url, ...(fileName ? { fileName } : {}), ...(Number.isFinite(size) && size > 0 ? { size } : {}) },
  };
}

/** Sources disagree on field names (reference §3.3): accept latitude|lat, longitude|long, strings or numbers. */
function locationPayload(p: Json, message: Json): InboundPayload {
  return readCoordinates(p.coordinates ?? message.location ?? p) ?? { type: 'unsupported', what: 'location' };
}

/** A location from `{latitude|lat, longitude|long|lng}` (strings or numbers); null when unusable. */
export function readCoordinates(value: unknown): Extract<InboundPayload, { type: 'location' }> | null {
  const c = obj(value);
  const latitude = num(c.latitude ?? c.lat);
  const longitude = num(c.longitude ?? c.long ?? c.lng);
  const valid = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid ? { type: 'location', latitude, longitude } : null;
}

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
}

function eventTime(ts: unknown): Date | undefined {
  // Number() of an object whose toString is not a function throws: only numbers and strings count.
  if (typeof ts !== 'number' && typeof ts !== 'string') return undefined;
  const ms = Number(ts);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms) : undefined;
}
