import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { and, eq, inArray } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database, type Db } from '../db/client.js';
import { channelAccounts, hotSpotEvents, people, units } from '../db/schema/index.js';
import type { ChannelAdapter } from '../core/kernel/channel.js';
import { loadConfig } from '../core/platform/config.js';
import { createHotSpot } from '../core/hot-spots/create.js';
import { silentLogger } from '../core/kernel/logger.js';
import { resolveRedis } from '../bot/setup/redis.js';
import { startWorkers } from '../workers/start.js';

export interface EscalationBenchResult {
  alerts: number;
  /** Deadlines that fired and were measured (one per alert: its first level's). */
  deadlines: number;
  /** When the measured deadlines fell due: first and last, relative to the workers' start. */
  windowMs: { from: number; to: number } | null;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  peakRssMb: number;
  targetP99Ms: number;
  database: 'postgres' | 'pglite';
}

export interface EscalationBenchOptions {
  alerts?: number;
  communes?: number;
  /** Acknowledgement window of the first commune (severity 4's 10 minutes, scaled). */
  deadlineMs?: number;
  /** The deadlines are staggered: commune i's window is deadlineMs + i × staggerMs. */
  staggerMs?: number;
}

const TARGET_P99_MS = 1_000;

/**
 * 1,000 open alerts with staggered deadlines, nobody acknowledging. The alerts are raised
 * first (their jobs wait in the outbox); then the workers start, notify every commune and arm
 * the deadlines: 20 s plus a per-commune offset (100 communes, 200 ms apart), so ~1,000
 * deadlines fall due over ~20 s. Lateness = when the deadline job started − the deadline, as
 * the escalation records it, for each alert's first level (commune → province, which queues the
 * province officials' notifications). The real pipeline runs: outbox → relay → BullMQ delayed
 * jobs → alerts worker → send lane, on Postgres (DATABASE_URL, else the local server, else
 * PGlite) and Redis (REDIS_URL, else local, else a private redis-server).
 */
export async function runEscalationBench(opts: EscalationBenchOptions = {}): Promise<EscalationBenchResult> {
  const n = opts.alerts ?? 1000;
  const deadlineMs = opts.deadlineMs ?? 20_000;
  const staggerMs = opts.staggerMs ?? 200;
  const store = await benchDatabase();
  const redis = await resolveRedis({ url: process.env.REDIS_URL, dataDir: mkdtempSync(join(tmpdir(), 'dlxh-bench-')), logger: silentLogger });
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    ESCALATION_TIME_SCALE: String(deadlineMs / 600_000),
    BURST_ALERTS: '1000000',
    OUTBOX_POLL_MS: '100',
  });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  let workers: Awaited<ReturnType<typeof startWorkers>> | null = null;
  try {
    const { communes, reporters } = await seedAlertUnits(store.db, opts.communes ?? 100, (i) => 10 + (i * staggerMs) / (deadlineMs / 10));
    const ids = await raiseAll(store.db, n, (i) => ({ reporter: reporters[i % reporters.length]!, unitId: communes[i % communes.length]! }));
    const startedAt = Date.now();
    workers = await startWorkers({
      db: store.db,
      config,
      redisUrl: redis.url,
      channels: { sandbox: nullChannel() },
      logger: silentLogger,
      prefix: `bench${randomBytes(3).toString('hex')}`,
    });
    const fired = await collectFirstDeadlines(store.db, ids, deadlineMs + (opts.communes ?? 100) * staggerMs + 120_000);
    const late = fired.map((f) => f.lateMs).sort((a, b) => a - b);
    const due = fired.map((f) => f.deadline);
    return {
      alerts: n,
      deadlines: late.length,
      windowMs: due.length ? { from: Math.min(...due) - startedAt, to: Math.max(...due) - startedAt } : null,
      p50Ms: quantile(late, 0.5),
      p99Ms: quantile(late, 0.99),
      maxMs: late.at(-1) ?? NaN,
      peakRssMb: Math.round(peak / 1048576),
      targetP99Ms: TARGET_P99_MS,
      database: store.kind,
    };
  } finally {
    clearInterval(sampler);
    await workers?.stop();
    await store.close();
    await redis.stop();
  }
}

