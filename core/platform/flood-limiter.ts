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

/**
 * The update's "seen" marker (platforms redeliver within seconds to minutes: a redelivery costs no
 * point) and the limiter's increment — rate-limiter-flexible's RateLimiterRedis script — in one
 * script: one EVALSHA per update instead of two commands one after the other (issue 16).
 * Returns {-1, 0} for an update seen before; {consumed, ttl ms} otherwise.
 */
const CONSUME_ONCE_LUA = `
if not redis.call('set', KEYS[2], '1', 'PX', ARGV[3], 'NX') then return {-1, 0} end
redis.call('set', KEYS[1], 0, 'EX', ARGV[2], 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('expire', KEYS[1], ARGV[2])
  ttl = 1000 * ARGV[2]
end
return {consumed, ttl}`;

type ConsumeOnce = (limiterKey: string, seenKey: string, points: number, durationSec: number, seenTtlMs: number) => Promise<[number, number]>;

function consumeOnceCommand(redis: Redis): ConsumeOnce {
  // ioredis sends EVALSHA, and the script itself only when Redis answers NOSCRIPT.
  redis.defineCommand('dlxhConsumeOnce', { numberOfKeys: 2, lua: CONSUME_ONCE_LUA });
  const r = redis as unknown as { dlxhConsumeOnce: ConsumeOnce };
  return (...args) => r.dlxhConsumeOnce(...args);
}

/** Markers of updates seen, per limiter: `<keyPrefix>:<key>` in Redis, kept `ttlMs`. */
export interface SeenSpec {
  keyPrefix: string;
  ttlMs: number;
  /** Markers kept in process while Redis is away (the oldest go first). */
  maxLocal?: number;
}

export function createSharedLimiter(o: SharedLimiterOptions & LimiterSpec & { health: RedisHealth; onFallback: (err: unknown) => void; seen?: SeenSpec }) {
  const timeoutMs = o.timeoutMs ?? 250;
  const pauseMs = o.pauseMs ?? 5_000;
  const remote = new RateLimiterRedis({ storeClient: o.redis, keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSec, rejectIfRedisNotReady: true });
  const local = new RateLimiterMemory({ keyPrefix: o.keyPrefix, points: o.points, duration: o.durationSec });
  const once = o.seen ? consumeOnceCommand(o.redis) : null;
  const seenLocally = o.seen ? localMarkers(o.seen.ttlMs, o.seen.maxLocal ?? 50_000) : null;
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
  /** Null: `seenKey` was marked before (nothing consumed). */
  const decideOnce = async (key: string, seenKey: string): Promise<LimitVerdict | null> => {
    const [consumed, ttl] = await withTimeout(once!(remote.getKey(key), `${o.seen!.keyPrefix}:${seenKey}`, 1, o.durationSec, o.seen!.ttlMs), timeoutMs);
    if (consumed < 0) return null;
    const res = new RateLimiterRes(Math.max(o.points - consumed, 0), ttl, consumed, consumed === 1);
    return verdict(res, consumed <= o.points, false);
  };
  /** The shared decision while Redis answers in time, else the in-process one (never "allow"). */
  async function guarded<T>(shared: () => Promise<T>, inProcess: () => Promise<T>): Promise<T> {
    if (Date.now() >= o.health.pausedUntil) {
      try {
        return await shared();
      } catch (err) {
        o.health.pausedUntil = Date.now() + pauseMs;
        o.onFallback(err);
      }
    } else o.onFallback(null);
    return inProcess();
  }
  return {
    /** Takes a point for `key`. */
    consume: (key: string): Promise<LimitVerdict> =>
      guarded(
        () => decide(remote, key, false, timeoutMs),
        () => decide(local, key, true),
      ),
    /**
     * Takes a point for `key` unless `seenKey` was marked within the seen ttl (a redelivery: null,
     * nothing taken); marks it. Only on a limiter created with `seen`.
     */
    consumeOnce: (key: string, seenKey: string): Promise<LimitVerdict | null> =>
      guarded(
        () => decideOnce(key, seenKey),
        async () => (seenLocally!.first(seenKey) ? decide(local, key, true) : null),
      ),
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

/** Seen markers kept in process (Redis away): true the first time a key is marked within the ttl. */
function localMarkers(ttlMs: number, max: number) {
  const local = new Map<string, number>();
  return {
    first(key: string): boolean {
      const now = Date.now();
      const until = local.get(key);
      if (until !== undefined && until > now) return false;
      if (local.size >= max) local.delete(local.keys().next().value as string);
      local.set(key, now + ttlMs);
      return true;
    },
  };
}
