import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * One limit shared by every bot process (rate-limiter-flexible's counter in Redis) with an
 * in-process insurance limiter of the same size. The shared check is given `timeoutMs`; when
 * Redis errs or does not answer in time the decision is made in memory — never "allow" — and
 * Redis is left alone for `pauseMs` (a slow Redis must not cost every update the timeout).
 * With several bot processes on the fallback, a flooder gets up to one allowance per process.
 */
export interface LimitVerdict {
  ok: boolean;
  /** When a refused caller may try again. */
  retryAfterMs: number;
  /** True on the first refusal of a window: tell the user once, then stay quiet. */
  notify: boolean;
  /** The decision was made by the in-process limiter (Redis slow or away). */
  fallback: boolean;
}

export interface LimiterSpec {
  /** Allowed per window (the burst). */
  points: number;
  durationSec: number;
}

export interface SharedLimiterOptions {
  redis: Redis;
  /** Key family: keys are `<keyPrefix>:<key>`. */
  keyPrefix: string;
  /** How long the shared check may take before the in-process limiter decides. */
  timeoutMs?: number;
  /** After a failure, how long decisions stay in process before Redis is asked again. */
  pauseMs?: number;
}

class LimiterTimeoutError extends Error {
  override readonly name = 'LimiterTimeoutError';
}

/** Shared between the limiters of one Redis client: one slow answer pauses them all. */
export interface RedisHealth {
  pausedUntil: number;
}

export function createSharedLimiter(o: SharedLimiterOptions & LimiterSpec & { health: RedisHealth; onFallback: (err: unknown) => void }) {
  const timeoutMs = o.timeoutMs ?? 250;
  const pauseMs = o.pauseMs ?? 5_000;
  const remote = new RateLimiterRedis({ storeClient: o.redis, keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSec, rejectIfRedisNotReady: true });
  const local = new RateLimiterMemory({ keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSec });
  const verdict = (r: RateLimiterRes, ok: boolean, fallback: boolean): LimitVerdict => ({
    ok,
    retryAfterMs: ok ? 0 : Math.max(1, r.msBeforeNext),
    notify: !ok && r.consumedPoints === o.points + 1,
    fallback,
  });
  const decide = async (limiter: RateLimiterRedis | RateLimiterMemory, key: string, fallback: boolean, timeout?: number) => {
    try {
      return verdict(await (timeout ? withTimeout(limiter.consume(key), timeout) : limiter.consume(key)), true, fallback);
    } catch (err) {
      if (err instanceof RateLimiterRes) return verdict(err, false, fallback);
      throw err;
    }
  };
  return {
    async consume(key: string): Promise<LimitVerdict> {
      if (Date.now() >= o.health.pausedUntil) {
        try {
          return await decide(remote, key, false, timeoutMs);
        } catch (err) {
          o.health.pausedUntil = Date.now() + pauseMs;
          o.onFallback(err);
        }
      } else o.onFallback(null);
      return decide(local, key, true);
    },
    /** Forgets a key in Redis and in this process (erasure). */
    async delete(key: string): Promise<void> {
      await local.delete(key);
      await remote.delete(key);
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimiterTimeoutError(`no answer within ${ms} ms`)), ms);
  });
  p.catch(() => {}); // a late rejection after the timeout won is not an unhandled one
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * "Seen" markers of updates (platforms redeliver within seconds to minutes): a redelivery costs no
 * token. In Redis while it answers, in a bounded in-process map otherwise.
 */
export function createSeenMarkers(o: { redis: Redis; keyPrefix: string; ttlMs: number; timeoutMs?: number; maxLocal?: number }) {
  const local = new Map<string, number>();
  const max = o.maxLocal ?? 50_000;
  return {
    /** True the first time a key is marked within the ttl. */
    async first(key: string, useRedis: boolean): Promise<boolean> {
      if (useRedis) {
        const r = await withTimeout(o.redis.set(`${o.keyPrefix}:${key}`, '1', 'PX', o.ttlMs, 'NX'), o.timeoutMs ?? 250);
        return r === 'OK';
      }
      const now = Date.now();
      const until = local.get(key);
      if (until !== undefined && until > now) return false;
      if (local.size >= max) local.delete(local.keys().next().value as string);
      local.set(key, now + o.ttlMs);
      return true;
    },
  };
}
