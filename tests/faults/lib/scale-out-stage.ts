import { sql } from 'drizzle-orm';
import { broadcastSettings, createBroadcast } from '../../../core/broadcasts/broadcast.js';
import { setEscalationPolicy } from '../../../core/hot-spots/escalation-policy.js';
import { loadConfig } from '../../../core/platform/config.js';
import { rowsOf } from '../../../db/client.js';
import { addPerson, addUnit, type PersonRef } from '../../../testkit/seed.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../../helpers/db.js';
import { startEntry, type EntryProcess } from '../../helpers/entry-process.js';
import { startFakeTelegram, type FakeTelegram } from '../../../testkit/fake-telegram.js';
import { freePort } from '../../../testkit/services.js';
import { waitFor } from '../../helpers/wait.js';

export const SECRET = 'scale-out-webhook-secret-0123456789';
export const METRICS_TOKEN = 'scale-out-metrics-token-0123456789';
export const COMMUNES = 4;
const FIRST_CHAT = 6_200_000_000;

/**
 * Issue 12 item 17: the production shape at small scale. Two bot processes (`bot/main.ts`,
 * RUN_WORKERS=false, Telegram in webhook mode) and two worker processes (`workers/main.ts`),
 * started as the entry points a deployment runs, against one PostgreSQL and one Redis, with the
 * queue prefix each derives from the database. A province of COMMUNES communes, one official per
 * unit, `collaborators` registered Telegram users, and a fake Bot API that records every message.
 */
export async function startScaleOutStage(o: { collaborators: number }) {
  const db: TestDatabase = await createTestDatabase();
  if (!db.url) throw new Error('the fault suite needs a real Postgres (TEST_DATABASE_URL)');
  const tg: FakeTelegram = await startFakeTelegram({ record: true });
  const root = await addUnit(db.db, 'SCALE-TINH', 'Tỉnh mở rộng', null);
  const communes = [];
  for (let i = 0; i < COMMUNES; i++) communes.push(await addUnit(db.db, `SCALE-XA-${i}`, `Xã ${i + 1}`, root));
  const officials: PersonRef[] = [await addPerson(db.db, root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: String(FIRST_CHAT) })];
  for (const [i, c] of communes.entries())
    officials.push(await addPerson(db.db, c, 'official', `Cán bộ xã ${i + 1}`, { channel: 'telegram', accountId: String(FIRST_CHAT + 1 + i) }));
  const author = await addPerson(db.db, root, 'admin', 'Quản trị tỉnh', { channel: 'telegram', accountId: String(FIRST_CHAT + 99) });
  const chats: string[] = [];
  for (let i = 0; i < o.collaborators; i++) {
    const chat = String(FIRST_CHAT + 1000 + i);
    await addPerson(db.db, communes[i % COMMUNES]!, 'collaborator', `CTV ${i + 1}`, { channel: 'telegram', accountId: chat });
    chats.push(chat);
  }
  // Every severity escalates (the default watches severity 1 only), quickly.
  await setEscalationPolicy(db.db, root.code, 1, 60);
  await db.db.execute(sql`update people set consent_at = now(), consent_version = '2026-01'`);

  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl(),
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    SANDBOX: 'off',
    PUBLIC_URL: 'http://127.0.0.1:9',
    METRICS_TOKEN,
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.url,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    ESCALATION_TIME_SCALE: '0.0005',
    ROOT_REMINDER_REPEATS: '1',
    BURST_ALERTS: '100000',
    OUTBOX_POLL_MS: '50',
    QUIET_HOURS: '',
    TELEGRAM_BULK_RATE: '200',
    BROADCAST_PROGRESS_SECONDS: '1',
    FLOOD_BURST: '1000',
    WORKER_SHUTDOWN_MS: '5000',
  };
  const processes: EntryProcess[] = [];
  const bots: string[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const bot = startEntry('bot/main.ts', { ...env, RUN_WORKERS: 'false', PORT: String(port) });
    processes.push(bot);
    await bot.waitFor(/dlxh-bot is running/, 90_000);
    bots.push(`http://127.0.0.1:${port}`);
  }
  for (let i = 0; i < 2; i++) {
    const workers = startEntry('workers/main.ts', env);
    processes.push(workers);
    await workers.waitFor(/workers started/, 90_000);
  }

  return {
    db,
    tg,
    bots,
    chats,
    officials,
    authorChat: author.accountId,
    processes,
    /** One guidance broadcast from the province to every collaborator. */
    async broadcast(body: string): Promise<string> {
      const settings = { ...broadcastSettings(loadConfig({ QUIET_HOURS: '' })), approvalThreshold: Number.MAX_SAFE_INTEGER };
      const draft = { title: 'Định hướng mở rộng', body, unitId: root.id, filters: { roles: ['collaborator' as const] }, requireAck: false, urgent: true };
      const b = await db.db.transaction((tx) => createBroadcast(tx, author, draft, settings, new Date()));
      return b.id;
    },
    /** Waits until `probe` (a count query) reaches `target`; returns the last value. */
    async until(query: ReturnType<typeof sql>, target: number, timeoutMs: number): Promise<number> {
      let n = -1;
      const count = async () => (n = rowsOf<{ n: number }>(await db.db.execute(query))[0]?.n ?? 0);
      await waitFor(count, { until: (v) => v >= target, timeout: timeoutMs, interval: 250 }).catch(() => undefined);
      return n;
    },
    async metric(series: string): Promise<number> {
      let total = 0;
      for (const bot of bots) {
        const page = await (await fetch(`${bot}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
        const line = page.split('\n').find((l) => l.startsWith(`${series} `));
        total += line ? Number(line.slice(series.length + 1)) : 0;
      }
      return total;
    },
    async stop() {
      for (const p of processes) p.child.kill('SIGTERM');
      await Promise.all(processes.map((p) => p.exited));
      await tg.close();
      await db.close();
    },
  };
}

export type ScaleOutStage = Awaited<ReturnType<typeof startScaleOutStage>>;
