import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { processedUpdates } from '../db/schema/index.js';
import { silentLogger } from '../core/kernel/logger.js';
import { resolveRedis } from '../bot/setup/redis.js';
import { addPerson, seedPeople, seedProvince } from '../testkit/seed.js';
import { createBenchDatabase } from './lib/database.js';
import { startFakesProcess, startIntakeServerProcess } from './lib/load.js';
import { seedUsers } from './lib/seed-users.js';
import { drainedReplies, loadRunner, minuteOf, refusedTotal } from './lib/soak-intake.js';
import { processRssSampler } from './lib/proc-rss.js';
import { alertLossAndDuplicates, firedDeadlines, raiseAlertsOver } from './lib/soak-alerts.js';
import { startBroadcastWorker } from './lib/soak-broadcast.js';
import { formatSoak, type SoakMinute, type SoakResult } from './lib/soak-report.js';
import { quantile, sortNumbers } from './lib/stats.js';
import { seedAlertUnits } from './escalation.js';

export interface SoakOptions {
  /** Length of the soak proper (after the idle measurements). */
  seconds: number;
  /** Intake rate during the soak; by default half the saturated rate measured first. */
  intakeRate?: number;
  recipients: number;
  alerts: number;
  /** Intake alone at the soak's rate, for the p99 the soak's is compared with. */
  idleSeconds: number;
  saturateSeconds: number;
  cap?: number;
}

/** An official has 10 minutes to acknowledge a severity-4 alert; scaled to this (each level). */
const DEADLINE_MS = 20_000;
const USERS = { telegram: 3500, zalo: 1500 };
const TG_SECRET = `soak${randomBytes(8).toString('hex')}`;
const OA_KEY = `oa${randomBytes(8).toString('hex')}`;

/**
 * Everything at once (issue 16 item 6): intake at half its saturated rate (bench/intake.ts's
 * load process, fakes and server, the server in a process of its own) while one full workers
 * process sends a broadcast to `recipients` at the cap through the 429 proxy and `alerts` alerts,
 * raised through the soak, escalate. Per minute: intake p99, escalation lateness p99, broadcast
 * rate, RSS of each process; at the end what was lost or duplicated.
 */
