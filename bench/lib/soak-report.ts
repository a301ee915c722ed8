import { formatFigures, quantile, sortNumbers, type Figure } from './stats.js';
import type { FiredDeadline } from './soak-alerts.js';
import { slopeMbPerMinute, type RssSample } from './proc-rss.js';

/** One minute of the soak, as measured while it ran. */
export interface SoakMinute {
  /** Wall clock (ms since the epoch) when the minute's load started and ended. */
  from: number;
  to: number;
  loadAverage: number;
  intakePerSecond: number;
  intakeP50Ms: number;
  intakeP99Ms: number;
  intakeLatenciesMs: number[];
  /** Answers other than 200 (status or error code → count). */
  refused: Record<string, number>;
  broadcastPerSecond: number;
  /** RSS of each process at the minute's end (MB). */
  rssMb: Record<string, number>;
}

export interface SoakResult {
  seconds: number;
  cap: number;
  intake: { saturatedPerSecond: number | null; offered: number; idleP99Ms: number; idleSeconds: number };
  minutes: SoakMinute[];
  fired: FiredDeadline[];
  /** ms since the RSS sampler started when the soak's first minute began, and when its last ended. */
  soakMs: { from: number; to: number };
  rss: Record<string, RssSample[]>;
  broadcast: { perSecond: number; rejected: number; peakWorkerRssMb: number; firstSendAfterSeconds: number; recipients: number };
  checks: {
    intakeLost: number;
    repliesLeft: number;
    broadcastSentRows: number;
    broadcastLost: number;
    broadcastDuplicated: number;
    alertsRaised: number;
    alertsNotRaised: number;
    alertsLost: number;
    deadlinesDuplicated: number;
  };
  notes: string[];
}

/** Soak targets (issue 16 item 6). RSS "flat": a slope of 1 MB/min would be 1.4 GB a day. */
const TARGETS = { p99VsIdle: 1.5, escalationP99Ms: 1000, capDeviationPct: 5, rssSlopeMbPerMinute: 1 } as const;

/** Processes of the system under test; the others are the bench's own. */
const SYSTEM = new Set(['bot', 'worker']);

const p99 = (xs: number[]) => quantile(sortNumbers(xs), 0.99);
const deviationPct = (rate: number, cap: number) => (Math.abs(rate - cap) / cap) * 100;

/** Deadlines due within each minute (a minute runs until the next one starts). */
function deadlinesByMinute(r: SoakResult): number[][] {
  return r.minutes.map((m, i) => {
    const to = r.minutes[i + 1]?.from ?? m.to;
    return r.fired.filter((f) => f.deadline >= m.from && f.deadline < to).map((f) => f.lateMs);
  });
}

function minuteTable(r: SoakResult): string {
  const names = Object.keys(r.minutes[0]?.rssMb ?? {});
  const late = deadlinesByMinute(r);
  const head = `  min  load  intake/s  p50 ms  p99 ms  refused  esc p99 ms (n)  bcast/s   RSS MB: ${names.join(' / ')}`;
  const rows = r.minutes.map((m, i) => {
    const refused = Object.values(m.refused).reduce((a, b) => a + b, 0);
    const esc = late[i]!.length ? `${Math.round(p99(late[i]!))} (${late[i]!.length})` : '– (0)';
    const rss = names.map((n) => Math.round(m.rssMb[n] ?? NaN)).join(' / ');
    return `  ${String(i + 1).padStart(3)}  ${m.loadAverage.toFixed(1).padStart(4)}  ${m.intakePerSecond.toFixed(1).padStart(8)}  ${m.intakeP50Ms.toFixed(0).padStart(6)}  ${m.intakeP99Ms.toFixed(0).padStart(6)}  ${String(refused).padStart(7)}  ${esc.padStart(14)}  ${m.broadcastPerSecond.toFixed(1).padStart(7)}   ${rss}`;
  });
  return [head, ...rows].join('\n');
}

