import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { broadcasts, sends } from '../../db/schema/index.js';
import { broadcastSettings, createBroadcast } from '../../core/broadcasts/broadcast.js';
import { loadConfig } from '../../core/platform/config.js';
import { startFakeTelegram } from '../../testkit/fake-telegram.js';
import { rateLimitProxy } from '../../testkit/broadcast-rate-proxy.js';
import { spawnWorker } from '../../testkit/broadcast-spawn.js';
import type { PersonRef } from '../../testkit/seed.js';
import { WORKER_NODE_ARGS } from '../broadcast.js';
import { until } from './until.js';

/** Telegram's global limit, which the proxy plays (HTTP 429 above it). */
const TELEGRAM_LIMIT_PER_SECOND = 30;

/**
 * The workers side of the soak: one full workers process (relay, alert timers, send lanes,
 * broadcast pipeline; testkit/broadcast-worker-child.ts) sending Telegram through the rate
 * proxy to a fake Bot API in this process, and a broadcast to `unitId`'s whole audience. Resolves
 * once the first recipients have been sent to.
 */
export async function startBroadcastWorker(o: { db: Db; env: Record<string, string>; cap: number; author: PersonRef; unitId: string }) {
  process.env.BROADCAST_CHILD_NODE_ARGS ??= WORKER_NODE_ARGS;
  const fake = await startFakeTelegram({ record: false });
  const proxy = await rateLimitProxy(fake.url, TELEGRAM_LIMIT_PER_SECOND, o.author.accountId);
  const worker = await spawnWorker({
    ...o.env,
    WORKER_MODE: 'full',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: proxy.url,
    TELEGRAM_BULK_RATE: String(o.cap),
  });
  const settings = { ...broadcastSettings(loadConfig({ QUIET_HOURS: '', TELEGRAM_BULK_RATE: String(o.cap) })), approvalThreshold: Number.MAX_SAFE_INTEGER };
  const draft = { title: 'Bench soak', body: 'Nội dung định hướng.', unitId: o.unitId, filters: {}, requireAck: false, urgent: true };
  const created = performance.now();
  const b = await o.db.transaction((tx) => createBroadcast(tx, o.author, draft, settings, new Date()));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await worker.kill('SIGTERM');
    await proxy.close();
    await fake.close();
  };
  try {
    await until(async () => proxy.sends > 0, 180_000);
  } catch (err) {
    await close();
    throw err;
  }
  return {
    pid: worker.process.pid!,
    firstSendAfterSeconds: (performance.now() - created) / 1000,
    /** Sends to recipients the proxy let through so far. */
    sent: () => proxy.sends,
    rejected: () => proxy.rejected,
    /**
     * Cancels the broadcast, stops the worker (SIGTERM: in-flight sends finish), then compares
     * the ledger with what the fake received: a row marked sent that never arrived is lost; a
     * recipient who got it twice is a duplicate.
     */
    async stop(): Promise<{ sentRows: number; lost: number; duplicated: number; peakRssMb: number }> {
      await o.db.update(broadcasts).set({ status: 'cancelled' }).where(eq(broadcasts.id, b.id));
      const peakRssMb = worker.peakRssMb();
      // Counted once nothing can send any more: the worker stopped, the proxy and the fake closed.
      await close();
      const rows = await o.db
        .select({ accountId: sends.accountId })
        .from(sends)
        .where(and(eq(sends.broadcastId, b.id), eq(sends.state, 'sent')));
      const lost = rows.filter((r) => !fake.sendsPerChat.get(r.accountId ?? '')).length;
      let duplicated = 0;
      for (const [chat, n] of fake.sendsPerChat) if (chat !== o.author.accountId) duplicated += Math.max(0, n - 1);
      return { sentRows: rows.length, lost, duplicated, peakRssMb };
    },
    /** For a run that failed half-way: stops everything, counts nothing. */
    close,
  };
}
