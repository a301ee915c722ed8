import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { createZaloBotAdapter, type ZaloBotAdapter } from '../../bot/channels/zalo-bot/adapter.js';
import type { InboundHandler } from '../../core/kernel/channel.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { loadConfig } from '../../core/platform/config.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { collectInto } from '../helpers/intake-user.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, updates, type FakeTelegram } from '../helpers/fake-telegram.js';
import { startFakeZaloBot, type FakeZaloBot } from '../helpers/fake-zalo-bot.js';
import { zaloBotUpdates } from '../helpers/fake-zalo-bot-harness.js';
import { waitFor } from '../helpers/chat-driver.js';

/**
 * Issue 11 item 6 through the real intake on real Postgres: an update that fails for a reason
 * that will not go away gets one retry, then the long-polling channel moves on — the users
 * behind it are answered — while an update failing because the database is unreachable is
 * retried for as long as that lasts. The poison is a genuine PostgreSQL refusal: an update key
 * with U+0000 (a parser bug past the sanitizer), which `processed_updates` cannot store.
 */
let t: TestDatabase;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const metrics = createMetrics({ defaultMetrics: false });
const backoff = { baseMs: 5, maxMs: 20 };

beforeAll(async () => {
  t = await createTestDatabase();
  const config = loadConfig({});
  intake = createIntake({
    db: t.db,
    features: createFeatures({ config }),
    t: createI18n().t,
    deliver: collectInto(outbox),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
  });
});
afterAll(() => t.close());

/** Counts attempts per account; the poison account's updates get a key PostgreSQL refuses. */
function engine(poisonAccount: string, attempts: Map<string, number>): InboundHandler {
  return async (m: InboundMessage) => {
    attempts.set(m.accountId, (attempts.get(m.accountId) ?? 0) + 1);
    await intake.handle(m.accountId === poisonAccount ? { ...m, updateKey: `${m.updateKey}\u0000` } : m);
  };
}

/** A real "connection refused" from the driver, as when the database is down. */
async function connectionRefused(): Promise<unknown> {
  const sql = postgres('postgres://postgres@127.0.0.1:9/none', { max: 1, connect_timeout: 2, onnotice: () => {} });
  const err = await sql`select 1`.then(
    () => null,
    (e: unknown) => e,
  );
  await sql.end({ timeout: 1 });
  return err;
}

const alerts = async (channel: string) => {
  const text = await metrics.registry.getSingleMetricAsString('dlxh_channel_alerts_total');
  return Number(new RegExp(`channel="${channel}",alert="update_skipped"} (\\d+)`).exec(text)?.[1] ?? 0);
};

describe('Telegram long polling with a poison update', () => {
  let tg: FakeTelegram;
  let adapter: TelegramAdapter;
  beforeAll(async () => {
    tg = await startFakeTelegram();
    adapter = createTelegramAdapter({ token: tg.token, apiRoot: tg.url, logger: silentLogger, pollTimeoutSeconds: 1, pollBackoff: backoff, alerts: metrics });
  });
  afterAll(async () => {
    await adapter.stop();
    await tg.close();
  });

  it('is tried twice, then skipped and confirmed; the users behind it are answered', async () => {
    const attempts = new Map<string, number>();
    await adapter.start(engine('7001', attempts));
    tg.pushUpdate(updates.text('7001', 'Xin chào'));
    tg.pushUpdate(updates.text('7002', 'Xin chào'));
    tg.pushUpdate(updates.text('7003', 'alo'));
    await waitFor(() => (outbox.get('7003')?.length ?? 0) > 0);
    expect(outbox.get('7002')?.length).toBeGreaterThan(0);
    expect(attempts.get('7001')).toBe(2);
    expect(await alerts('telegram')).toBe(1);
    await adapter.stop();
    expect(tg.pendingUpdates()).toBe(0); // confirmed: a restart does not see it again
  });

  it('an update failing because the database is unreachable is retried until it goes through', async () => {
    const refused = await connectionRefused();
    let failures = 0;
    await adapter.start(async (m) => {
      if (failures++ < 4) throw refused;
      await intake.handle(m);
    });
    tg.pushUpdate(updates.text('7004', 'Xin chào'));
    await waitFor(() => (outbox.get('7004')?.length ?? 0) > 0);
    expect(failures).toBe(5);
    await adapter.stop();
  });
});

describe('Zalo Bot long polling with a poison update', () => {
  let fake: FakeZaloBot;
  let adapter: ZaloBotAdapter;
  beforeAll(async () => {
    fake = await startFakeZaloBot();
    adapter = createZaloBotAdapter({ token: fake.token, apiRoot: fake.url, logger: silentLogger, pollTimeoutSec: 1, pollBackoff: backoff, alerts: metrics });
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('is tried twice, then skipped; the users behind it are answered', async () => {
    const attempts = new Map<string, number>();
    await adapter.start(engine('zb-poison', attempts));
    fake.pushUpdate(zaloBotUpdates.text('zb-poison', 'Xin chào'));
    fake.pushUpdate(zaloBotUpdates.text('zb-next', 'Xin chào'));
    await waitFor(() => (outbox.get('zb-next')?.length ?? 0) > 0);
    expect(attempts.get('zb-poison')).toBe(2);
    expect(await alerts('zalobot')).toBe(1);
  });
});
