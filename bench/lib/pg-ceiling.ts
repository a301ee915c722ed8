import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * The raw Postgres ceiling the intake is compared with: `concurrency` loops, each running the
 * smallest useful write transaction (BEGIN; INSERT one row; COMMIT) over the same pool.
 */
export async function measureInsertCeiling(
  db: Db,
  opts: { concurrency: number; warmupMs: number; durationMs: number },
): Promise<{ perSecond: number; transactions: number }> {
  await db.execute(sql`create table if not exists bench_ceiling (id bigserial primary key, k text not null, at timestamptz not null default now())`);
  const start = performance.now();
  const from = start + opts.warmupMs;
  const end = from + opts.durationMs;
  let counted = 0;
  let n = 0;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < end) {
        const k = `k${n++}`;
        await db.transaction(async (tx) => {
          await tx.execute(sql`insert into bench_ceiling (k) values (${k})`);
        });
        const t = performance.now();
        if (t >= from && t < end) counted++;
      }
    }),
  );
  await db.execute(sql`drop table bench_ceiling`);
  return { perSecond: counted / (opts.durationMs / 1000), transactions: counted };
}
