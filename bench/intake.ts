import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { count } from 'drizzle-orm';
import { silentLogger } from '../core/kernel/logger.js';
import { processedUpdates } from '../db/schema/index.js';
import { resolveRedis } from '../bot/setup/redis.js';
import { createBenchDatabase } from './lib/database.js';
import { startIntakeServer } from './lib/intake-server.js';
import { runLoadProcess, startFakesProcess } from './lib/load.js';
import type { LoadResult, LoadSpec } from './lib/load-child.js';
import { measureInsertCeiling } from './lib/pg-ceiling.js';
import { startCostMeter } from './lib/cost-meter.js';
import { startCpuProfile } from './lib/cpu-profile.js';
import { startIntakeTrace } from './lib/intake-trace.js';
import { seedUsers } from './lib/seed-users.js';
import { startPeer } from './peer/peer.js';
import { formatFigures, quantile, rssSampler, sortNumbers, type Figure } from './lib/stats.js';

export interface IntakeBenchOptions {
  telegramUsers?: number;
  zaloUsers?: number;
  /** Requests in flight in the saturation phase (and connections in the paced one). */
  concurrency?: number;
  /** Offered rate of the paced phase (updates/s), capped at 80 % of the saturated rate; latency is measured there. */
  rate?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** Database pool size, as in production (bot/main opens 10). */
  pool?: number;
  /** Alternating saturated rounds against the plain grammY peer (0: no peer). */
  peerRounds?: number;
  /** Length of each peer / dlxh-bot round (s). */
  roundSeconds?: number;
  /** A round of each before the counted ones (s; 0: none), so the rounds compare warm processes. */
  warmupRoundSeconds?: number;
  /** Offered rate at which peer and dlxh-bot latency are compared (open loop, Telegram only). */
  compareRate?: number;
  /** The peer answers with grammY's webhook reply (the reply in the webhook response) instead of a Bot API call. */
  peerWebhookReply?: boolean;
}

/** One saturated round of one contender, with what each update cost. */
export interface RoundFigures {
  who: 'peer' | 'dlxh';
  perSecond: number;
  p99Ms: number;
  cpuMs: number;
  pgBackendCpuMs: number;
  pgRoundTrips: number;
  updates: number;
  okAll: number;
}

export interface PeerComparison {
  /** The peer answered through grammY's webhook reply. */
  webhookReply: boolean;
  /** The uncounted first round of each (peer, dlxh), or none. */
  warmup: RoundFigures[];
  rounds: RoundFigures[][];
  /** dlxh-bot's rate / the peer's in the same round, per round. */
  ratios: number[];
  paced: { rate: number; peer: PhaseFigures; dlxh: PhaseFigures };
}

export interface PhaseFigures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  /** 2xx answers in the whole run, warm-up included (each must be a committed update). */
  okAll: number;
  fairness: LoadResult['fairness'];
}

export interface IntakeBenchResult {
  users: { telegram: number; zalo: number };
  saturated: PhaseFigures;
  paced: PhaseFigures & { offered: number; commitP50Ms: number; commitP99Ms: number };
  ceilingPerSecond: number;
  ratio: number;
  committed: { answered2xx: number; rows: number; lost: number };
  throttled: number;
  /** Per update handled in the saturated phase (every outcome): CPU of this (the bot) process, of the Postgres backends, socket writes (round trips). */
  perUpdate: { cpuMs: number; pgBackendCpuMs: number; pgRoundTrips: number; redisRoundTrips: number; updates: number };
  peakRssMb: number;
  postgres: Record<string, string>;
  peer: PeerComparison | null;
}

export const INTAKE_TARGETS = {
  perSecond: 1000,
  p99Ms: 50,
  ratio: 0.5,
  cpuMs: 0.8,
  pgCpuMs: 0.6,
  pgRoundTrips: 4,
  peerRatio: 1,
  peerP99Ratio: 1.2,
  fairness: 2,
} as const;

const TG_SECRET = `bench${randomBytes(8).toString('hex')}`;
const OA_KEY = `oa${randomBytes(8).toString('hex')}`;

/**
 * Intake: signed Telegram- and Zalo-shaped webhook updates from many registered users, through
 * the HTTP server and the intake engine, to committed state. Phase 1 saturates the server
 * (closed loop) for its sustained rate; phase 2 offers a fixed rate (open loop) for latency;
 * phase 3 measures the raw Postgres ceiling on the same pool. Load comes from a separate
 * process (undici Pool), fake platform APIs from another, the server runs here.
 */