export async function runSoakBench(o: SoakOptions): Promise<string> {
  const cap = o.cap ?? 25;
  const db = await createBenchDatabase({ max: 10, prefix: 'dlxh_soak' });
  const redis = await resolveRedis({ url: process.env.REDIS_URL, dataDir: mkdtempSync(join(tmpdir(), 'dlxh-soak-')), logger: silentLogger });
  const fakes = await startFakesProcess();
  let bot: Awaited<ReturnType<typeof startIntakeServerProcess>> | null = null;
  let worker: Awaited<ReturnType<typeof startBroadcastWorker>> | null = null;
  try {
    const seeded = await seed(db.db, o.recipients);
    bot = await startIntakeServerProcess({
      databaseUrl: db.url,
      pool: 10,
      redisUrl: redis.url,
      prefix: `bs${randomBytes(3).toString('hex')}`,
      limits: { FLOOD_BURST: 20, FLOOD_PER_MINUTE: 30, INVITE_CHECKS_PER_ACCOUNT_HOUR: 10, INVITE_CHECKS_PER_PREFIX_HOUR: 30, INVITE_CHECKS_PER_HOUR: 2000 },
      telegram: { ...fakes.telegram, secret: TG_SECRET },
      zalo: { ...fakes.zalo, oaSecretKey: OA_KEY },
    });
    const load = loadRunner({ url: bot.url, users: USERS, telegramSecret: TG_SECRET, zalo: { appId: fakes.zalo.appId, oaSecretKey: OA_KEY } });
    let saturated: number | null = null;
    if (!o.intakeRate) {
      const s = await load.run({ mode: 'closed', concurrency: 32, warmupMs: 3000, durationMs: o.saturateSeconds * 1000 });
      saturated = s.okInWindow / (s.measuredMs / 1000);
    }
    const offered = o.intakeRate ?? Math.max(5, Math.floor(saturated! / 2));
    const idle = await load.run({ mode: 'open', rate: offered, concurrency: 64, warmupMs: 2000, durationMs: o.idleSeconds * 1000 });
    const prefix = `bq${randomBytes(3).toString('hex')}`;
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: prefix,
      QUIET_HOURS: '',
      BROADCAST_PROGRESS_SECONDS: '10',
      OUTBOX_POLL_MS: '100',
      ESCALATION_TIME_SCALE: String(DEADLINE_MS / 600_000),
      BURST_ALERTS: '1000000',
    };
    worker = await startBroadcastWorker({ db: db.db, env, cap, author: seeded.author, unitId: seeded.audienceRoot });
    const rss = processRssSampler({ bot: bot.pid, worker: worker.pid, fakes: fakes.pid, bench: process.pid });
    const soakFrom = rss.elapsed();
    const sentFrom = worker.sent();
    // Raised through the soak so that every alert's first two deadlines fall inside it.
    const raising = raiseAlertsOver(db.db, seeded.alertUnits, o.alerts, Math.max(0, o.seconds * 1000 - 2 * DEADLINE_MS - 10_000));
    const minutes: SoakMinute[] = [];
    for (let m = 0; m * 60 < o.seconds; m++) {
      const from = Date.now();
      const sentBefore = worker.sent();
      const t0 = performance.now();
      const r = await load.run({ mode: 'open', rate: offered, concurrency: 64, warmupMs: 0, durationMs: Math.min(60, o.seconds - m * 60) * 1000 });
      const minute = minuteOf(r, from, (worker.sent() - sentBefore) / ((performance.now() - t0) / 1000), rss.now());
      minutes.push(minute);
      console.error(
        `  soak minute ${m + 1}: intake p99 ${minute.intakeP99Ms.toFixed(0)} ms, broadcast ${minute.broadcastPerSecond.toFixed(1)}/s, load ${minute.loadAverage.toFixed(1)}`,
      );
    }
    const soakMs = { from: soakFrom, to: rss.elapsed() };
    const sentAfter = worker.sent();
    rss.stop();
    const raised = await raising;
    const fired = await waitForFirstDeadlines(db.db, raised.ids);
    const broadcastPerSecond = (sentAfter - sentFrom) / ((soakMs.to - soakMs.from) / 1000);
    const rejected = worker.rejected();
    const firstSendAfterSeconds = worker.firstSendAfterSeconds;
    const b = await worker.stop();
    worker = null;
    const repliesLeft = await drainedReplies(db.db);
    await bot.stop();
    bot = null;
    const [rows] = await db.db.select({ n: count() }).from(processedUpdates);
    const alerts = alertLossAndDuplicates(raised.ids, fired);
    const result: SoakResult = {
      seconds: o.seconds,
      cap,
      intake: { saturatedPerSecond: saturated, offered, idleP99Ms: quantile(sortNumbers(idle.latenciesMs), 0.99), idleSeconds: o.idleSeconds },
      minutes,
      fired,
      soakMs,
      rss: rss.samples,
      broadcast: {
        perSecond: broadcastPerSecond,
        rejected,
        peakWorkerRssMb: b.peakRssMb,
        firstSendAfterSeconds,
        recipients: o.recipients,
      },
      checks: {
        intakeLost: Math.max(0, load.answered() - rows!.n),
        repliesLeft: repliesLeft.left,
        broadcastSentRows: b.sentRows,
        broadcastLost: b.lost,
        broadcastDuplicated: b.duplicated,
        alertsRaised: raised.ids.length,
        alertsNotRaised: raised.failed,
        alertsLost: alerts.lost,
        deadlinesDuplicated: alerts.duplicated,
      },
      notes: [
        `load average at the end ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} (${USERS.telegram} Telegram + ${USERS.zalo} Zalo users; ${o.recipients.toLocaleString('en')} recipients)`,
        `intake answers other than 200 over the soak: ${JSON.stringify(refusedTotal(minutes))}`,
        `replies still queued at the end: ${repliesLeft.left} (${repliesLeft.retried} failed at least once; oldest written ${repliesLeft.oldestSeconds.toFixed(0)} s before)`,
        ...(raised.firstError ? [`first alert that could not be raised: ${raised.firstError}`] : []),
      ],
    };
    return formatSoak(result);
  } finally {
    await worker?.close();
    await bot?.stop();
    await fakes.stop();
    await db.drop();
    await redis.stop();
  }
}

/** Intake users, the broadcast audience (an author and `recipients` − 1 Telegram collaborators), the alert units. */
async function seed(db: Db, recipients: number) {
  await seedUsers(db, USERS);
  const tree = await seedProvince(db, 10, 10);
  const author = await addPerson(db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram', accountId: '5999999999' });
  await seedPeople(db, tree.communes, recipients - 1, { channel: 'telegram', firstExternalId: 5_000_000_000 });
  const alertUnits = await seedAlertUnits(db, 100, () => 10);
  await db.execute(sql`analyze`);
  return { author, audienceRoot: tree.root.id, alertUnits };
}

/** Waits (at most two deadlines) until every alert's first deadline has fired; returns every deadline fired. */
async function waitForFirstDeadlines(db: Db, ids: readonly string[]) {
  const end = Date.now() + 2 * DEADLINE_MS;
  for (;;) {
    const fired = await firedDeadlines(db);
    const first = new Set(fired.filter((f) => f.fromStep === 0).map((f) => f.hotSpotId));
    if (ids.every((id) => first.has(id)) || Date.now() > end) return fired;
    await new Promise((r) => setTimeout(r, 500));
  }
}
