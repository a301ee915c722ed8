import { describe, expect, it } from 'vitest';
import { SendError } from '../../core/kernel/errors.js';
import { backoffDelay, isTransient, retry, retryUnlessPoison } from '../../core/kernel/retry.js';

const coded = (code: string, name = 'Error') => Object.assign(new Error('x'), { code, name });
/** How drizzle hands driver errors on: "Failed query: …" with the driver's error as cause. */
const wrapped = (cause: Error) => new Error('Failed query: insert into …\nparams: …', { cause });

describe('backoffDelay', () => {
  it('doubles from the base per failure and stops at the cap', () => {
    const b = { baseMs: 500, maxMs: 30_000 };
    expect([1, 2, 3, 4, 7, 8, 50].map((n) => backoffDelay(n, b))).toEqual([500, 1000, 2000, 4000, 30_000, 30_000, 30_000]);
  });
});

describe('retry', () => {
  const fast = { baseMs: 1, maxMs: 2 };

  it('returns the first success and tells onRetry about each failure before it', async () => {
    const seen: number[] = [];
    const result = await retry(
      async (attempt) => {
        if (attempt < 3) throw new Error(`fail ${attempt}`);
        return 'ok';
      },
      { backoff: fast, onRetry: (_e, attempt) => seen.push(attempt) },
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2]);
  });

  it('stops when retryIf says no and throws the last error', async () => {
    let calls = 0;
    const run = retry(
      async () => {
        calls++;
        throw new Error(`fail ${calls}`);
      },
      { backoff: fast, retryIf: (_e, attempt) => attempt < 4 },
    );
    await expect(run).rejects.toThrow('fail 4');
    expect(calls).toBe(4);
  });

  it('an abort during the pause ends it at once with the last error', async () => {
    const abort = new AbortController();
    const started = Date.now();
    const run = retry(
      async () => {
        setTimeout(() => abort.abort(), 10);
        throw new Error('down');
      },
      { backoff: { baseMs: 60_000, maxMs: 60_000 }, signal: abort.signal },
    );
    await expect(run).rejects.toThrow('down');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('isTransient / retryUnlessPoison', () => {
  it('lost connections and a restarting database are transient, also behind a wrapper', () => {
    for (const e of [
      coded('ECONNREFUSED'),
      coded('CONNECTION_CLOSED'),
      wrapped(coded('57P01', 'PostgresError')),
      wrapped(coded('08006', 'PostgresError')),
      coded('40P01', 'PostgresError'),
      Object.assign(new Error('t'), { name: 'TimeoutError' }),
      new Error('Connection is closed.'),
      new SendError('transient', 'HTTP 502'),
    ]) {
      expect(isTransient(e), String((e as { code?: string }).code ?? e.message)).toBe(true);
    }
  });

  it('data errors, constraint violations and bugs are not', () => {
    for (const e of [
      wrapped(coded('22P05', 'PostgresError')),
      wrapped(coded('22021', 'PostgresError')),
      coded('23505', 'PostgresError'),
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      new SendError('permanent', 'bad request'),
      'a string',
    ]) {
      expect(isTransient(e)).toBe(false);
    }
  });

  it('a poison update gets exactly one retry; a transient failure is retried for as long as it lasts', () => {
    const poison = wrapped(coded('22P05', 'PostgresError'));
    expect([1, 2].map((n) => retryUnlessPoison(poison, n))).toEqual([true, false]);
    expect([1, 2, 50].map((n) => retryUnlessPoison(coded('ECONNREFUSED'), n))).toEqual([true, true, true]);
  });
});
