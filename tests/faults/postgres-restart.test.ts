import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPrivatePostgres, type PrivatePostgres } from './lib/postgres-cluster.js';
import { backlogDrained, startIntakeStage, type IntakeStage } from './lib/intake-scenario.js';
import { startRestartableRedis, type RestartableRedis } from './lib/redis-restartable.js';
import { report } from './lib/verdict.js';

/** The machine's shared Postgres is never stopped: this runs on a private cluster (initdb/pg_ctl). */
let pg: PrivatePostgres;
let redis: RestartableRedis;
let stage: IntakeStage;

beforeAll(async () => {
  pg = await startPrivatePostgres();
  redis = await startRestartableRedis();
  stage = await startIntakeStage({ databaseUrl: pg.url, redisUrl: redis.url, prefix: 'fpg' });
});
afterAll(async () => {
  await stage?.stop();
  await redis?.destroy();
  pg?.destroy();
});

describe('Postgres stopped (crash) and restarted during webhook traffic', () => {
  it('answers 5xx while it is down, never 2xx for an uncommitted update; every update is committed once after', async () => {
    const traffic = stage.platform.stream({ firstSeq: 1, count: 900, perSecond: 100, deadline: Date.now() + 60_000 });
    await sleep(2_500);
    pg.stop('immediate');
    const downAt = Date.now();
    await sleep(3_000);
    pg.start();
    const upAt = Date.now();
    const deliveries = await traffic;
    const refused = deliveries.filter((d) => d.statuses.some((s) => !s.startsWith('2'))).length;
    const failures: Record<string, number> = {};
    for (const s of deliveries.flatMap((d) => d.statuses).filter((x) => !x.startsWith('2'))) failures[s] = (failures[s] ?? 0) + 1;
    const v = await stage.verdict(
      `Postgres crash + restart during webhook traffic (100 upd/s, down ${((upAt - downAt) / 1000).toFixed(1)} s)`,
      deliveries,
      backlogDrained(deliveries, upAt, upAt),
      `${refused} updates refused while down and redelivered (${JSON.stringify(failures)}); recovered = until everything sent before the restart was acknowledged`,
    );
    report(v);
    expect(refused).toBeGreaterThan(0); // the fault did bite
    expect(v.ackedNotCommitted).toBe(0);
    expect(v.unacked).toBe(0);
    expect(v.lost).toBe(0);
    expect(v.duplicated).toBe(0);
  });
});
