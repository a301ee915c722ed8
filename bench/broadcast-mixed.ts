import { and, eq, like, sql } from 'drizzle-orm';
import { broadcastSettings, createBroadcast } from '../core/broadcasts/broadcast.js';
import { createPoll } from '../core/polls/poll.js';
import { loadConfig } from '../core/platform/config.js';
import { broadcasts, sends } from '../db/schema/index.js';
import type { FakeTelegram } from '../testkit/fake-telegram.js';
import type { BenchDb } from '../testkit/broadcast-bench-db.js';
import { describeRejection, rateLimitProxy } from '../testkit/broadcast-rate-proxy.js';
import { addPerson, addUnit, seedPeople, type PersonRef, type Province } from '../testkit/seed.js';
import { spawnWorker, type WorkerChild } from '../testkit/broadcast-spawn.js';
import { until } from './lib/until.js';

export interface MixedResult {
  mixedBroadcastRecipients: number;
  mixedPollRecipients: number;
  /** All sends the proxy let through per second (broadcast + poll + anything else bulk), measured over the window. */
  mixedRatePerSecond: number;
  mixedBroadcastPerSecond: number;
  mixedPollPerSecond: number;
  mixed429: number;
  /** The first refused sends: chat, time and the second before in 100 ms buckets (testkit/broadcast-rate-proxy.ts). */
  mixedRejections: string[];
}

/**
 * (e) One pace for all bulk sends: a broadcast to the whole tree and a poll to 5,000 others run
 * at once in one full workers process (send lanes, jobs, broadcast pipeline) against a proxy that
 * answers 429 above Telegram's limit. Their sum must stay at the cap.
 */
export async function mixedCase(
  store: BenchDb,
  env: Record<string, string>,
  fake: FakeTelegram,
  tree: Province,
  author: PersonRef,
  o: { cap: number; seconds: number; pollRecipients: number; proxyLimit: number; children: WorkerChild[] },
): Promise<MixedResult> {
  const province = await addUnit(store.db, `PM${Date.now() % 100_000}`, 'Tỉnh thăm dò', null);
  const pollAuthor = await addPerson(store.db, province, 'official', 'Cán bộ thăm dò', { channel: 'telegram', accountId: '5999999998' });
  await seedPeople(store.db, [province], o.pollRecipients, { channel: 'telegram', firstExternalId: 6_000_000_000 });
  await store.db.execute(sql`analyze`);
  const proxy = await rateLimitProxy(fake.url, o.proxyLimit, author.accountId);
  try {
    const config = loadConfig({ QUIET_HOURS: '', TELEGRAM_BULK_RATE: String(o.cap) });
    const child = await spawnWorker({ ...env, WORKER_MODE: 'full', TELEGRAM_API_ROOT: proxy.url, TELEGRAM_BULK_RATE: String(o.cap) });
    o.children.push(child);
    const now = new Date();
    const settings = { ...broadcastSettings(config), approvalThreshold: Number.MAX_SAFE_INTEGER };
    const draft = { title: 'Bench mixed', body: 'Nội dung.', unitId: tree.root.id, filters: {}, requireAck: false, urgent: true };
    const b = await store.db.transaction((tx) => createBroadcast(tx, author, draft, settings, now));
    const closesAt = new Date(now.getTime() + 6 * 3600_000);
    const pollDraft = {
      question: 'Đồng chí theo dõi tin qua đâu?',
      options: ['Báo in', 'Mạng xã hội'],
      multi: false,
      anonymous: true,
      closesAt,
      unitId: province.id,
      filters: {},
    };
    const poll = await store.db.transaction((tx) => createPoll(tx, config, { id: pollAuthor.id, unitId: province.id }, pollDraft, now));
    if (!poll.ok) throw new Error(`poll refused: ${poll.code}`);
    const counts = async () => {
      const [bd] = await store.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sends)
        .where(and(eq(sends.broadcastId, b.id), eq(sends.state, 'sent')));
      const [ps] = await store.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sends)
        .where(and(like(sends.purpose, `survey-${poll.pollId}-invite`), eq(sends.state, 'sent')));
      return { broadcast: bd!.n, poll: ps!.n };
    };
    await until(async () => {
      const c = await counts();
      return c.broadcast > 0 && c.poll > 0;
    }, 120_000);
    await new Promise((r) => setTimeout(r, 2000));
    const from = { proxy: proxy.sends, ...(await counts()) };
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    const to = { proxy: proxy.sends, ...(await counts()) };
    const s = (performance.now() - t0) / 1000;
    const [recipients] = await store.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sends)
      .where(eq(sends.broadcastId, b.id));
    await store.db.update(broadcasts).set({ status: 'cancelled' }).where(eq(broadcasts.id, b.id));
    await child.kill('SIGTERM');
    return {
      mixedBroadcastRecipients: recipients?.n ?? 0,
      mixedPollRecipients: o.pollRecipients,
      mixedRatePerSecond: (to.proxy - from.proxy) / s,
      mixedBroadcastPerSecond: (to.broadcast - from.broadcast) / s,
      mixedPollPerSecond: (to.poll - from.poll) / s,
      mixed429: proxy.rejected,
      mixedRejections: proxy.rejections.map(describeRejection),
    };
  } finally {
    await proxy.close();
  }
}