function soakFigures(r: SoakResult): Figure[] {
  const idle = r.intake.idleP99Ms;
  const all = r.minutes.flatMap((m) => m.intakeLatenciesMs);
  const worstMinute = Math.max(...r.minutes.map((m) => m.intakeP99Ms));
  const lateAll = r.fired.filter((f) => f.deadline >= (r.minutes[0]?.from ?? 0)).map((f) => f.lateMs);
  const lateWorst = Math.max(...deadlinesByMinute(r).map((xs) => (xs.length ? p99(xs) : -Infinity)));
  const worstCap = Math.max(...r.minutes.map((m) => deviationPct(m.broadcastPerSecond, r.cap)));
  const c = r.checks;
  const fig = (what: string, value: number, unit: string, target: number | null, direction: 'min' | 'max' = 'max'): Figure => ({
    what,
    value,
    unit,
    target,
    direction,
  });
  return [
    ...(r.intake.saturatedPerSecond === null ? [] : [fig('intake saturated, idle (closed loop, 32 in flight)', r.intake.saturatedPerSecond, 'upd/s', null)]),
    fig('intake offered during the soak (open loop)', r.intake.offered, 'upd/s', null),
    fig(`intake p99 idle (same rate, ${r.intake.idleSeconds} s, nothing else)`, idle, 'ms', null),
    fig(`intake p99 over the soak (${all.length} updates)`, p99(all), 'ms', TARGETS.p99VsIdle * idle),
    fig('intake p99, worst minute', worstMinute, 'ms', TARGETS.p99VsIdle * idle),
    fig(`escalation lateness p99 (${lateAll.length} deadlines)`, p99(lateAll), 'ms', TARGETS.escalationP99Ms),
    fig('escalation lateness p99, worst minute', lateWorst, 'ms', TARGETS.escalationP99Ms),
    fig(`broadcast to ${r.broadcast.recipients.toLocaleString('en')}: created → first send (fan-out under way)`, r.broadcast.firstSendAfterSeconds, 's', null),
    fig(`broadcast rate over the soak (cap ${r.cap}/s)`, r.broadcast.perSecond, '/s', null),
    fig('  deviation from the cap', deviationPct(r.broadcast.perSecond, r.cap), '%', TARGETS.capDeviationPct),
    fig('  deviation, worst minute', worstCap, '%', TARGETS.capDeviationPct),
    fig('  HTTP 429 received', r.broadcast.rejected, '', 0),
    // The targets are the system's (bot, worker); the fakes and this process are printed to show they are not what moves.
    ...Object.entries(r.rss).map(([name, samples]) =>
      fig(
        `RSS slope after the first minute, ${name}`,
        slopeMbPerMinute(samples, r.soakMs.from + 60_000, r.soakMs.to),
        'MB/min',
        SYSTEM.has(name) ? TARGETS.rssSlopeMbPerMinute : null,
      ),
    ),
    fig('peak RSS, worker process', r.broadcast.peakWorkerRssMb, 'MB', 250),
    fig('intake: 2xx answers without a committed update (lost)', c.intakeLost, '', 0),
    fig('intake: replies still queued 30 s after the load', c.repliesLeft, '', 0),
    fig(`broadcast: marked sent, never received (of ${c.broadcastSentRows})`, c.broadcastLost, '', 0),
    fig('broadcast: recipients who got it twice', c.broadcastDuplicated, '', 0),
    fig(`alerts: first deadline never fired (of ${c.alertsRaised})`, c.alertsLost, '', 0),
    fig('alerts: a deadline that fired twice', c.deadlinesDuplicated, '', 0),
    fig('alerts that could not be raised', c.alertsNotRaised, '', 0),
  ];
}

export function formatSoak(r: SoakResult): string {
  const title = `soak bench — ${Math.round(r.seconds / 60)} min: intake at ${r.intake.offered} upd/s + a broadcast at the cap + ${r.checks.alertsRaised} alerts escalating`;
  return [formatFigures(title, soakFigures(r)), '', 'per minute:', minuteTable(r), ...r.notes.map((n) => `  ${n}`)].join('\n');
}
