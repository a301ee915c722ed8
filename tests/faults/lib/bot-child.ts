import { openDatabase } from '../../../db/client.js';
import { startIntakeServer } from '../../../bench/lib/intake-server.js';

/**
 * A bot process for the fault suite: the HTTP side exactly as the intake bench builds it (real
 * intake engine and collaborator feature, Redis flood control, Telegram and Zalo OA webhook
 * routes, replies through the real adapters) on DATABASE_URL / REDIS_URL, replying to the fake
 * platform APIs named in the environment. Prints "ready <port>".
 */
const env = process.env;
const need = (k: string) =>
  env[k] ??
  (() => {
    throw new Error(`${k} is required`);
  })();
const database = await openDatabase({ url: need('DATABASE_URL'), max: 10 });
const server = await startIntakeServer({
  db: database.db,
  redisUrl: need('REDIS_URL'),
  prefix: need('QUEUE_PREFIX'),
  limits: { FLOOD_BURST: 20, FLOOD_PER_MINUTE: 30, INVITE_CHECKS_PER_ACCOUNT_HOUR: 10, INVITE_CHECKS_PER_PREFIX_HOUR: 30, INVITE_CHECKS_PER_HOUR: 2000 },
  telegram: { url: need('TELEGRAM_API_ROOT'), token: need('TELEGRAM_BOT_TOKEN'), secret: need('TELEGRAM_WEBHOOK_SECRET') },
  zalo: { url: need('ZALO_API_ROOT'), appId: need('ZALO_APP_ID'), oaSecretKey: need('ZALO_OA_SECRET_KEY'), accessToken: need('ZALO_ACCESS_TOKEN') },
});
process.stdout.write(`ready ${new URL(server.url).port}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
