import type { InboundMessage, InboundPayload, MediaRef } from '../../../core/kernel/messages.js';
import { storableInbound } from '../storable.js';

/**
 * Raw Telegram update → InboundMessage. Pure and total: any malformed or irrelevant update
 * (group chats, service messages, edits) gives null, never an exception, because the input
 * comes straight off the network; every string is made storable (text, caption, command
 * arguments, callback data).
 */
export function parseTelegramUpdate(update: unknown, receivedAt: Date = new Date()): InboundMessage | null {
  const u = record(update);
  const updateId = u?.update_id;
  if (!u || typeof updateId !== 'number' || !Number.isSafeInteger(updateId)) return null;
  const parsed = parseMessage(u.message) ?? parseCallback(u.callback_query) ?? parseMemberChange(u.my_chat_member);
  if (!parsed) return null;
  const msg: InboundMessage = {
    channel: 'telegram',
    updateKey: String(updateId),
    accountId: parsed.accountId,
    receivedAt,
    payload: parsed.payload,
  };
  if (parsed.languageHint) msg.languageHint = parsed.languageHint;
  return storableInbound(msg);
}

/** The callback query id to answer, whether or not the update parsed into something useful. */
export function callbackQueryId(update: unknown): string | null {
  const id = record(record(update)?.callback_query)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

interface Parsed {
  accountId: string;
  payload: InboundPayload;
  languageHint?: string;
}

type Obj = Record<string, unknown>;

function record(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** The sender of a private-chat update; null for groups, channels and missing senders. */
function sender(from: unknown, chat: unknown): { accountId: string; languageHint?: string } | null {
  const user = record(from);
  const id = num(user?.id);
  if (!user || id === undefined || !Number.isSafeInteger(id)) return null;
  if (chat !== undefined && str(record(chat)?.type) !== 'private') return null;
  const lang = str(user.language_code);
  return lang ? { accountId: String(id), languageHint: lang } : { accountId: String(id) };
}

function parseMessage(raw: unknown): Parsed | null {
  const m = record(raw);
  if (!m) return null;
  const who = sender(m.from, m.chat ?? null);
  if (!who) return null;
  const payload = messagePayload(m);
  return payload ? { ...who, payload } : null;
}

function parseCallback(raw: unknown): Parsed | null {
  const q = record(raw);
  if (!q) return null;
  // Inline-mode callbacks carry no message; they still come from a user, not a group.
  const who = sender(q.from, q.message === undefined ? undefined : (record(q.message)?.chat ?? null));
  const data = str(q.data);
  if (!who || data === undefined || data.length === 0) return null;
  return { ...who, payload: { type: 'choice', data } };
}

function parseMemberChange(raw: unknown): Parsed | null {
  const m = record(raw);
  if (!m) return null;
  const who = sender(m.from, m.chat);
  const status = str(record(m.new_chat_member)?.status);
  if (!who) return null;
  if (status === 'kicked') return { ...who, payload: { type: 'event', event: 'blocked' } };
  if (status === 'member') return { ...who, payload: { type: 'event', event: 'unblocked' } };
  return null;
}

/** Content kinds we cannot use: answered politely as "unsupported". Checked before `document`,
 * because animations also carry a `document` field for old clients. */
const UNSUPPORTED = ['sticker', 'contact', 'animation', 'audio', 'video_note', 'poll', 'dice', 'game', 'story', 'invoice', 'paid_media'];

function messagePayload(m: Obj): InboundPayload | null {
  const text = str(m.text);
  if (text !== undefined) return text.length > 0 ? { type: 'text', text } : null;
  const venue = record(m.venue);
  const location = record(venue?.location) ?? record(m.location);
  if (location) return locationPayload(location, venue);
  const what = UNSUPPORTED.find((k) => m[k] !== undefined);
  if (what) return { type: 'unsupported', what };
  const media = mediaRef(m);
  if (media) {
    const caption = str(m.caption);
    return caption ? { type: 'media', media, caption } : { type: 'media', media };
  }
  // Service messages (pinned, write_access_allowed…) need no answer at all.
  return null;
}

/** A venue (a place picked from the map's list) keeps its name and address: they are the place's words. */
function locationPayload(loc: Obj, venue: Obj | undefined): InboundPayload | null {
  const latitude = num(loc.latitude);
  const longitude = num(loc.longitude);
  if (latitude === undefined || longitude === undefined) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  const place = [str(venue?.title), str(venue?.address)]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s)
    .join(', ')
    .slice(0, 500);
  return place ? { type: 'location', latitude, longitude, place } : { type: 'location', latitude, longitude };
}

function mediaRef(m: Obj): MediaRef | null {
  if (Array.isArray(m.photo)) return fileRef('photo', largestPhoto(m.photo), 'image/jpeg');
  if (m.voice !== undefined) return fileRef('voice', record(m.voice));
  if (m.video !== undefined) return fileRef('video', record(m.video));
  if (m.document !== undefined) return fileRef('document', record(m.document));
  return null;
}

/** Telegram lists photo sizes smallest first, but we pick by area so the order is not trusted. */
function largestPhoto(sizes: unknown[]): Obj | undefined {
  let best: Obj | undefined;
  let bestArea = -1;
  for (const s of sizes) {
    const size = record(s);
    if (!size || !str(size.file_id)) continue;
    const area = (num(size.width) ?? 0) * (num(size.height) ?? 0);
    if (area >= bestArea) {
      best = size;
      bestArea = area;
    }
  }
  return best;
}

function fileRef(kind: MediaRef['kind'], file: Obj | undefined, defaultMime?: string): MediaRef | null {
  const fileId = str(file?.file_id);
  if (!file || !fileId) return null;
  const ref: MediaRef = { kind, fileId };
  const unique = str(file.file_unique_id);
  const mime = str(file.mime_type) ?? defaultMime;
  const name = str(file.file_name);
  const size = num(file.file_size);
  if (unique) ref.fileUniqueId = unique;
  if (mime) ref.mimeType = mime;
  if (name) ref.fileName = name;
  if (size !== undefined) ref.size = size;
  return ref;
}