/** Root → province → `communeCount` communes (commune i acknowledges severity 4 within minutesOf(i)), one sandbox official per unit, one reporter per commune. */
export async function seedAlertUnits(db: Db, communeCount: number, minutesOf: (i: number) => number): Promise<{ communes: string[]; reporters: string[] }> {
  const root = randomUUID();
  const province = randomUUID();
  const tag = randomBytes(3).toString('hex');
  const communes = Array.from({ length: communeCount }, () => randomUUID());
  await db.insert(units).values([
    { id: root, code: `B-TW-${tag}`, name: 'Trung ương', path: `/${root}/` },
    { id: province, code: `B-T-${tag}`, name: 'Tỉnh', parentId: root, path: `/${root}/${province}/` },
    ...communes.map((id, i) => ({
      id,
      code: `B-X${i}-${tag}`,
      name: `Xã ${i}`,
      parentId: province,
      path: `/${root}/${province}/${id}/`,
      escalationPolicy: { '4': minutesOf(i) },
    })),
  ]);
  const unitIds = [root, province, ...communes];
  const officials = await db
    .insert(people)
    .values(unitIds.map((unitId, i) => ({ displayName: `Cán bộ ${i}`, role: 'official' as const, unitId })))
    .returning({ id: people.id });
  await db.insert(channelAccounts).values(officials.map((o, i) => ({ personId: o.id, channel: 'sandbox', externalId: `bench-${tag}-${i}` })));
  const reporters = await db
    .insert(people)
    .values(communes.map((unitId, i) => ({ displayName: `CTV ${i}`, role: 'collaborator' as const, unitId })))
    .returning({ id: people.id });
  return { communes, reporters: reporters.map((r) => r.id) };
}

/** Raises n alerts through the reporting domain call, a few transactions at a time. */
async function raiseAll(db: Db, n: number, who: (i: number) => { reporter: string; unitId: string }): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < n; i = next++) {
        const { reporter, unitId } = who(i);
        ids.push(await raiseAlert(db, reporter, unitId));
      }
    }),
  );
  return ids;
}

/** One severity-4 alert from `reporter` in `unitId`, as the reporting flow raises it; its id. */
export async function raiseAlert(db: Db, reporter: string, unitId: string): Promise<string> {
  const draft = { category: 'khieu_kien', severity: 4, placeText: 'Trụ sở UBND', description: 'Tập trung đông người', media: [] };
  return (await db.transaction((tx) => createHotSpot(tx, draft, { personId: reporter, unitId, channel: 'sandbox' }))).hotSpotId;
}

/** Waits until each alert's first-level deadline has fired; returns when it was due and how late it fired. */
async function collectFirstDeadlines(db: Db, ids: string[], timeoutMs: number): Promise<{ deadline: number; lateMs: number }[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db
      .select({ data: hotSpotEvents.data })
      .from(hotSpotEvents)
      .where(and(eq(hotSpotEvents.kind, 'escalated'), inArray(hotSpotEvents.hotSpotId, ids)));
    const fired = rows
      .map((r) => r.data as { fromStep?: number; lateMs?: number; deadline?: string })
      .filter((d) => d.fromStep === 0 && typeof d.lateMs === 'number' && d.deadline)
      .map((d) => ({ deadline: Date.parse(d.deadline!), lateMs: d.lateMs! }));
    if (fired.length >= ids.length || Date.now() > until) return fired;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function nullChannel(): ChannelAdapter {
  let id = 0;
  return {
    channel: 'sandbox',
    limits: { maxText: 4096, maxCaption: 1024, maxButtons: 8, maxCallbackBytes: 64, supportsLocationRequest: false },
    send: async () => [{ messageId: String(++id) }],
    edit: async () => ({ messageId: String(++id) }),
  };
}

/** A fresh database for the run on BENCH_DATABASE_URL's (or DATABASE_URL's, or the local) server, else in-memory PGlite. */
async function benchDatabase(): Promise<Database & { close(): Promise<void> }> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `dlxh_bench_${randomBytes(4).toString('hex')}`;
  const probe = postgres(admin, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    await probe.unsafe(`create database ${name}`);
  } catch {
    await probe.end();
    const pg = await openDatabase({});
    await pg.migrate();
    return pg;
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 40 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await probe.unsafe(`drop database if exists ${name} with (force)`);
      await probe.end();
    },
  };
}

export function formatEscalationBench(r: EscalationBenchResult): string {
  const w = r.windowMs ? `, due ${(r.windowMs.from / 1000).toFixed(1)}–${(r.windowMs.to / 1000).toFixed(1)} s after the workers started` : '';
  return [
    `escalation timers — ${r.alerts} open alerts, ${r.deadlines} first-level deadlines fired${w} (${r.database})`,
    `  lateness (fired − deadline): p50 ${r.p50Ms} ms · p99 ${r.p99Ms} ms · max ${r.maxMs} ms   target p99 ≤ ${r.targetP99Ms} ms ${r.p99Ms <= r.targetP99Ms ? '✓' : '✗'}`,
    `  peak RSS (one process: workers + relay + load generator): ${r.peakRssMb} MB`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEscalationBench()
    .then((r) => {
      console.log(formatEscalationBench(r));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
