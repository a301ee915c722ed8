import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import type { Intake } from '../../bot/engine/intake.js';
import { createTelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { createZaloBotAdapter } from '../../bot/channels/zalo-bot/adapter.js';
import type { ChannelAdapter, InboundHandler } from '../../core/kernel/channel.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { loadConfig } from '../../core/platform/config.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram, updates } from '../../testkit/fake-telegram.js';
import { startFakeZaloBot } from '../helpers/fake-zalo-bot.js';
import { zaloBotUpdates } from '../helpers/fake-zalo-bot-harness.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { waitFor } from '../helpers/wait.js';

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
const pollBackoff = { baseMs: 5, maxMs: 20 };

beforeAll(async () => {
  t = await createTestDatabase();
  intake = createCollectingIntake(t.db, loadConfig({}), outbox);
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

const skipped = async (channel: string) => {
  const text = await metrics.registry.getSingleMetricAsString('dlxh_channel_alerts_total');
  return Number(new RegExp(`channel="${channel}",alert="update_skipped"} (\\d+)`).exec(text)?.[1] ?? 0);
};

interface PollingChannel {
  adapter: ChannelAdapter & { start(h: InboundHandler): Promise<void>; stop(): Promise<void> };
  /** The platform hands this user's text to the next getUpdates. */
  push(account: string, text: string): void;
  /** Updates handed out but not confirmed (Telegram); the Zalo Bot has no offset. */
  pending(): number;
  close(): Promise<void>;
}

const channels: { name: 'telegram' | 'zalobot'; start: () => Promise<PollingChannel> }[] = [
  {
    name: 'telegram',
    async start() {
      const tg = await startFakeTelegram();
      const adapter = createTelegramAdapter({ token: tg.token, apiRoot: tg.url, logger: silentLogger, pollTimeoutSeconds: 1, pollBackoff, alerts: metrics });
      return { adapter, push: (a, text) => void tg.pushUpdate(updates.text(a, text)), pending: () => tg.pendingUpdates(), close: () => tg.close() };
    },
  },
  {
    name: 'zalobot',
    async start() {
      const zb = await startFakeZaloBot();
      const adapter = createZaloBotAdapter({ token: zb.token, apiRoot: zb.url, logger: silentLogger, pollTimeoutSec: 1, pollBackoff, alerts: metrics });
      return { adapter, push: (a, text) => zb.pushUpdate(zaloBotUpdates.text(a, text)), pending: () => 0, close: () => zb.close() };
    },
  },
];

describe.each(channels)('$name long polling with a poison update', ({ name, start }) => {
  let ch: PollingChannel;
  let handler: InboundHandler;
  // Telegram ids are numbers; Zalo's are opaque strings.
  const id = (n: number) => (name === 'telegram' ? String(7000 + n) : `zb-${n}`);
  beforeAll(async () => {
    ch = await start();
    // One poller for both cases: a stopped Zalo Bot poll may still take the next update (no offset).
    await ch.adapter.start((m) => handler(m));
  });
  afterAll(async () => {
    await ch.adapter.stop();
    await ch.close();
  });

  it('is tried twice, then skipped and confirmed; the users behind it are answered', async () => {
    const attempts = new Map<string, number>();
    handler = engine(id(1), attempts);
    for (const n of [1, 2, 3]) ch.push(id(n), 'Xin chào');
    await waitFor(() => (outbox.get(id(3))?.length ?? 0) > 0);
    expect(outbox.get(id(2))?.length).toBeGreaterThan(0);
    expect(attempts.get(id(1))).toBe(2);
    expect(await skipped(name)).toBe(1);
    await waitFor(() => ch.pending() === 0); // confirmed: a restart does not see it again
  });

  it('an update failing because the database is unreachable is retried until it goes through', async () => {
    const refused = await connectionRefused();
    let failures = 0;
    handler = async (m) => {
      if (failures++ < 4) throw refused;
      await intake.handle(m);
    };
    ch.push(id(4), 'Xin chào');
    await waitFor(() => (outbox.get(id(4))?.length ?? 0) > 0);
    expect(failures).toBe(5);
  });
});