export async function runIntakeBench(o: IntakeBenchOptions = {}): Promise<IntakeBenchResult> {
  const users = { telegram: o.telegramUsers ?? 3500, zalo: o.zaloUsers ?? 1500 };
  const concurrency = o.concurrency ?? 32;
  const seconds = o.seconds ?? 15;
  const warmup = (o.warmupSeconds ?? 3) * 1000;
  const db = await createBenchDatabase({ max: o.pool ?? 10 });
  const dbName = new URL(db.url).pathname.slice(1);
  const redis = await resolveRedis({ url: process.env.REDIS_URL, dataDir: mkdtempSync(join(tmpdir(), 'dlxh-bench-')), logger: silentLogger });
  const fakes = await startFakesProcess();
  const rss = rssSampler();
  let server: Awaited<ReturnType<typeof startIntakeServer>> | null = null;
  let trace: ReturnType<typeof startIntakeTrace> | null = null;
  try {
    await seedUsers(db.db, users);
    server = await startIntakeServer({
      db: db.db,
      redisUrl: redis.url,
      prefix: `bi${randomBytes(3).toString('hex')}`,
      limits: { FLOOD_BURST: 20, FLOOD_PER_MINUTE: 30, INVITE_CHECKS_PER_ACCOUNT_HOUR: 10, INVITE_CHECKS_PER_PREFIX_HOUR: 30, INVITE_CHECKS_PER_HOUR: 2000 },
      telegram: { ...fakes.telegram, secret: TG_SECRET },
      zalo: { ...fakes.zalo, oaSecretKey: OA_KEY },
    });
    const base: Omit<LoadSpec, 'mode' | 'firstSeq'> = {
      url: server.url,
      concurrency,
      warmupMs: warmup,
      durationMs: seconds * 1000,
      users,
      telegramSecret: TG_SECRET,
      zalo: { appId: fakes.zalo.appId, oaSecretKey: OA_KEY },
    };
    const s = server;
    trace = startIntakeTrace(process.env.BENCH_INTAKE_TRACE, db.db, {
      inIntake: s.inIntake,
      held: s.held,
      outcomes: () => ({ ...s.outcomes }),
      drained: s.drained,
      commits: () => s.samples,
    });
    const ports = { pgPort: Number(new URL(db.url).port || 5432), redisPort: Number(new URL(redis.url).port || 6379) };
    const ours = server;
    let seq = 1;
    let peerComparison: PeerComparison | null = null;
    if ((o.peerRounds ?? 3) > 0) {
      const peer = await startPeer({ apiRoot: fakes.telegram.url, token: fakes.telegram.token, secret: TG_SECRET, webhookReply: o.peerWebhookReply ?? false });
      try {
        // The peer speaks Telegram only: both get the same Telegram users, in turns, from the same load process.
        const tgOnly = { ...base, users: { telegram: users.telegram, zalo: 0 }, durationMs: (o.roundSeconds ?? seconds) * 1000 };
        const round = async (who: 'peer' | 'dlxh', durationMs = tgOnly.durationMs, label = 'round'): Promise<RoundFigures> => {
          trace!.phase(`${label} ${who}`);
          const meter = await startCostMeter({
            db: db.db,
            database: who === 'peer' ? peer.database : dbName,
            ...ports,
            pid: who === 'peer' ? peer.pid : undefined,
          });
          const before = who === 'peer' ? await peer.count('start') : { updates: handled(ours.outcomes) };
          // BENCH_CPU_PROFILE_ROUNDS=file: this process's profile over the dlxh-bot rounds (Telegram only; the last round's is kept).
          const profile = await startCpuProfile(who === 'dlxh' ? process.env.BENCH_CPU_PROFILE_ROUNDS : undefined);
          const run = await runLoadProcess({ ...tgOnly, durationMs, url: who === 'peer' ? peer.url : ours.url, mode: 'closed', firstSeq: seq });
          await profile.stop();
          seq = run.lastSeq + 1;
          const cost = await meter.stop();
          const after = who === 'peer' ? await peer.count('stop') : { updates: handled(ours.outcomes) - before.updates, pgWrites: cost.pgWrites };
          const f = phase(run);
          return {
            who,
            perSecond: f.perSecond,
            p99Ms: f.p99Ms,
            cpuMs: cost.cpuMs / after.updates,
            pgBackendCpuMs: cost.pgBackendCpuMs / after.updates,
            pgRoundTrips: after.pgWrites / after.updates,
            updates: after.updates,
            okAll: run.okAll,
          };
        };
        // Both processes start cold (JIT, pools, statements prepared per connection); the first round used to be
        // dlxh-bot's dearest by far (CPU 2.64 → 1.47 → 1.26 ms/update), so one short round of each is run first and
        // printed apart, not counted.
        const warmupMs = (o.warmupRoundSeconds ?? 5) * 1000;
        const warmupRounds: RoundFigures[] = [];
        if (warmupMs > 0) for (const who of ['peer', 'dlxh'] as const) warmupRounds.push(await round(who, warmupMs, 'warm-up'));
        const rounds: RoundFigures[][] = [];
        for (let i = 0; i < (o.peerRounds ?? 3); i++) {
          // Alternating which goes first, so a drift in the machine's load hits both alike.
          const pair = i % 2 === 0 ? [await round('peer'), await round('dlxh')] : [await round('dlxh'), await round('peer')];
          rounds.push(pair.sort((a) => (a.who === 'peer' ? -1 : 1)));
        }
        const compareRate = o.compareRate ?? 60;
        const paced = async (url: string) => {
          trace!.phase(url === peer.url ? 'paced peer' : 'paced dlxh');
          const run = await runLoadProcess({ ...tgOnly, url, mode: 'open', rate: compareRate, concurrency: Math.max(concurrency, 64), firstSeq: seq });
          seq = run.lastSeq + 1;
          return phase(run);
        };
        const pacedPeer = await paced(peer.url);
        const pacedOurs = await paced(ours.url);
        peerComparison = {
          webhookReply: o.peerWebhookReply ?? false,
          warmup: warmupRounds,
          rounds,
          ratios: rounds.map(([p, d]) => d!.perSecond / p!.perSecond),
          paced: { rate: compareRate, peer: pacedPeer, dlxh: pacedOurs },
        };
      } finally {
        await peer.stop();
      }
    }
    trace.phase('saturated');
    const meter = await startCostMeter({ db: db.db, database: dbName, ...ports });
    const handledBefore = handled(server.outcomes);
    const profile = await startCpuProfile(process.env.BENCH_CPU_PROFILE);
    const saturatedRun = await runLoadProcess({ ...base, mode: 'closed', firstSeq: seq });
    const cost = await meter.stop();
    await profile.stop();
    const updates = handled(server.outcomes) - handledBefore;
    server.samples.length = 0;
    // Latency is measured at a rate the server can sustain: the target rate, or 80 % of the saturated rate when that is lower (beyond it a queue only grows).
    const offered = Math.max(10, Math.min(o.rate ?? INTAKE_TARGETS.perSecond, Math.floor(0.8 * (saturatedRun.okInWindow / seconds))));
    trace.phase('paced');
    const pacedRun = await runLoadProcess({ ...base, mode: 'open', rate: offered, concurrency: Math.max(concurrency, 64), firstSeq: saturatedRun.lastSeq + 1 });
    const commits = sortNumbers(server.samples);
    const [rows] = await db.db.select({ n: count() }).from(processedUpdates);
    trace.phase('ceiling');
    const ceiling = await measureInsertCeiling(db.db, { concurrency, warmupMs: warmup, durationMs: seconds * 1000 });
    const saturated = phase(saturatedRun);
    const comparedOk = peerComparison
      ? [...peerComparison.rounds.map(([, d]) => d!), ...peerComparison.warmup.filter((f) => f.who === 'dlxh')].reduce((n, d) => n + d.okAll, 0) +
        peerComparison.paced.dlxh.okAll
      : 0;
    const answered2xx = saturatedRun.okAll + pacedRun.okAll + comparedOk;
    return {
      users,
      saturated,
      paced: { ...phase(pacedRun), offered, commitP50Ms: quantile(commits, 0.5), commitP99Ms: quantile(commits, 0.99) },
      ceilingPerSecond: ceiling.perSecond,
      ratio: saturated.perSecond / ceiling.perSecond,
      // Every 2xx must be a committed update; a row more is an update committed whose answer was lost (the platform would redeliver: a no-op).
      committed: { answered2xx, rows: rows!.n, lost: Math.max(0, answered2xx - rows!.n) },
      peer: peerComparison,
      throttled: server.outcomes.throttled,
      perUpdate: {
        cpuMs: cost.cpuMs / updates,
        pgBackendCpuMs: cost.pgBackendCpuMs / updates,
        pgRoundTrips: cost.pgWrites / updates,
        redisRoundTrips: cost.redisWrites / updates,
        updates,
      },
      peakRssMb: rss.stop(),
      postgres: db.settings,
    };
  } finally {
    trace?.stop();
    rss.stop();
    await server?.close();
    await fakes.stop();
    await db.drop();
    await redis.stop();
  }
}

