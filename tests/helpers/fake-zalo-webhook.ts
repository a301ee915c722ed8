import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';

type Json = Record<string, unknown>;

const fixturesDir = new URL('../fixtures/zalo/', import.meta.url);

/** A payload shape from tests/fixtures/zalo/<name>.json (documented Zalo samples). */
export function zaloFixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`${name}.json`, fixturesDir), 'utf8')) as Json;
}

let seq = 0;
const nextMsgId = () => `${Date.now().toString(16)}${(++seq).toString(16).padStart(6, '0')}`;

/** Builds user → OA events the way Zalo sends them: ids and timestamp as strings. */
export const zaloEvents = {
  envelope(appId: string, userId: string, eventName: string, message: Json, ts = Date.now()): Json {
    return {
      app_id: appId,
      user_id_by_app: `app-${userId}`,
      sender: { id: userId },
      recipient: { id: '388613280878808645' },
      event_name: eventName,
      message: { msg_id: nextMsgId(), ...message },
      timestamp: String(ts),
    };
  },
  text: (appId: string, userId: string, text: string) => zaloEvents.envelope(appId, userId, 'user_send_text', { text }),
  image: (appId: string, userId: string) =>
    zaloEvents.envelope(appId, userId, 'user_send_image', {
      attachments: [{ type: 'image', payload: { url: 'https://photo-stal-2.zdn.vn/test/image.jpg', thumbnail: 'https://photo-stal-2.zdn.vn/test/thumb.jpg' } }],
    }),
  location: (appId: string, userId: string, latitude: number, longitude: number) =>
    zaloEvents.envelope(appId, userId, 'user_send_location', {
      attachments: [{ type: 'location', payload: { coordinates: { latitude: String(latitude), longitude: String(longitude) } } }],
    }),
};

export interface ZaloWebhookPost {
  /** Defaults to a valid `mac=` signature over the exact bytes sent. */
  signature?: string | null;
  appId: string;
  oaSecretKey: string;
  /** Send these bytes instead of JSON.stringify(body) (malformed JSON, huge bodies). */
  raw?: string | Buffer;
  /** Extra headers, e.g. Zalo's `num_retry` on a redelivery. */
  headers?: Record<string, string>;
}

/** POSTs a webhook like Zalo: raw JSON body, `X-ZEvent-Signature: mac=<sha256>`. */
export async function postZaloWebhook(url: string, body: Json, opts: ZaloWebhookPost): Promise<{ status: number; text: string }> {
  const raw = opts.raw ?? JSON.stringify(body);
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const signature = opts.signature === undefined ? zaloSignature(bytes, opts.appId, String(body.timestamp ?? ''), opts.oaSecretKey) : opts.signature;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (signature !== null) headers['x-zevent-signature'] = signature;
  const res = await request(url, { method: 'POST', headers, body: bytes });
  return { status: res.statusCode, text: await res.body.text() };
}
