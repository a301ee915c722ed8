import { loadavg } from 'node:os';
import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { replies } from '../../db/schema/index.js';
import { runLoadProcess } from './load.js';
import type { LoadResult, LoadSpec } from './load-child.js';
import type { SoakMinute } from './soak-report.js';
import { quantile, sortNumbers } from './stats.js';

/** Consecutive load phases from the load process, update keys never repeated; counts every 2xx. */
export function loadRunner(base: Pick<LoadSpec, 'url' | 'users' | 'telegramSecret' | 'zalo'>) {
  let seq = 1;
  let answered = 0;
  return {
    async run(spec: Omit<LoadSpec, 'url' | 'users' | 'telegramSecret' | 'zalo' | 'firstSeq'>): Promise<LoadResult> {
      const r = await runLoadProcess({ ...base, ...spec, firstSeq: seq });
      seq = r.lastSeq + 1;
      answered += r.okAll;
      return r;
    },
    answered: () => answered,
  };
}

export function refusedTotal(minutes: SoakMinute[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of minutes) for (const [status, n] of Object.entries(m.refused)) out[status] = (out[status] ?? 0) + n;
  return out;
}

export function minuteOf(r: LoadResult, from: number, broadcastPerSecond: number, rssMb: Record<string, number>): SoakMinute {
  const refused = Object.fromEntries(Object.entries(r.statuses).filter(([status]) => status !== '200'));
  const sorted = sortNumbers(r.latenciesMs);
  return {
    from,
    to: Date.now(),
    loadAverage: loadavg()[0]!,
    intakePerSecond: r.okInWindow / (r.measuredMs / 1000),
    intakeP50Ms: quantile(sorted, 0.5),
    intakeP99Ms: quantile(sorted, 0.99),
    intakeLatenciesMs: r.latenciesMs,
    refused,
    broadcastPerSecond,
    rssMb,
  };
}

/**
 * Reply rows still in the table after the reply drain had 30 s more (not lost: the drain retries
 * them), with how many had failed at least once and the oldest one's age.
 */
export async function drainedReplies(db: Db): Promise<{ left: number; retried: number; oldestSeconds: number }> {
  const end = Date.now() + 30_000;
  for (;;) {
    const [r] = await db
      .select({
        left: count(),
        retried: sql<number>`count(*) filter (where ${replies.attempts} > 0)::int`,
        oldestSeconds: sql<number>`coalesce(extract(epoch from now() - min(${replies.createdAt})), 0)::float8`,
      })
      .from(replies);
    if (r!.left === 0 || Date.now() > end) return r!;
    await new Promise((res) => setTimeout(res, 500));
  }
}