const handled = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

function phase(r: LoadResult): PhaseFigures {
  const sorted = sortNumbers(r.latenciesMs);
  return {
    perSecond: r.okInWindow / (r.measuredMs / 1000),
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    statuses: r.statuses,
    okAll: r.okAll,
    fairness: r.fairness,
  };
}

export function intakeFigures(r: IntakeBenchResult): Figure[] {
  return [
    { what: 'sustained rate (saturated, closed loop)', value: r.saturated.perSecond, unit: 'upd/s', target: INTAKE_TARGETS.perSecond, direction: 'min' },
    { what: `  latency p50 at saturation`, value: r.saturated.p50Ms, unit: 'ms', target: null, direction: 'max' },
    { what: `  latency p99 at saturation`, value: r.saturated.p99Ms, unit: 'ms', target: null, direction: 'max' },
    {
      what: `  worst user's p99 / overall p99 (${r.saturated.fairness.users} users, ${r.saturated.fairness.samplesPerUserMedian} each)`,
      value: r.saturated.fairness.worstUserP99Ms / r.saturated.p99Ms,
      unit: '',
      target: INTAKE_TARGETS.fairness,
      direction: 'max',
    },
    { what: `rate achieved at ${r.paced.offered}/s offered (open loop)`, value: r.paced.perSecond, unit: 'upd/s', target: null, direction: 'min' },
    { what: '  latency p50, HTTP round trip incl. reply', value: r.paced.p50Ms, unit: 'ms', target: null, direction: 'max' },
    { what: '  latency p99, HTTP round trip incl. reply', value: r.paced.p99Ms, unit: 'ms', target: INTAKE_TARGETS.p99Ms, direction: 'max' },
    { what: '  intake → commit p50 (server side)', value: r.paced.commitP50Ms, unit: 'ms', target: null, direction: 'max' },
    { what: '  intake → commit p99 (server side)', value: r.paced.commitP99Ms, unit: 'ms', target: INTAKE_TARGETS.p99Ms, direction: 'max' },
    { what: 'raw Postgres single-row transactions', value: r.ceilingPerSecond, unit: 'tx/s', target: null, direction: 'min' },
    { what: 'intake / raw Postgres', value: r.ratio, unit: '', target: INTAKE_TARGETS.ratio, direction: 'min' },
    {
      what: `CPU per update, bot process (${r.perUpdate.updates} updates)`,
      value: r.perUpdate.cpuMs,
      unit: 'ms',
      target: INTAKE_TARGETS.cpuMs,
      direction: 'max',
    },
    { what: 'CPU per update, Postgres backends', value: r.perUpdate.pgBackendCpuMs, unit: 'ms', target: INTAKE_TARGETS.pgCpuMs, direction: 'max' },
    { what: 'Postgres round trips per update', value: r.perUpdate.pgRoundTrips, unit: '', target: INTAKE_TARGETS.pgRoundTrips, direction: 'max' },
    { what: 'Redis socket writes per update', value: r.perUpdate.redisRoundTrips, unit: '', target: null, direction: 'max' },
    { what: '2xx answers without a committed update (lost)', value: r.committed.lost, unit: '', target: 0, direction: 'max' },
    // Informational: the 250 MB target is for bot + workers during a 100k broadcast (broadcast bench). This process also seeds and measures.
    { what: 'peak RSS, bot process (incl. seeding and measuring)', value: r.peakRssMb, unit: 'MB', target: null, direction: 'max' },
  ];
}

