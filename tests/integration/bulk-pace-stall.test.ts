import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createBulkPacer, type BulkPacer } from '../../core/delivery/pace.js';
import { testQueuePrefix, testRedisUrl } from '../helpers/db.js';

/**
 * The one bulk pace after a stall of the sending process (GC, a busy event loop): sends whose
 * slots passed during the stall must not all go out when it ends — on top of the next second's
 * on-time sends that is more than the cap in one second, and Telegram answers 429 (seen in the
 * mixed bench as 1 × 429 at 25/s against Telegram's 30/s). The stall is simulated by blocking
 * the event loop while the other senders wait for their slots.
 */
const RATE = 20;
const SENDERS = 16;
const SENDS = 70;
const STALL_MS = 800;
const STALL_AFTER = 12;

let redis: Redis;
let pacer: BulkPacer;

beforeAll(() => {
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  pacer = createBulkPacer(redis, testQueuePrefix(), { telegram: RATE });
});
afterAll(() => {
  redis?.disconnect();
});

function blockEventLoop(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // A stalled process: no timer, no socket read runs meanwhile.
  }
}

/** The most sends that fall in any one second (the window Telegram counts over). */
function busiestSecond(stamps: number[]): number {
  const sorted = [...stamps].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, from = 0; i < sorted.length; i++) {
    while (sorted[from]! <= sorted[i]! - 1000) from++;
    most = Math.max(most, i - from + 1);
  }
  return most;
}

describe('the bulk pace after a stall', () => {
  it('late sends take new slots instead of bunching with the next on-time ones: never more than the rate in a second', async () => {
    const stamps: number[] = [];
    let started = 0;
    const sender = async () => {
      while (started < SENDS) {
        started++;
        await pacer.take('telegram');
        stamps.push(performance.now());
        if (stamps.length === STALL_AFTER) blockEventLoop(STALL_MS);
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, sender));
    expect(stamps).toHaveLength(SENDS);
    // One send may sit a little late in its slot (less than an interval) next to an on-time one.
    expect(busiestSecond(stamps)).toBeLessThanOrEqual(RATE + 2);
  });
});
