import { setTimeout as sleep } from 'node:timers/promises';
import { SendError } from './errors.js';

/**
 * One retry helper for the loops that must keep going (long polling, an update in hand): a
 * doubling backoff with a cap, abortable pauses, and a per-failure decision. Written here
 * rather than taken from p-retry because the decision we need ("forever while the database is
 * away, once for anything else") is one predicate over the error, which p-retry spreads over
 * `retries`, `forever` and `shouldRetry`.
 */
export interface Backoff {
  /** Pause after the first failure; doubles per failure. */
  baseMs: number;
  /** Upper bound of one pause. */
  maxMs: number;
}

/** Pause after the `failures`-th consecutive failure (1-based). */
export function backoffDelay(failures: number, b: Backoff): number {
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, failures - 1));
}

/** Waits `ms`, or less if the signal aborts; never rejects. */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return;
  await sleep(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}

export interface RetryOptions {
  backoff: Backoff;
  /** Stops retrying: the last error is thrown (callers check `signal.aborted`). */
  signal?: AbortSignal;
  /** After failure number `attempt` (1-based): try again? Default: always. */
  retryIf?: (err: unknown, attempt: number) => boolean;
  /** Told before each pause (logging). */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

/** Runs `fn` until it resolves, `retryIf` says no, or the signal aborts; then throws the last error. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (opts.signal?.aborted || !(opts.retryIf?.(err, attempt) ?? true)) throw err;
      const delay = backoffDelay(attempt, opts.backoff);
      opts.onRetry?.(err, attempt, delay);
      await pause(delay, opts.signal);
      if (opts.signal?.aborted) throw err;
    }
  }
}

/**
 * The poison rule for an update in hand (DESIGN §4.8): while the failure is infrastructure that
 * comes back (database restarting, network), keep trying — nobody's update can be applied
 * meanwhile anyway; for any other failure, one retry, then give up so one user's update never
 * holds everyone else's for longer than that.
 */
export function retryUnlessPoison(err: unknown, attempt: number): boolean {
  return isTransient(err) || attempt < 2;
}

/** Socket and driver codes of a connection that failed or went away (Node, postgres.js, ioredis). */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * SQLSTATE classes and codes that say "try again later", not "this input is wrong":
 * 08 connection exception, 53 insufficient resources, 57 operator intervention (shutdown,
 * starting up), 58 system error; 40001 serialization failure, 40P01 deadlock, 55P03 lock timeout.
 */
function transientSqlState(code: string): boolean {
  return ['08', '53', '57', '58'].includes(code.slice(0, 2)) || ['40001', '40P01', '55P03'].includes(code);
}

const TRANSIENT_NAMES = new Set(['AbortError', 'TimeoutError', 'MaxRetriesPerRequestError']);

/**
 * True when the error (or one of its causes: drizzle wraps driver errors) is a failure that goes
 * away by itself: a lost connection, a server restarting, a deadlock, a platform's 5xx or rate limit. Data errors, constraint
 * violations and programming errors (TypeError…) are not: retrying them gives the same result.
 */
export function isTransient(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && transientSqlState(code)))) return true;
    if (TRANSIENT_NAMES.has(e.name)) return true;
    if (e instanceof SendError && (e.failure === 'transient' || e.failure === 'rate_limited')) return true;
    // ioredis reports a closed connection without a code.
    if (e.message === 'Connection is closed.') return true;
  }
  return false;
}