const median = (xs: number[]) => quantile(sortNumbers(xs), 0.5);

export function peerFigures(c: PeerComparison): Figure[] {
  const peers = c.rounds.map(([p]) => p!);
  const ours = c.rounds.map(([, d]) => d!);
  const med = (xs: RoundFigures[], k: 'cpuMs' | 'pgBackendCpuMs' | 'pgRoundTrips') => median(xs.map((x) => x[k]));
  return [
    {
      what: `dlxh-bot / peer rate, median of ${c.rounds.length} rounds`,
      value: median(c.ratios),
      unit: '',
      target: INTAKE_TARGETS.peerRatio,
      direction: 'min',
    },
    { what: '  CPU per update, peer process', value: med(peers, 'cpuMs'), unit: 'ms', target: null, direction: 'max' },
    { what: '  CPU per update, dlxh-bot process', value: med(ours, 'cpuMs'), unit: 'ms', target: INTAKE_TARGETS.cpuMs, direction: 'max' },
    { what: '  Postgres backend CPU per update, peer', value: med(peers, 'pgBackendCpuMs'), unit: 'ms', target: null, direction: 'max' },
    { what: '  Postgres backend CPU per update, dlxh-bot', value: med(ours, 'pgBackendCpuMs'), unit: 'ms', target: INTAKE_TARGETS.pgCpuMs, direction: 'max' },
    { what: '  Postgres round trips per update, peer', value: med(peers, 'pgRoundTrips'), unit: '', target: null, direction: 'max' },
    { what: '  Postgres round trips per update, dlxh-bot', value: med(ours, 'pgRoundTrips'), unit: '', target: INTAKE_TARGETS.pgRoundTrips, direction: 'max' },
    { what: `p99 at ${c.paced.rate}/s offered, peer`, value: c.paced.peer.p99Ms, unit: 'ms', target: null, direction: 'max' },
    { what: `p99 at ${c.paced.rate}/s offered, dlxh-bot`, value: c.paced.dlxh.p99Ms, unit: 'ms', target: null, direction: 'max' },
    { what: '  dlxh-bot p99 / peer p99', value: c.paced.dlxh.p99Ms / c.paced.peer.p99Ms, unit: '', target: INTAKE_TARGETS.peerP99Ratio, direction: 'max' },
  ];
}

