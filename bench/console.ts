import { performance } from 'node:perf_hooks';
import { Hono } from 'hono';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { createConsoleApp } from '../bot/console/app.js';
import { issueLoginToken } from '../core/console/sessions.js';
import { silentLogger } from '../core/kernel/logger.js';
import { loadConfig } from '../core/platform/config.js';
import { schema, type Db } from '../db/client.js';
import { PREPARED_CONNECTION, preparing } from '../db/prepared.js';
import { createBenchDatabase } from './lib/database.js';
import { seedConsoleProvince } from './lib/console-seed.js';
import { quantile, sortNumbers, type Figure } from './lib/stats.js';

/**
 * DESIGN §7 console target: with 100k reports, 10k alerts and 5k people, every page and a
 * month's export render server-side with p95 ≤ 200 ms. Requests go through the real console app
 * (session, CSRF-free GETs, scope, rendering) as the province's official, the widest scope.
 * Prints the indexes of the tables read and the EXPLAIN ANALYZE of the slowest page's slowest query.
 */
export interface ConsoleBenchResult {
  figures: Figure[];
  explain: string;
  indexes: string;
  seedSeconds: number;
}

interface Captured {
  query: string;
  params: unknown[];
}

export async function runConsoleBench(n: {
  reports: number;
  alerts: number;
  people: number;
  rounds: number;
  /** Only the pages whose names contain one of these (BENCH_CONSOLE_PAGES=export); all when empty. */
  pages?: string[];
}): Promise<ConsoleBenchResult> {
  const bench = await createBenchDatabase({ prefix: 'dlxh_bench_console' });
  const started = performance.now();
  const seed = await seedConsoleProvince(bench.db, { ...n, communes: 100 });
  const seedSeconds = (performance.now() - started) / 1000;
  const capture: { on: boolean; list: Captured[] } = { on: false, list: [] };
  const client = postgres(bench.url, {
    max: 10,
    onnotice: () => {},
    connection: PREPARED_CONNECTION,
    debug: (_conn, query, params) => {
      if (capture.on) capture.list.push({ query, params: params as unknown[] });
    },
  });
  // As db/client.ts opens it: parameterised statements prepared (db/prepared.ts).
  const db = drizzle(preparing(client), { schema }) as unknown as Db;
  const config = loadConfig({ MAP_TILE_URL: '', LOG_LEVEL: 'silent' });
  const app = new Hono().route('/console', createConsoleApp({ db, config, logger: silentLogger }));
  try {
    const cookie = await login(app, db, seed.officialId);
    const month = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 7);
    const [hs] = (await client`select id from hot_spots order by created_at desc limit 1`) as unknown as { id: string }[];
    const [rep] = (await client`select id from reports order by submitted_at desc limit 1`) as unknown as { id: string }[];
    const pages: Record<string, string> = {
      'Tổng quan': '/console',
      'Điểm nóng (list + filters)': '/console/hot-spots',
      'Điểm nóng: map points (all statuses)': '/console/hot-spots/points?status=',
      'Điểm nóng: detail': `/console/hot-spots/${hs!.id}`,
      'Báo cáo (newest page)': '/console/reports',
      'Báo cáo: search "boi thuong"': '/console/reports?q=boi+thuong',
      'Báo cáo: search with a typo "boi thuongg dat"': '/console/reports?q=boi+thuongg+dat',
      'Báo cáo: detail': `/console/reports/${rep!.id}`,
      'Tiến độ': '/console/progress',
      'Định hướng': '/console/guidance',
      'Định hướng: detail': '/console/guidance/00000000-0000-4000-8000-0000000000b1',
      'Thăm dò: results': '/console/polls/00000000-0000-4000-8000-0000000000c1',
      'Xu hướng': '/console/trends',
      'Tổng hợp': '/console/synthesis',
      'Mạng lưới': '/console/network',
      [`export CSV, month ${month}`]: `/console/reports/export.csv?period=${month}`,
      [`export XLSX, month ${month}`]: `/console/reports/export.xlsx?period=${month}`,
    };
    const figures: Figure[] = [];
    let slowest = { name: '', path: '', p95: -1 };
    for (const [name, path] of Object.entries(pages).filter(([name]) => chosen(name, n.pages))) {
      const times: number[] = [];
      let cpu = process.cpuUsage();
      for (let i = 0; i < n.rounds + 2; i++) {
        if (i === 2) cpu = process.cpuUsage();
        const t0 = performance.now();
        const res = await app.request(`http://bench${path}`, { headers: { cookie, host: 'bench' } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
        if (i >= 2) times.push(performance.now() - t0);
      }
      const used = process.cpuUsage(cpu);
      // CPU of this process per request (rendering, drivers): moves less with the machine's load than the times do.
      const cpuMs = (used.user + used.system) / 1000 / n.rounds;
      const sorted = sortNumbers(times);
      const p95 = quantile(sorted, 0.95);
      figures.push({
        what: `${name} p95 (p50 ${quantile(sorted, 0.5).toFixed(0)} ms, CPU ${cpuMs.toFixed(1)} ms)`,
        value: p95,
        unit: 'ms',
        target: 200,
        direction: 'max',
      });
      if (p95 > slowest.p95) slowest = { name, path, p95 };
    }
    capture.on = true;
    await (await app.request(`http://bench${slowest.path}`, { headers: { cookie, host: 'bench' } })).arrayBuffer();
    capture.on = false;
    return { figures, explain: `slowest page: ${slowest.name}\n${await explainSlowest(client, capture.list)}`, indexes: await indexes(client), seedSeconds };
  } finally {
    await client.end({ timeout: 5 });
    await bench.drop();
  }
}

const chosen = (name: string, pages: string[] | undefined) => !pages?.length || pages.some((p) => name.toLowerCase().includes(p.toLowerCase()));

async function login(app: Hono, db: Db, personId: string): Promise<string> {
  const r = await db.transaction((tx) => issueLoginToken(tx, personId, { linkMinutes: 10, idleMinutes: 600, sessionHours: 12 }, new Date()));
  if (!r.ok) throw new Error('no login link');
  const res = await app.request(`http://bench/console/login/${r.token}`, { method: 'POST', headers: { host: 'bench', origin: 'http://bench' } });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** EXPLAIN ANALYZE of every read the page made; the plan of the slowest one. */
async function explainSlowest(client: postgres.Sql, list: Captured[]): Promise<string> {
  let worst = { ms: -1, plan: '' };
  for (const q of list.filter((x) => /^\s*(select|with|\()/i.test(x.query))) {
    const rows = (await client.unsafe(`explain (analyze, buffers) ${q.query}`, q.params as never[])) as unknown as Record<string, string>[];
    const plan = rows.map((r) => Object.values(r)[0]).join('\n');
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
    if (ms > worst.ms) worst = { ms, plan: `${q.query.replace(/\s+/g, ' ').slice(0, 600)}\n${plan}` };
  }
  return worst.plan;
}

async function indexes(client: postgres.Sql): Promise<string> {
  const rows = (await client`
    select tablename, indexdef from pg_indexes
    where tablename in ('reports', 'report_issues', 'opinion_streams', 'hot_spots', 'hot_spot_events', 'search_docs', 'units', 'people', 'sends', 'console_sessions')
    order by tablename, indexname`) as unknown as { tablename: string; indexdef: string }[];
  return rows.map((r) => `  ${r.indexdef}`).join('\n');
}
