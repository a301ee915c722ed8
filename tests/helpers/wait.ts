import { vi } from 'vitest';

export interface WaitOptions<T> {
  /** Give up after this long (ms); default 10 s. */
  timeout?: number;
  /** Named in the error when it times out. */
  what?: string;
  /** When the probe's value is ready (default: when it is truthy). The error then shows the last value. */
  until?: (value: T) => boolean;
  interval?: number;
}

type Ready<T> = Exclude<T, null | undefined | false>;

/**
 * The one "poll until" of the tests (vi.waitFor underneath): calls `probe` until its value is ready
 * and returns that value. A probe that throws is retried; the last error is thrown at the timeout.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, o: WaitOptions<T> = {}): Promise<Ready<T>> {
  const what = o.what ?? 'condition';
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (o.until ? !o.until(value) : !value) throw new Error(`timed out waiting for ${what}${o.until ? `: last ${JSON.stringify(value)}` : ''}`);
      return value as Ready<T>;
    },
    { timeout: o.timeout ?? 10_000, interval: o.interval ?? 20 },
  );
}
