import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { BROADCAST_FAULT, startBroadcastFault, type BroadcastStage } from './lib/broadcast-scenario.js';
import type { RestartableRedis } from './lib/redis-restartable.js';
import { report } from './lib/verdict.js';

const { recipients: RECIPIENTS, concurrency: CONCURRENCY } = BROADCAST_FAULT;
let fault: Awaited<ReturnType<typeof startBroadcastFault>>;
let redis: RestartableRedis;
let stage: BroadcastStage;

beforeAll(async () => {
  fault = await startBroadcastFault(1);
  ({ redis, stage } = fault);
});
afterAll(async () => fault?.stop());

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
