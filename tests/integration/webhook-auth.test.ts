import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { createHttpApp, MAX_BODY_BYTES } from '../../bot/http/app.js';
import { createChannels } from '../../bot/setup/channels.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * DESIGN §4.7: a webhook is never exposed without authentication. Configuration that would
 * expose one unauthenticated refuses to start; every exposed route refuses unsigned, wrongly
 * signed and oversized requests before anything reaches the intake.
 */
const { t } = createI18n();
const PUBLIC = { PUBLIC_URL: 'https://dlxh.example.vn', SANDBOX: 'off' };
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

describe('a webhook cannot be exposed unauthenticated', () => {
  it.each([
    ['Telegram webhook without TELEGRAM_WEBHOOK_SECRET', { TELEGRAM_BOT_TOKEN: '1:x' }],
    ['Zalo Bot webhook without ZALO_BOT_WEBHOOK_SECRET', { ZALO_MODE: 'bot', ZALO_BOT_TOKEN: '1:x' }],
    ['Zalo Bot webhook with a guessable secret', { ZALO_MODE: 'bot', ZALO_BOT_TOKEN: '1:x', ZALO_BOT_WEBHOOK_SECRET: 'abc' }],
    ['Zalo OA webhook without the OA secret key', { ZALO_MODE: 'oa', ZALO_APP_ID: '1', ZALO_APP_SECRET: 's' }],
  ])('%s: refuses to start', (_what, env) => {
    expect(() => createChannels({ config: loadConfig({ ...PUBLIC, ...env }), db: db.db, logger: silentLogger, t })).toThrow(/required|needs/);
  });
});

describe('every exposed webhook refuses what is not from the platform', () => {
  const received: InboundMessage[] = [];
  const build = (env: Record<string, string | undefined>) => {
    const channels = createChannels({ config: loadConfig({ ...PUBLIC, ...env }), db: db.db, logger: silentLogger, t });
    return createHttpApp({ mounts: channels.mounts(async (m) => void received.push(m)), readiness: {}, logger: silentLogger });
  };
  const post = (app: ReturnType<typeof build>, path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const update = JSON.stringify({
    update_id: 1,
    message: { message_id: 1, date: 1, chat: { id: 5, type: 'private' }, from: { id: 5, is_bot: false, first_name: 'A' }, text: 'hi' },
  });
  const huge = JSON.stringify({ update_id: 2, pad: 'x'.repeat(MAX_BODY_BYTES + 10) });

  it.each([
    {
      name: 'Telegram',
      env: { TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 'a-secret-of-sixteen' },
      path: '/telegram/webhook',
      header: 'x-telegram-bot-api-secret-token',
      good: 'a-secret-of-sixteen',
    },
    {
      name: 'Zalo Bot',
      env: { ZALO_MODE: 'bot', ZALO_BOT_TOKEN: '1:x', ZALO_BOT_WEBHOOK_SECRET: 'a-long-enough-secret' },
      path: '/zalobot/webhook',
      header: 'x-bot-api-secret-token',
      good: 'a-long-enough-secret',
    },
    {
      name: 'Zalo OA',
      env: { ZALO_MODE: 'oa', ZALO_APP_ID: '1', ZALO_APP_SECRET: 's', ZALO_OA_SECRET_KEY: 'k' },
      path: '/zalo/webhook',
      header: 'x-zevent-signature',
      good: null,
      // Unsigned is the developer console's "check" request: it saves the URL only on 200 (docs/zalo.md).
      unsigned: 200,
    },
  ])(
    '$name: no credential, a wrong one, a forged one and an oversized body are refused; nothing reaches the intake',
    async ({ env, path, header, good, unsigned }) => {
      const app = build(env);
      expect((await post(app, path, update)).status).toBe(unsigned ?? 401);
      expect((await post(app, path, update, { [header]: 'wrong' })).status).toBe(401);
      expect((await post(app, path, update, { [header]: `mac=${'0'.repeat(64)}` })).status).toBe(401);
      if (good) expect((await post(app, path, update, { [header]: good.slice(0, -1) })).status).toBe(401);
      expect((await post(app, path, huge, good ? { [header]: good } : {})).status).toBe(413);
      expect(received).toHaveLength(0);
    },
  );
});
