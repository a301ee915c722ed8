import { cpus, totalmem } from 'node:os';
import { runBroadcastBench, runMixedBench, type BroadcastBenchResult } from './broadcast.js';
import type { MixedResult } from './broadcast-mixed.js';
import { runConsoleBench } from './console.js';
import { runEscalationBench, type EscalationBenchResult } from './escalation.js';
import { formatIntakeBench, runIntakeBench } from './intake.js';
import { formatFigures, type Figure } from './lib/stats.js';
import { runSoakBench } from './soak.js';
import { runSurveyBench } from './survey.js';

/**
 * `npm run bench` runs every benchmark; `npm run bench -- intake|escalation|broadcast|broadcast-mixed|console|survey|soak` one.
 * Each prints its figures beside the DESIGN §7 target and the ratio (≥ 1 = met). Figures are
 * printed, never asserted. Environment: BENCH_DATABASE_URL (else TEST_DATABASE_URL, else the
 * local Postgres), REDIS_URL (else local, else a private redis-server); sizes via BENCH_* below.
 */
const env = (key: string, fallback: number) => Number(process.env[key] ?? fallback);

function escalationFigures(r: EscalationBenchResult): Figure[] {
  return [
    { what: `timer lateness p50 (${r.alerts} open alerts)`, value: r.p50Ms, unit: 'ms', target: null, direction: 'max' },
    { what: 'timer lateness p99', value: r.p99Ms, unit: 'ms', target: r.targetP99Ms, direction: 'max' },
    { what: 'timer lateness max', value: r.maxMs, unit: 'ms', target: null, direction: 'max' },
    { what: 'deadlines fired and measured', value: r.deadlines, unit: '', target: r.alerts, direction: 'min' },
    { what: 'peak RSS (workers + load, one process)', value: r.peakRssMb, unit: 'MB', target: 250, direction: 'max' },
  ];
}

function mixedFigures(m: MixedResult, cap: number): Figure[] {
  return [
    {
      what: `broadcast ${m.mixedBroadcastRecipients.toLocaleString('en')} + poll ${m.mixedPollRecipients.toLocaleString('en')} at once: total (cap ${cap}/s)`,
      value: m.mixedRatePerSecond,
      unit: '/s',
      target: cap,
      direction: 'max',
    },
    { what: '  of which broadcast', value: m.mixedBroadcastPerSecond, unit: '/s', target: null, direction: 'max' },
    { what: '  of which poll', value: m.mixedPollPerSecond, unit: '/s', target: null, direction: 'max' },
    { what: '  HTTP 429 received', value: m.mixed429, unit: '', target: 0, direction: 'max' },
  ];
}

/** The proxy's account of each refused send (chat, time, the second before in 100 ms buckets). */
function rejectionLines(m: MixedResult | undefined): string {
  return m?.mixedRejections.length ? `\n  429s (sends in each 100 ms of the second before):\n${m.mixedRejections.map((l) => `    ${l}`).join('\n')}` : '';
}

function broadcastFigures(r: BroadcastBenchResult): Figure[] {
  const deviation = (Math.abs(r.cappedRatePerSecond - r.cappedRate) / r.cappedRate) * 100;
  return [
    { what: `preparation, ${r.recipients.toLocaleString('en')} recipients`, value: r.prepareSeconds, unit: 's', target: 10, direction: 'max' },
    { what: 'sending, cap lifted', value: r.liftedSendsPerSecond, unit: 'sends/s', target: 1000, direction: 'min' },
    { what: '  duplicates', value: r.duplicates, unit: '', target: 0, direction: 'max' },
    { what: `sending at the cap (${r.cappedRate}/s): measured`, value: r.cappedRatePerSecond, unit: '/s', target: null, direction: 'min' },
    { what: '  deviation from the cap', value: deviation, unit: '%', target: 5, direction: 'max' },
    { what: '  HTTP 429 received', value: r.capped429, unit: '', target: 0, direction: 'max' },
    { what: 'peak RSS, worker process', value: r.peakRssMb, unit: 'MB', target: 250, direction: 'max' },
    ...(r.mixed ? mixedFigures(r.mixed, r.cappedRate) : []),
  ];
}

