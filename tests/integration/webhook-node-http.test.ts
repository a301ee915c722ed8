import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { processedUpdates } from '../../db/schema/index.js';
import { createHttpApp, MAX_BODY_BYTES } from '../../bot/http/app.js';
import { listen, type RunningServer } from '../../bot/http/server.js';
import { createChannels } from '../../bot/setup/channels.js';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';
import type { Intake } from '../../bot/engine/intake.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { rawRequest, type RawResponse } from '../helpers/raw-http.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 16 item 4: the Telegram and Zalo OA webhooks are served straight from node:http (no Web
 * Request/Response objects, no Hono routing per update), everything else through Hono. Over real
 * HTTP, with the real intake on Postgres: every answer is the one the Hono route gives for the
 * same request, refused requests reach nothing, an accepted update is committed before its 200,
 * and the requests did take the node:http path.
 */
const { t } = createI18n();
const TG_SECRET = 'a-secret-of-sixteen';
const APP_ID = '4242';
const OA_KEY = 'oa-secret-key';
const env = {
  PUBLIC_URL: 'https://dlxh.example.vn',
  SANDBOX: 'off',
  TELEGRAM_BOT_TOKEN: '1:x',
  TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
  ZALO_MODE: 'oa',
  ZALO_APP_ID: APP_ID,
  ZALO_APP_SECRET: 's',
  ZALO_OA_SECRET_KEY: OA_KEY,
};

let db: TestDatabase;
let server: RunningServer;
let app: ReturnType<typeof createHttpApp>;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const reached: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig(env);
  intake = createCollectingIntake(db.db, config, outbox);
  const channels = createChannels({ config, db: db.db, logger: silentLogger, t });
  app = createHttpApp({
    mounts: channels.mounts(async (m) => {
      reached.push(m.updateKey);
      await intake.handle(m);
    }),
    readiness: {},
    logger: silentLogger,
  });
  server = await listen(app, '127.0.0.1', 0, silentLogger);
});
afterAll(async () => {
  await server?.close(500);
  await intake?.replies.stop();
  await db.close();
});

const tgUpdate = (id: number, chat: number, text: string) =>
  JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: 'private' },
      from: { id: chat, is_bot: false, first_name: 'A' },
      text,
    },
  });

function zaloEvent(msgId: string, userId: string, text: string): { body: string; headers: Record<string, string> } {
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: APP_ID,
    user_id_by_app: `app-${userId}`,
    sender: { id: userId },
    recipient: { id: '388613280878808645' },
    event_name: 'user_send_text',
    message: { msg_id: msgId, text },
    timestamp,
  });
  return { body, headers: { 'x-zevent-signature': zaloSignature(Buffer.from(body), APP_ID, timestamp, OA_KEY) } };
}

async function both(path: string, body: string, headers: Record<string, string>): Promise<{ http: RawResponse; hono: { status: number; body: string } }> {
  // With Content-Length, as the platforms send it (a chunked body over both limits may get the route's 413 text instead of the app's).
  const all = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers };
  const http = await rawRequest(server.port, path, { method: 'POST', headers: all, body });
  const res = await app.request(path, { method: 'POST', headers: all, body });
  return { http, hono: { status: res.status, body: await res.text() } };
}

describe('webhooks straight from node:http', () => {
  it('refused requests get the Hono route’s answer, through node:http, and reach nothing', async () => {
    const served = server.rawServed();
    const z = zaloEvent('zref1', '111', 'hi');
    const cases: [string, string, Record<string, string>, number][] = [
      ['/telegram/webhook', tgUpdate(1, 5, 'hi'), {}, 401],
      ['/telegram/webhook', tgUpdate(1, 5, 'hi'), { 'x-telegram-bot-api-secret-token': 'wrong' }, 401],
      ['/telegram/webhook', '{not json', { 'x-telegram-bot-api-secret-token': TG_SECRET }, 400],
      ['/telegram/webhook', '{"message":{}}', { 'x-telegram-bot-api-secret-token': TG_SECRET }, 400],
      ['/telegram/webhook', JSON.stringify({ update_id: 2, pad: 'x'.repeat(MAX_BODY_BYTES + 10) }), { 'x-telegram-bot-api-secret-token': TG_SECRET }, 413],
      ['/zalo/webhook', z.body, { 'x-zevent-signature': `mac=${'0'.repeat(64)}` }, 401],
      ['/zalo/webhook', z.body.replace('"hi"', '"ho"'), z.headers, 401],
      ['/zalo/webhook', '{"a":', z.headers, 400],
      ['/zalo/webhook', 'x'.repeat(MAX_BODY_BYTES + 10), z.headers, 413],
    ];
    for (const [path, body, headers, status] of cases) {
      const { http, hono } = await both(path, body, headers);
      expect({ path, status: http.status, body: http.body }).toEqual({ path, status, body: hono.body });
      expect(hono.status).toBe(status);
    }
    expect(server.rawServed() - served).toBe(cases.length);
    expect(reached).toEqual([]);
  });

  it('an accepted Telegram update is committed before its 200; a redelivery is a no-op', async () => {
    const served = server.rawServed();
    const body = tgUpdate(7001, 5005, '/start');
    const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET };
    const first = await rawRequest(server.port, '/telegram/webhook', { method: 'POST', headers, body });
    expect(first.status).toBe(200);
    const rows = await db.db
      .select()
      .from(processedUpdates)
      .where(and(eq(processedUpdates.channel, 'telegram'), eq(processedUpdates.updateKey, '7001')));
    expect(rows).toHaveLength(1);
    await waitFor(async () => (outbox.get('5005')?.length ?? 0) > 0, { what: 'the reply to /start' });
    const replies = outbox.get('5005')!.length;
    const again = await rawRequest(server.port, '/telegram/webhook', { method: 'POST', headers, body });
    expect(again.status).toBe(200);
    await intake.replies.idle();
    expect(outbox.get('5005')!.length).toBe(replies);
    expect(server.rawServed() - served).toBe(2);
  });

  it('a signed Zalo OA event is committed before its 200; the console check and other routes stay on Hono', async () => {
    const z = zaloEvent('zok1', '222333', 'Xin chào');
    const served = server.rawServed();
    const ok = await rawRequest(server.port, '/zalo/webhook?from=zalo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...z.headers },
      body: z.body,
    });
    expect({ status: ok.status, body: ok.body }).toEqual({ status: 200, body: 'ok' });
    const rows = await db.db
      .select()
      .from(processedUpdates)
      .where(and(eq(processedUpdates.channel, 'zalo'), eq(processedUpdates.updateKey, 'zok1')));
    expect(rows).toHaveLength(1);
    expect(server.rawServed() - served).toBe(1);
    // The developer console's check (unsigned POST) is a raw-route answer too; GET and /healthz are Hono's.
    const check = await rawRequest(server.port, '/zalo/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect({ status: check.status, body: check.body }).toEqual({ status: 200, body: 'ok' });
    expect((await rawRequest(server.port, '/zalo/webhook')).status).toBe(200);
    expect((await rawRequest(server.port, '/healthz')).body).toBe('{"ok":true}');
    expect((await rawRequest(server.port, '/nothing', { method: 'POST', body: '{}' })).status).toBe(404);
    expect(server.rawServed() - served).toBe(2);
  });
});