function roundLines(c: PeerComparison): string[] {
  const n = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
  const line = (f: RoundFigures) =>
    `${f.who.padEnd(5)} ${Math.round(f.perSecond).toLocaleString('en').padStart(6)} upd/s  p99 ${n(f.p99Ms, 1).padStart(6)} ms  CPU ${n(f.cpuMs)} ms  PG CPU ${n(f.pgBackendCpuMs)} ms  PG round trips ${n(f.pgRoundTrips)}  (${f.updates} updates)`;
  const warmup = c.warmup.map((f, i) => `    ${i === 0 ? 'warm-up' : '       '}  ${line(f)}   (not counted)`);
  return [...warmup, ...c.rounds.flatMap(([p, d], i) => [`    round ${i + 1}  ${line(p!)}`, `             ${line(d!)}   ratio ${n(c.ratios[i]!)}`])];
}

export function formatIntakeBench(r: IntakeBenchResult): string {
  const head = `intake bench — ${r.users.telegram} Telegram + ${r.users.zalo} Zalo OA users; Postgres ${r.postgres.server_version} (synchronous_commit=${r.postgres.synchronous_commit}, fsync=${r.postgres.fsync})`;
  const tail = `  statuses: saturated ${JSON.stringify(r.saturated.statuses)}, paced ${JSON.stringify(r.paced.statuses)}; throttled ${r.throttled}; committed rows ${r.committed.rows} for ${r.committed.answered2xx} 2xx`;
  const peer = r.peer
    ? `\n${formatFigures(`against the plain grammY peer (bench/peer: webhookCallback on node:http, sessions in Postgres${r.peer.webhookReply ? ', replies as webhook replies' : ''}) — ${r.users.telegram} Telegram users, saturated rounds alternating, 32 in flight`, peerFigures(r.peer))}\n${roundLines(r.peer).join('\n')}`
    : '';
  return `${formatFigures(head, intakeFigures(r))}\n${tail}${peer}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runIntakeBench().then(
    (r) => console.log(formatIntakeBench(r)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