const benches: Record<string, () => Promise<string>> = {
  async intake() {
    const r = await runIntakeBench({
      seconds: env('BENCH_INTAKE_SECONDS', 15),
      concurrency: env('BENCH_INTAKE_CONCURRENCY', 32),
      rate: env('BENCH_INTAKE_RATE', 1000),
      peerRounds: env('BENCH_INTAKE_ROUNDS', 3),
      roundSeconds: env('BENCH_INTAKE_ROUND_SECONDS', env('BENCH_INTAKE_SECONDS', 15)),
      warmupRoundSeconds: env('BENCH_INTAKE_WARMUP_ROUND_SECONDS', 5),
      compareRate: env('BENCH_INTAKE_COMPARE_RATE', 60),
      peerWebhookReply: process.env.BENCH_INTAKE_PEER_WEBHOOK_REPLY === '1',
    });
    return formatIntakeBench(r);
  },
  async escalation() {
    const r = await runEscalationBench({ alerts: env('BENCH_ALERTS', 1000) });
    return formatFigures(`escalation bench — ${r.alerts} open alerts (${r.database})`, escalationFigures(r));
  },
  async broadcast() {
    const r = await runBroadcastBench({
      recipients: env('BENCH_RECIPIENTS', 100_000),
      cappedSeconds: env('BENCH_CAPPED_SECONDS', 60),
      mixedSeconds: env('BENCH_MIXED_SECONDS', 30),
    });
    return formatFigures(`broadcast bench — ${r.recipients.toLocaleString('en')} recipients`, broadcastFigures(r)) + rejectionLines(r.mixed);
  },
  async 'broadcast-mixed'() {
    const cap = 25;
    const r = await runMixedBench({
      recipients: env('BENCH_RECIPIENTS', 100_000),
      seconds: env('BENCH_MIXED_SECONDS', 30),
      pollRecipients: env('BENCH_MIXED_POLL_RECIPIENTS', 5_000),
      cap,
    });
    return formatFigures(`broadcast bench (e) alone — ${r.mixedBroadcastRecipients.toLocaleString('en')} recipients`, mixedFigures(r, cap)) + rejectionLines(r);
  },
  async console() {
    const sizes = { reports: env('BENCH_REPORTS', 100_000), alerts: env('BENCH_CONSOLE_ALERTS', 10_000), people: env('BENCH_PEOPLE', 5_000) };
    const pages = (process.env.BENCH_CONSOLE_PAGES ?? '').split(',').filter(Boolean);
    const r = await runConsoleBench({ ...sizes, rounds: env('BENCH_CONSOLE_ROUNDS', 20), pages });
    const title = `console bench — ${sizes.reports.toLocaleString('en')} reports, ${sizes.alerts.toLocaleString('en')} alerts, ${sizes.people.toLocaleString('en')} people (seeded in ${r.seedSeconds.toFixed(0)} s)`;
    return `${formatFigures(title, r.figures)}\n\nindexes:\n${r.indexes}\n\nEXPLAIN ANALYZE of the slowest query of the ${r.explain}`;
  },
  async survey() {
    const respondents = env('BENCH_SURVEY_RESPONDENTS', 10_000);
    const r = await runSurveyBench({ respondents });
    return formatFigures(`survey bench — ${respondents.toLocaleString('en')} respondents × 20 questions (seeded in ${r.seedSeconds.toFixed(0)} s)`, r.figures);
  },
  async soak() {
    const rate = env('BENCH_SOAK_INTAKE_RATE', 0);
    return runSoakBench({
      seconds: env('BENCH_SOAK_SECONDS', 600),
      intakeRate: rate > 0 ? rate : undefined,
      recipients: env('BENCH_RECIPIENTS', 100_000),
      alerts: env('BENCH_ALERTS', 1000),
      idleSeconds: env('BENCH_SOAK_IDLE_SECONDS', 30),
      saturateSeconds: env('BENCH_SOAK_SATURATE_SECONDS', 10),
    });
  },
};

async function main(args: string[]): Promise<number> {
  // The soak runs only when asked for: ten minutes on top of the rest, and it repeats their loads.
  const chosen = args.length ? args : Object.keys(benches).filter((n) => n !== 'soak');
  const unknown = chosen.filter((n) => !benches[n]);
  if (unknown.length) {
    console.error(`unknown bench ${unknown.join(', ')}; choose from: ${Object.keys(benches).join(', ')}`);
    return 2;
  }
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}, ${new Date().toISOString()}\n`,
  );
  for (const name of chosen) {
    const started = Date.now();
    console.log(await benches[name]!());
    console.log(`  (${name}: ${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
