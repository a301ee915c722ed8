import { describe, expect, it } from 'vitest';
import { openLoop } from '../../bench/lib/load-child.js';

/**
 * Issue 16: the bench's open loop sent request i one interval late (Math.floor without + 1) while
 * timing it from its intended slot, so every paced latency carried an extra 1000/rate ms.
 */
describe('bench open loop', () => {
  it('sends each request at its intended slot, not one interval later', async () => {
    const rate = 5; // one every 200 ms
    const start = performance.now();
    const lags: number[] = [];
    await openLoop(rate, start, start + 1_000, async (intended) => {
      lags.push(performance.now() - intended);
    });
    expect(lags.length).toBeGreaterThanOrEqual(4);
    const median = [...lags].sort((a, b) => a - b)[Math.floor(lags.length / 2)]!;
    // Before the fix every request left ~200 ms after its slot.
    expect(median).toBeLessThan(100);
  });
});
