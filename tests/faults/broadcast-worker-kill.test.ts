import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST_FAULT, startBroadcastFault, type BroadcastStage } from './lib/broadcast-scenario.js';
import { report } from './lib/verdict.js';

const { recipients: RECIPIENTS, concurrency: CONCURRENCY } = BROADCAST_FAULT;
let fault: Awaited<ReturnType<typeof startBroadcastFault>>;
let stage: BroadcastStage;

beforeAll(async () => {
  fault = await startBroadcastFault(2);
  stage = fault.stage;
});
afterAll(async () => fault?.stop());

describe('kill -9 of a worker mid-broadcast', () => {
  it('the other worker finishes: every recipient gets it, repeats stay within the sends the dead worker had in flight', async () => {
    const id = await stage.start();
    await stage.waitUntilSent(0.3);
    const [victim] = stage.workers;
    const before = stage.sent();
    await victim!.kill('SIGKILL');
    const killedAt = Date.now();
    const doneAt = await stage.waitUntilDone(id, 90_000);
    await new Promise((r) => setTimeout(r, 1000)); // a late repeat would show here
    const v = await stage.verdict(
      `kill -9 of one of two workers mid-broadcast (${RECIPIENTS} recipients, killed at ${before} sent)`,
      id,
      (doneAt - killedAt) / 1000,
      CONCURRENCY,
      `bound = the killed worker's send concurrency; recovered = kill → every delivery ended; broadcast ${'{status}'}`,
    );
    report({ ...v, notes: v.notes!.replace('{status}', v.status) });
    expect(Number.isFinite(doneAt)).toBe(true);
    expect(v.lost).toBe(0);
    expect(v.duplicated).toBeLessThanOrEqual(CONCURRENCY);
  });
});
