import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBroadcastStage } from './lib/broadcast-scenario.js';
import { startRestartableRedis, type RestartableRedis } from './lib/redis-restartable.js';
import { report } from './lib/verdict.js';

const RECIPIENTS = 3000;
const CONCURRENCY = 8;
let redis: RestartableRedis;
let stage: Awaited<ReturnType<typeof startBroadcastStage>>;

/** Production Redis runs with AOF (DESIGN §6); so does this one, restarted on the same port. */
beforeAll(async () => {
  redis = await startRestartableRedis({ persistent: true });
  stage = await startBroadcastStage({ redisUrl: redis.url, workers: 1, recipients: RECIPIENTS, rate: 400, concurrency: CONCURRENCY });
});
afterAll(async () => {
  await stage?.stop();
  await redis?.destroy();
});

describe('Redis stopped and restarted during a broadcast', () => {
  it('sending pauses while Redis is away and resumes after: nobody missed, repeats within the sends in flight', async () => {
    const id = await stage.start();
    await stage.waitUntilSent(0.3);
    await redis.stop();
    const downAt = Date.now();
    const atStop = stage.sent();
    await sleep(3_000);
    const whileDown = stage.sent() - atStop;
    await redis.start();
    const upAt = Date.now();
    const doneAt = await stage.waitUntilDone(id, 120_000);
    await sleep(1000);
    const v = await stage.verdict(
      `Redis stop + restart (AOF) mid-broadcast (${RECIPIENTS} recipients, down ${((upAt - downAt) / 1000).toFixed(1)} s)`,
      id,
      (doneAt - upAt) / 1000,
      CONCURRENCY,
      `${whileDown} sends completed while Redis was away (jobs already in hand); recovered = restart → every delivery ended; broadcast {status}`,
    );
    report({ ...v, notes: v.notes!.replace('{status}', v.status) });
    expect(Number.isFinite(doneAt)).toBe(true);
    expect(v.lost).toBe(0);
    expect(v.duplicated).toBeLessThanOrEqual(CONCURRENCY);
  });
});
