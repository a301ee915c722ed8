import { appendFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';

/**
 * BENCH_INTAKE_TRACE=file: the bot side of the intake bench over time, one JSON line every
 * `everyMs`: the phase, updates in the intake (started, not finished), replies the reply drain
 * holds, rows in the replies table (leased, retried), how long a small query waits for the pool
 * and runs, what the drain did, the event loop's delay and this process's CPU — to see where a
 * phase that stalls spends its time (issue 16: paced phases far below the rate the same code
 * had just sustained; the trace showed the sent rows' deletes holding the pool).
 */
export interface TraceProbe {
  inIntake(): number;
  held(): number;
  outcomes(): Record<string, number>;
  /** What the reply drain did: sent, retried, dropped. */
  drained(): Record<string, number>;
}

export function startIntakeTrace(file: string | undefined, db: Db, probe: TraceProbe, everyMs = 500) {
  if (!file) return { phase: (_: string) => {}, stop: () => {} };
  writeFileSync(file, '');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
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
    },
  };
}
