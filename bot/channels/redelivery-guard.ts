import { retryUnlessPoison } from '../../core/kernel/retry.js';

/** Failed update keys remembered per process; beyond this the oldest are forgotten (worst case: one more attempt). */
const REMEMBERED = 10_000;

export interface RedeliveryGuard {
  /**
   * After the engine failed an update: 'retry' — answer 5xx so the platform redelivers it — or
   * 'skip' — answer 2xx, because this redelivery failed again for a reason that will not go away.
   */
  afterFailure(updateKey: string, err: unknown): 'retry' | 'skip';
  succeeded(updateKey: string): void;
}

/**
 * The webhook side of the poison rule (core/kernel/retry.ts `retryUnlessPoison`): a platform that
 * redelivers what we answer 5xx (Telegram, the Zalo Bot) gets one redelivery of an update that
 * fails for good, not an endless loop that also holds the updates queued behind it.
 */
export function createRedeliveryGuard(): RedeliveryGuard {
  const failures = new Map<string, number>();
  return {
    afterFailure(updateKey, err) {
      const attempt = (failures.get(updateKey) ?? 0) + 1;
      failures.delete(updateKey);
      if (!retryUnlessPoison(err, attempt)) return 'skip';
      failures.set(updateKey, attempt);
      if (failures.size > REMEMBERED) failures.delete(failures.keys().next().value!);
      return 'retry';
    },
    succeeded(updateKey) {
      failures.delete(updateKey);
    },
  };
}
