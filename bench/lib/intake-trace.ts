import { appendFileSync, writeFileSync } from 'node:fs';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';

/**
 * BENCH_INTAKE_TRACE=file: the bot side of the intake bench over time, one JSON line every
 * `everyMs`: the phase, updates in the intake (started, not finished), replies the reply drain
 * holds, rows in the replies table (leased, retried), how long a small query waits for the pool
 * and runs, what the drain did, the event loop's delay, garbage collection pauses, the intake's
 * start → commit times (count, p50, slowest) and this process's CPU — to see where a
 * phase that stalls spends its time (issue 16: paced phases far below the rate the same code
 * had just sustained; the trace showed the sent rows' deletes holding the pool).
 */
export interface TraceProbe {
  inIntake(): number;
  held(): number;
  outcomes(): Record<string, number>;
  /** What the reply drain did: sent, retried, dropped. */
  drained(): Record<string, number>;
  /** The intake's start → commit times so far (ms); the trace reads what was added since its last line. */
  commits(): readonly number[];
}

/** Garbage collection since the last line: pauses, their total and the longest, major (mark-compact) ones apart. */
function gcWatch() {
  let w = { n: 0, ms: 0, maxMs: 0, major: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.n++;
      w.ms += e.duration;
      w.maxMs = Math.max(w.maxMs, e.duration);
      if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) w.major++;
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    take() {
      const r = { n: w.n, ms: Math.round(w.ms * 10) / 10, maxMs: Math.round(w.maxMs * 10) / 10, major: w.major };
      w = { n: 0, ms: 0, maxMs: 0, major: 0 };
      return r;
    },
    stop: () => obs.disconnect(),
  };
}

/** The commits added since the last call: how many, the slowest, and p50. */
function commitWindow(probe: TraceProbe) {
  let seen = 0;
  return () => {
    const all = probe.commits();
    if (all.length < seen) seen = 0; // the bench cleared them between phases
    const xs = all.slice(seen).sort((a, b) => a - b);
    seen = all.length;
    const at = (q: number) => Math.round((xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN) * 10) / 10;
    return { n: xs.length, p50Ms: at(0.5), maxMs: at(1) };
  };
}

export function startIntakeTrace(file: string | undefined, db: Db, probe: TraceProbe, everyMs = 500) {
  if (!file) return { phase: (_: string) => {}, stop: () => {} };
  writeFileSync(file, '');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const gc = gcWatch();
  const commits = commitWindow(probe);
  const t0 = performance.now();
  let phase = 'setup';
  let cpu = process.cpuUsage();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return; // a sample still waiting for the pool is itself the finding; no pile-up
    busy = true;
    const at = performance.now();
    void db
      .execute(
        sql`select count(*)::int as n, count(*) filter (where lease_until > now())::int as leased, count(*) filter (where attempts > 0)::int as retried from replies`,
      )
      .then(
        (r) => ({ replies: rowsOf<{ n: number; leased: number; retried: number }>(r)[0], queryMs: performance.now() - at }),
        () => ({ replies: undefined, queryMs: NaN }),
      )
      .then(({ replies, queryMs }) => {
        const used = process.cpuUsage(cpu);
        cpu = process.cpuUsage();
        const line = {
          t: Math.round(at - t0),
          phase,
          inIntake: probe.inIntake(),
          held: probe.held(),
          replies,
          queryMs: Math.round(queryMs * 10) / 10,
          loopP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
          loopMaxMs: Math.round(loop.max / 1e5) / 10,
          gc: gc.take(),
          commits: commits(),
          cpuPct: Math.round(((used.user + used.system) / 1000 / everyMs) * 100),
          outcomes: probe.outcomes(),
          drained: probe.drained(),
        };
        loop.reset();
        appendFileSync(file, `${JSON.stringify(line)}\n`);
      })
      .finally(() => (busy = false));
  }, everyMs);
  timer.unref();
  return {
    phase(name: string) {
      phase = name;
    },
    stop() {
      clearInterval(timer);
      loop.disable();
      gc.stop();
    },
  };
}
