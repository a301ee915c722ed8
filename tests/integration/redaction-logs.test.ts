import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { createPinoLogger } from '../../core/platform/log-pino.js';
import type { Logger } from '../../core/kernel/logger.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import { createTelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { createZaloBotWebhookRoute } from '../../bot/channels/zalo-bot/webhook-route.js';
import { createZaloWebhookRoute } from '../../bot/channels/zalo-oa/webhook-route.js';
import { createHttpApp } from '../../bot/http/app.js';
import { createIntake } from '../../bot/engine/intake.js';
import type { Feature } from '../../bot/engine/registry.js';
import { createReplySender } from '../../bot/setup/deliver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, updates, type FakeTelegram } from '../../testkit/fake-telegram.js';
import { zaloEvents } from '../helpers/fake-zalo-webhook.js';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';

/** What must never reach a log line, at any level (DESIGN §4.8). */
const TOKEN = '7012345678:AAF-secret-bot-token_xyz';
const TG_SECRET = 'tg-webhook-secret-value';
const ZB_SECRET = 'zalobot-webhook-secret-value';
const OA_KEY = 'oa-secret-key-value';
const APP_ID = '360846524940903967';
const TEXT = 'Bà con phản ánh giá điện MẬT-7731';
const PHONE = '0912345678';
const FIXTURE_PHONE = '+84900000000';

/** An effect that fails inside the transaction with the user's words among the query's parameters. */
const boom: Feature = {
  name: 'boom',
  commands: [{ names: ['boom'], run: async (args, h) => (await h.tx.execute(sql`select ${args}::int`), []) }],
};

let db: TestDatabase;
let tg: FakeTelegram;
let lines: string[];
let logger: Logger;

beforeAll(async () => {
  db = await createTestDatabase();
  tg = await startFakeTelegram({ token: TOKEN });
  lines = [];
  const sink = new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString('utf8')), cb()) });
  logger = createPinoLogger('trace', sink);
  const [u] = await db.db.insert(units).values({ code: 'L', name: 'Xã L', path: '/' }).returning();
  const [p] = await db.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: u!.id }).returning();
  await db.db.insert(channelAccounts).values([
    { personId: p!.id, channel: 'telegram', externalId: '512345678' },
    { personId: p!.id, channel: 'zalo', externalId: '2468013579' },
    { personId: p!.id, channel: 'zalobot', externalId: 'zb1' },
  ]);
});
afterAll(async () => {
  await tg.close();
  await db.close();
});

describe('pino redaction on a real intake run', () => {
  it('never writes message text, phone numbers, tokens or webhook secrets to the log, even when things fail', async () => {
    const telegram = createTelegramAdapter({ token: TOKEN, apiRoot: tg.url, logger });
    const intake = createIntake({
      db: db.db,
      features: [boom],
      t: createI18n().t,
      logger,
      maxTextLength: 4000,
      defaultLocale: 'vi',
      deliver: createReplySender({ telegram }, logger),
    });
    const app = createHttpApp({
      logger,
      readiness: {},
      mounts: [
        { path: '/telegram/webhook', app: telegram.webhookRoute(intake.handle, TG_SECRET) },
        { path: '/zalobot', app: createZaloBotWebhookRoute({ secret: ZB_SECRET, handler: intake.handle, logger }) },
        { path: '/zalo', app: createZaloWebhookRoute({ appId: APP_ID, oaSecretKey: OA_KEY, handler: intake.handle, logger }) },
      ],
    });
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      });
    const tgHeaders = { 'x-telegram-bot-api-secret-token': TG_SECRET };

    let id = 1;
    expect((await post('/telegram/webhook', { update_id: id++, ...updates.text('512345678', `${TEXT} ${PHONE}`) }, tgHeaders)).status).toBe(200);
    const contact = JSON.parse(readFileSync(new URL('../fixtures/telegram/contact.json', import.meta.url), 'utf8'));
    expect((await post('/telegram/webhook', contact, tgHeaders)).status).toBe(200);
    tg.failNext('*', 'network');
    expect((await post('/telegram/webhook', { update_id: id++, ...updates.text('512345678', `${TEXT} lần 2`) }, tgHeaders)).status).toBe(200);
    // A data error (22P02 quoting the text) cannot be applied: recorded as failed, answered 200, the person told.
    expect((await post('/telegram/webhook', { update_id: id++, ...updates.text('512345678', `/boom ${TEXT}`) }, tgHeaders)).status).toBe(200);
    expect(
      (await post('/telegram/webhook', { update_id: id++, ...updates.text('512345678', TEXT) }, { 'x-telegram-bot-api-secret-token': `${TG_SECRET}x` })).status,
    ).toBe(401);

    const zb = (text: string, n: number) => ({
      event_name: 'message.text.received',
      message: { from: { id: 'zb1', display_name: 'Trần Thị B' }, chat: { id: 'zb1', chat_type: 'PRIVATE' }, text, message_id: `zbm${n}`, date: Date.now() },
    });
    expect((await post('/zalobot/webhook', zb(`${TEXT} ${PHONE}`, 1), { 'x-bot-api-secret-token': ZB_SECRET })).status).toBe(200);
    expect((await post('/zalobot/webhook', zb(`/boom ${TEXT}`, 2), { 'x-bot-api-secret-token': ZB_SECRET })).status).toBe(200);
    expect((await post('/zalobot/webhook', zb(TEXT, 3), { 'x-bot-api-secret-token': 'nope' })).status).toBe(401);

    for (const text of [`${TEXT} ${PHONE}`, `/boom ${TEXT}`]) {
      const ev = zaloEvents.text(APP_ID, '2468013579', text);
      const raw = JSON.stringify(ev);
      const res = await post('/zalo/webhook', raw, { 'x-zevent-signature': zaloSignature(Buffer.from(raw), APP_ID, String(ev.timestamp), OA_KEY) });
      expect([200, 500]).toContain(res.status);
    }

    await intake.replies.idle();
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5); // the run did log (trace level), failures included
    expect(log).toContain('update recorded as failed');
    for (const secret of ['MẬT-7731', PHONE, FIXTURE_PHONE, TOKEN, 'AAF-secret', TG_SECRET, ZB_SECRET, OA_KEY]) expect(log).not.toContain(secret);
  });

  it('redacts the listed fields wherever a caller passes them as bindings', () => {
    const out: string[] = [];
    const l = createPinoLogger('info', new Writable({ write: (c: Buffer, _e, cb) => (out.push(c.toString()), cb()) }));
    l.info({ text: TEXT, token: TOKEN, msg2: { caption: TEXT, phone_number: PHONE, accessToken: TOKEN, body: TEXT } }, 'bindings');
    l.child({ req: { headers: { authorization: `Bearer ${TOKEN}`, 'x-telegram-bot-api-secret-token': TG_SECRET } } }).info('request');
    const log = out.join('');
    expect(log).toContain('[redacted]');
    for (const secret of ['MẬT-7731', PHONE, TOKEN, TG_SECRET]) expect(log).not.toContain(secret);
  });
});
