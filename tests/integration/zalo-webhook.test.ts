import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { request } from 'undici';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createZaloWebhookRoute } from '../../bot/channels/zalo-oa/webhook-route.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { postZaloWebhook, zaloEvents, zaloFixture } from '../helpers/fake-zalo-webhook.js';

const appId = '360846524940903967';
const oaSecretKey = 'oa-secret-key-for-tests';
const user = '246845883529197922';

/** Records every log call (level, fields, message) so tests can check what reached the log. */
function recordingLogger(lines: string[]): Logger {
  const make = (bindings: Record<string, unknown>): Logger => {
    const at = (level: string) => (obj: object | string, msg?: string) => void lines.push(JSON.stringify({ level, ...bindings, obj, msg }));
    return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => make({ ...bindings, ...b }) };
  };
  return make({});
}

let server: ServerType;
let url: string;
const received: InboundMessage[] = [];
const logs: string[] = [];
let handlerImpl: (m: InboundMessage) => Promise<void>;
const metrics = createMetrics({ defaultMetrics: false });

beforeAll(async () => {
  const app = new Hono();
  const route = createZaloWebhookRoute({
    appId,
    oaSecretKey,
    logger: recordingLogger(logs),
    handler: (m) => handlerImpl(m),
    softDeadlineMs: 200,
    alerts: metrics,
  });
  app.route('/zalo', route);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zalo/webhook`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  received.length = 0;
  logs.length = 0;
  handlerImpl = async (m) => void received.push(m);
});

const post = (body: Record<string, unknown>, opts: Partial<Parameters<typeof postZaloWebhook>[2]> = {}) =>
  postZaloWebhook(url, body, { appId, oaSecretKey, ...opts });

describe('POST /zalo/webhook', () => {
  it('accepts a signed user_send_text and hands it to the intake before answering 200', async () => {
    const ev = zaloEvents.text(appId, user, 'Báo cáo tình hình thôn');
    expect((await post(ev)).status).toBe(200);
    expect(received).toEqual([
      expect.objectContaining({
        channel: 'zalo',
        accountId: user,
        updateKey: (ev.message as { msg_id: string }).msg_id,
        payload: { type: 'text', text: 'Báo cáo tình hình thôn' },
      }),
    ]);
    expect(logs.join('\n')).not.toContain('Báo cáo tình hình thôn');
  });

  it('refuses a wrong signature (401) without touching the intake', async () => {
    const ev = zaloEvents.text(appId, user, 'x');
    expect((await post(ev, { signature: `mac=${'ab'.repeat(32)}` })).status).toBe(401);
    expect((await post(ev, { oaSecretKey: 'the-app-secret-instead' })).status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('refuses a body signed for another app id', async () => {
    const other = '111111111111111111';
    const ev = zaloEvents.text(other, user, 'x');
    expect((await post(ev, { appId: other })).status).toBe(401);
    // Same body, our app id in the signature but another in the body: still refused.
    expect((await post(ev, { appId })).status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('a redelivered event (same msg_id) reaches the intake with the same updateKey', async () => {
    const ev = zaloEvents.text(appId, user, 'Có');
    expect((await post(ev)).status).toBe(200);
    expect((await post(ev)).status).toBe(200);
    expect(received).toHaveLength(2);
    expect(received[0]?.updateKey).toBe(received[1]?.updateKey);
  });

  it('refuses a replayed event whose timestamp is older than the window, even correctly signed', async () => {
    const ev = zaloFixture('user_send_text'); // timestamp from 2018
    ev.app_id = appId;
    expect((await post(ev)).status).toBe(401);
    const future = zaloEvents.envelope(appId, user, 'user_send_text', { text: 'x' }, Date.now() + 10 * 60_000);
    expect((await post(future)).status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it("accepts Zalo's own retries: the same signed body, num_retry header, up to 2 h 20 min after its timestamp", async () => {
    // Zalo re-sends after 30 s, 5, 15, 30 min and 1 h; if those waits add up, the last comes 2 h 20.5 min late.
    const lateBy = [30, 330, 1230, 3030, 6630, 8430].map((s) => s * 1000);
    for (const [i, ms] of lateBy.entries()) {
      const ev = zaloEvents.envelope(appId, user, 'user_send_text', { text: `thử lại ${i}` }, Date.now() - ms);
      expect((await post(ev, { headers: { num_retry: String(i + 1) } })).status, `${ms / 1000} s late`).toBe(200);
    }
    expect(received.map((m) => m.payload)).toEqual(lateBy.map((_, i) => ({ type: 'text', text: `thử lại ${i}` })));
    expect(logs.filter((l) => l.includes('num_retry')).length).toBe(lateBy.length);
    // Beyond the window (3 h by default) it is a replay.
    expect((await post(zaloEvents.envelope(appId, user, 'user_send_text', { text: 'x' }, Date.now() - 3 * 3600_000 - 60_000))).status).toBe(401);
  });

  it("answers the developer console's check (unsigned POST, or GET) with 200 and processes nothing", async () => {
    expect((await post(zaloEvents.text(appId, user, 'x'), { signature: null })).status).toBe(200);
    expect((await post({}, { signature: null, raw: '' })).status).toBe(200);
    const get = await request(url);
    expect(get.statusCode).toBe(200);
    await get.body.dump();
    expect(received).toHaveLength(0);
  });

  it('an update that cannot be stored: 500 (Zalo does not retry it), an error log without the text, an update_not_stored alert', async () => {
    handlerImpl = async () => {
      throw Object.assign(new Error('Failed query: insert … params: Bí mật thôn 3'), { cause: Object.assign(new Error('x'), { code: '22P05' }) });
    };
    expect((await post(zaloEvents.text(appId, user, 'Bí mật thôn 3'))).status).toBe(500);
    const errors = logs.filter((l) => l.includes('"level":"error"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('could not be stored');
    expect(logs.join('\n')).not.toContain('Bí mật');
    expect(await metrics.registry.getSingleMetricAsString('dlxh_channel_alerts_total')).toContain('{channel="zalo",alert="update_not_stored"} 1');
  });

  it('answers 400 to malformed JSON and to a JSON value that is not an object', async () => {
    const ev = zaloEvents.text(appId, user, 'x');
    expect((await post(ev, { raw: '{"event_name": "user_send_text", ' })).status).toBe(400);
    expect((await post(ev, { raw: '[1,2,3]' })).status).toBe(400);
    expect((await post(ev, { raw: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })).status).toBe(400);
    expect(received).toHaveLength(0);
  });

  it('answers 200 to an unknown event type, logs one line, starts no turn', async () => {
    const ev = zaloEvents.envelope(appId, user, 'user_reacted_message', { react_icon: '/-heart' });
    const res = await post(ev);
    expect(res.status).toBe(200);
    expect(received).toHaveLength(0);
    const ignored = logs.filter((l) => l.includes('ignored'));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain('user_reacted_message');
  });

  it('answers 413 to a body over 256 KB', async () => {
    const ev = zaloEvents.text(appId, user, 'x'.repeat(300 * 1024));
    expect((await post(ev)).status).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('answers 500 when the intake fails, so the update is not acknowledged', async () => {
    handlerImpl = async () => {
      throw new Error('database unavailable');
    };
    expect((await post(zaloEvents.text(appId, user, 'x'))).status).toBe(500);
  });

  it('answers 503 at the soft deadline if the intake is still busy, and lets it finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    handlerImpl = async (m) => {
      await gate;
      received.push(m);
    };
    expect((await post(zaloEvents.text(appId, user, 'x'))).status).toBe(503);
    release();
    await expect.poll(() => received.length).toBe(1);
  });

  it('maps follow, stickers and a button click through the same route', async () => {
    const follow = zaloFixture('follow');
    follow.app_id = appId;
    follow.timestamp = String(Date.now());
    expect((await post(follow)).status).toBe(200);
    expect((await post(zaloEvents.envelope(appId, user, 'user_send_sticker', { attachments: [{ type: 'sticker', payload: { id: 's1' } }] }))).status).toBe(200);
    expect((await post(zaloEvents.text(appId, user, '#c c:abcd1234:1'))).status).toBe(200);
    expect(received.map((m) => m.payload)).toEqual([
      { type: 'event', event: 'follow' },
      { type: 'unsupported', what: 'sticker' },
      { type: 'choice', data: 'c:abcd1234:1' },
    ]);
  });
});
