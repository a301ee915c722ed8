import { openDatabase, type Database } from '../../../db/client.js';
import { seedUsers } from '../../../bench/lib/seed-users.js';
import { startFakeTelegram, type FakeTelegram } from '../../../testkit/fake-telegram.js';
import { startFakeZalo, type FakeZalo } from '../../../testkit/fake-zalo.js';
import { createPlatform, type Delivery } from './platform.js';
import { spawnReady, type Child } from './processes.js';
import { committedKeys, counter, lostUpdates, type FaultVerdict } from './verdict.js';

const SECRET = 'fault-webhook-secret';
const OA_KEY = 'fault-oa-key';
export const USERS = { telegram: 60, zalo: 30 };

/**
 * One bot process (tests/faults/lib/bot-child.ts) on the given Postgres and Redis, fake
 * Telegram and Zalo APIs here, and seeded users: the stage for the intake scenarios.
 */
export async function startIntakeStage(o: { databaseUrl: string; redisUrl: string; prefix: string }) {
  const database: Database = await openDatabase({ url: o.databaseUrl, max: 2 });
  await database.migrate();
  await seedUsers(database.db, USERS);
  const tg: FakeTelegram = await startFakeTelegram({ record: false });
  const zalo: FakeZalo = await startFakeZalo();
  const bot: Child = await spawnReady(new URL('./bot-child.ts', import.meta.url), {
    DATABASE_URL: o.databaseUrl,
    REDIS_URL: o.redisUrl,
    QUEUE_PREFIX: o.prefix,
    TELEGRAM_API_ROOT: tg.url,
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ZALO_API_ROOT: zalo.url,
    ZALO_APP_ID: zalo.appId,
    ZALO_OA_SECRET_KEY: OA_KEY,
    ZALO_ACCESS_TOKEN: zalo.issuePair().accessToken,
  });
  const url = `http://127.0.0.1:${bot.ready}`;
  const platform = createPlatform({ url, users: USERS, telegramSecret: SECRET, zalo: { appId: zalo.appId, oaSecretKey: OA_KEY } });
  return {
    database,
    tg,
    zalo,
    bot,
    url,
    platform,
    /** Lost (never committed, or acknowledged uncommitted), and updates applied more than once. */
    async verdict(
      scenario: string,
      deliveries: Delivery[],
      recoveredSeconds: number,
      notes: string,
    ): Promise<FaultVerdict & { ackedNotCommitted: number; unacked: number; applied: number }> {
      const committed = await committedKeys(database.db);
      const { lost, ackedNotCommitted, unacked } = lostUpdates(deliveries, committed);
      const page = await (await fetch(`${url}/metrics`)).text();
      const applied =
        counter(page, 'dlxh_updates_total{channel="telegram",outcome="applied"}') + counter(page, 'dlxh_updates_total{channel="zalo",outcome="applied"}');
      // A commit whose acknowledgement was lost in a Postgres crash counts as 'failed', and its
      // redelivery as 'duplicate': committed once, never 'applied'. That is not a duplicate.
      const inDoubt = Math.max(0, committed.size - applied);
      const note = inDoubt ? `${notes}; ${inDoubt} committed with the acknowledgement lost in the crash, redelivery deduplicated` : notes;
      return {
        scenario,
        sent: deliveries.length,
        lost,
        duplicated: Math.max(0, applied - committed.size),
        duplicateBound: 0,
        recoveredSeconds,
        notes: note,
        ackedNotCommitted,
        unacked,
        applied,
      };
    },
    async stop() {
      await platform.close();
      await bot.kill('SIGTERM');
      await database.close();
      await tg.close();
      await zalo.close();
    },
  };
}

export type IntakeStage = Awaited<ReturnType<typeof startIntakeStage>>;

/** Seconds from `since` until every update first sent before `since` + `window` was acknowledged. */
export function backlogDrained(deliveries: Delivery[], since: number, sentBefore: number): number {
  const acks = deliveries.filter((d) => d.firstAt <= sentBefore && d.ackAt !== null).map((d) => d.ackAt!);
  return acks.length ? Math.max(0, (Math.max(...acks) - since) / 1000) : NaN;
}
