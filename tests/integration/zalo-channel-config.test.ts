import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloBotChannel } from '../../bot/channels/zalo-bot/from-config.js';
import { createZaloOaChannel, ZaloConfigError } from '../../bot/channels/zalo-oa/from-config.js';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';
import { readTokens } from '../../bot/channels/zalo-oa/token-store.js';
import { loadConfig } from '../../core/platform/config.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeZaloBot } from '../helpers/fake-zalo-bot.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';
import { zaloEvents } from '../helpers/fake-zalo-webhook.js';

let t: TestDatabase;
let fake: FakeZalo;
beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.close();
});

describe('Zalo OA wired from config', () => {
  it('refuses to start without the app id, app secret and OA secret key', () => {
    expect(() => createZaloOaChannel({ config: loadConfig({ ZALO_MODE: 'oa', ZALO_APP_ID: '1' }), db: t.db, logger: silentLogger })).toThrow(ZaloConfigError);
  });

  it('seeds the config pair, refreshes it at start, sends, and serves the signed webhook at /zalo/webhook', async () => {
    const pair = fake.issuePair();
    const config = loadConfig({
      ZALO_MODE: 'oa',
      ZALO_APP_ID: fake.appId,
      ZALO_APP_SECRET: fake.appSecret,
      ZALO_OA_SECRET_KEY: 'k-oa',
      ZALO_ACCESS_TOKEN: pair.accessToken,
      ZALO_REFRESH_TOKEN: pair.refreshToken,
      ZALO_API_ROOT: fake.url,
      ZALO_OAUTH_ROOT: fake.url,
      ZALO_CHOICE_BUTTONS: 'show',
    });
    const zalo = createZaloOaChannel({ config, db: t.db, logger: silentLogger });
    await zalo.start();
    const row = await readTokens(t.db);
    expect(fake.refreshCalls).toBe(1);
    expect(row?.source).toBe('refresh');
    await zalo.adapter.send('u1', { type: 'text', text: 'Chào', choices: [{ label: 'OK', data: 'c:1' }] });
    expect(fake.messages.at(-1)).toMatchObject({ accessToken: row?.accessToken, buttons: [{ type: 'oa.query.show', payload: '#c c:1' }] });

    const got: InboundMessage[] = [];
    const app = new Hono();
    const m = zalo.mount(async (msg) => void got.push(msg));
    app.route(m.path, m.app);
    const ev = zaloEvents.text(fake.appId, 'u1', 'xin chào');
    const raw = JSON.stringify(ev);
    const res = await app.request('/zalo/webhook', {
      method: 'POST',
      body: raw,
      headers: { 'x-zevent-signature': zaloSignature(Buffer.from(raw), fake.appId, String(ev.timestamp), 'k-oa') },
    });
    expect(res.status).toBe(200);
    expect(got[0]?.payload).toEqual({ type: 'text', text: 'xin chào' });
    await zalo.stop();
  });
});

describe('Zalo Bot wired from config', () => {
  it('needs a webhook secret of 8–256 characters when PUBLIC_URL is set', () => {
    const config = loadConfig({ ZALO_MODE: 'bot', ZALO_BOT_TOKEN: '1:x', PUBLIC_URL: 'https://dlxh.example.vn', ZALO_BOT_WEBHOOK_SECRET: 'short' });
    expect(() => createZaloBotChannel({ config, logger: silentLogger })).toThrow(ZaloConfigError);
  });

  it('registers $PUBLIC_URL/zalobot/webhook with the secret in webhook mode', async () => {
    const bot = await startFakeZaloBot();
    const config = loadConfig({
      ZALO_MODE: 'bot',
      ZALO_BOT_TOKEN: bot.token,
      ZALO_BOT_API_ROOT: bot.url,
      PUBLIC_URL: 'https://dlxh.example.vn/',
      ZALO_BOT_WEBHOOK_SECRET: 'a-long-enough-secret',
    });
    const channel = createZaloBotChannel({ config, logger: silentLogger });
    expect(channel.mount?.(async () => {}).path).toBe('/zalobot');
    await channel.start(async () => {});
    expect(bot.webhook).toEqual({ url: 'https://dlxh.example.vn/zalobot/webhook', secret: 'a-long-enough-secret' });
    await channel.stop();
    await bot.close();
  });
});
