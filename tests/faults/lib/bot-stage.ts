import { seedUsers } from '../../../bench/lib/seed-users.js';
import { startFakeTelegram, type FakeTelegram } from '../../../testkit/fake-telegram.js';
import { startFakeZalo, type FakeZalo } from '../../../testkit/fake-zalo.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../../helpers/db.js';
import { postZaloWebhook, zaloEvents } from '../../helpers/fake-zalo-webhook.js';
import { spawnReady, type Child } from './processes.js';

const OA_KEY = 'fault-oa-key';

export interface BotStage {
  t: TestDatabase;
  /** The fake Bot API, when the stage has Telegram collaborators. */
  tg: FakeTelegram | undefined;
  zalo: FakeZalo;
  bot: Child;
  /** Posts a signed Zalo OA text event from `userId` to the bot's webhook; returns the HTTP status. */
  zaloText(userId: string, text: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The fault scenarios' whole bot (bot/main.ts) in its own process on a test database with
 * registered collaborators, Zalo OA by signed webhook against the fake OA API and, when there
 * are Telegram collaborators, Telegram by long polling against the fake Bot API.
 */
export async function startBotStage(users: { telegram: number; zalo: number }, env: Record<string, string> = {}): Promise<BotStage> {
  const t = await createTestDatabase();
  if (!t.url) throw new Error('the fault suite needs a real Postgres');
  await seedUsers(t.db, users);
  const tg = users.telegram > 0 ? await startFakeTelegram() : undefined;
  const zalo = await startFakeZalo();
  const pair = zalo.issuePair();
  const bot = await spawnReady(new URL('./main-child.ts', import.meta.url), {
    DATABASE_URL: t.url,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    ...(tg ? { TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url } : {}),
    ZALO_MODE: 'oa',
    ZALO_APP_ID: zalo.appId,
    ZALO_APP_SECRET: zalo.appSecret,
    ZALO_OA_SECRET_KEY: OA_KEY,
    ZALO_ACCESS_TOKEN: pair.accessToken,
    ZALO_REFRESH_TOKEN: pair.refreshToken,
    ZALO_API_ROOT: zalo.url,
    ZALO_OAUTH_ROOT: zalo.url,
    SANDBOX: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    FLOOD_BURST: '1000',
    ...env,
  });
  const webhook = `http://127.0.0.1:${bot.ready}/zalo/webhook`;
  return {
    t,
    tg,
    zalo,
    bot,
    zaloText: async (userId, text) =>
      (await postZaloWebhook(webhook, zaloEvents.text(zalo.appId, userId, text), { appId: zalo.appId, oaSecretKey: OA_KEY })).status,
    async stop() {
      await bot.kill('SIGTERM');
      await tg?.close();
      await zalo.close();
      await t.close();
    },
  };
}
