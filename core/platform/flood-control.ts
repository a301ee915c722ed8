import type { Config } from './config.js';
import type { Logger } from '../kernel/logger.js';

/**
 * Rate limits that must hold across several bot processes: token buckets kept in Redis and
 * updated by one Lua script (atomic, clocked by Redis's TIME so process clocks never matter).
 *
 *  - intake: per chat account, before the update's transaction (a flood costs one Redis call,
 *    not a Postgres transaction). Fails OPEN when Redis is away: intake must keep working
 *    (DESIGN §4.3), and the per-user row lock still serialises a flooder's updates.
 *  - inviteCheck: per chat account, then system-wide, before an invite code is looked up.
 *    Fails CLOSED: registration is rare and a brute-force window while Redis is away is not.
 */
export interface LimitVerdict {
  ok: boolean;
  /** When a refused caller may try again. */
  retryAfterMs: number;
  /** True on the first refusal of an episode: tell the user once, then stay quiet. */
  notify: boolean;
}

export interface SecurityLimits {
  /** `updateKey`: a redelivery of an update already seen costs nothing (platform duplicate storms). */
  intake(accountKey: string, updateKey?: string): Promise<LimitVerdict>;
  inviteCheck(accountKey: string): Promise<LimitVerdict>;
}

/** The one ioredis method used (tests may pass any client that has it). */
export interface EvalClient {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface BucketSpec {
  burst: number;
  /** Tokens added per millisecond. */
  perMs: number;
}

/**
 * KEYS[1] bucket, KEYS[2] (optional) "seen" marker of the update; ARGV burst, tokens/ms, cost,
 * seen-ttl ms → {ok, waitMs, notify}. Bucket fields: tok, at (ms), told.
 */
const TAKE_SCRIPT = `
if KEYS[2] and redis.call('SET', KEYS[2], 1, 'NX', 'PX', ARGV[4]) == false then
  return {1, 0, 0}
end
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local v = redis.call('HMGET', KEYS[1], 'tok', 'at', 'told')
local tok = tonumber(v[1]) or burst
local at = tonumber(v[2]) or now
local told = tonumber(v[3]) or 0
tok = math.min(burst, tok + math.max(0, now - at) * per_ms)
local ok, notify, wait = 0, 0, 0
if tok >= cost then
  tok = tok - cost
  ok = 1
  told = 0
else
  wait = math.ceil((cost - tok) / per_ms)
  if told == 0 then notify = 1 end
  told = 1
end
redis.call('HSET', KEYS[1], 'tok', tostring(tok), 'at', now, 'told', told)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_ms) + 1000)
return {ok, wait, notify}
`;

/** Platforms redeliver within seconds to minutes; a marker outlives that, and no more (memory). */
const SEEN_TTL_MS = 5 * 60_000;

export class LimiterUnavailableError extends Error {
  override readonly name = 'LimiterUnavailableError';
}

/** One bucket family (`<prefix>:rl:<name>:<key>`). Rejects when Redis does not answer in time. */
export function createBucket(redis: EvalClient, prefix: string, name: string, spec: BucketSpec, timeoutMs = 250) {
  return async (key: string, cost = 1, seenKey?: string): Promise<LimitVerdict> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LimiterUnavailableError('rate limiter timed out')), timeoutMs);
    });
    try {
      const keys = seenKey ? [`${prefix}:rl:${name}:${key}`, `${prefix}:rl:seen:${seenKey}`] : [`${prefix}:rl:${name}:${key}`];
      const call = redis.eval(TAKE_SCRIPT, keys.length, ...keys, spec.burst, spec.perMs, cost, SEEN_TTL_MS);
      const r = (await Promise.race([call, timeout])) as number[];
      return { ok: r[0] === 1, retryAfterMs: Number(r[1] ?? 0), notify: r[2] === 1 };
    } finally {
      clearTimeout(timer);
    }
  };
}

export type LimitConfig = Pick<Config, 'FLOOD_BURST' | 'FLOOD_PER_MINUTE' | 'INVITE_CHECKS_PER_ACCOUNT_HOUR' | 'INVITE_CHECKS_PER_HOUR'>;

const HOUR_MS = 3_600_000;
/** What a refused invite check answers while Redis is away. */
const UNAVAILABLE: LimitVerdict = { ok: false, retryAfterMs: 60_000, notify: true };

export function createSecurityLimits(deps: {
  redis: EvalClient;
  prefix: string;
  config: LimitConfig;
  logger: Logger;
  onRefused?: (limit: string) => void;
}): SecurityLimits {
  const c = deps.config;
  const flood = createBucket(deps.redis, deps.prefix, 'intake', { burst: c.FLOOD_BURST, perMs: c.FLOOD_PER_MINUTE / 60_000 });
  const perAccount = createBucket(deps.redis, deps.prefix, 'invite', {
    burst: c.INVITE_CHECKS_PER_ACCOUNT_HOUR,
    perMs: c.INVITE_CHECKS_PER_ACCOUNT_HOUR / HOUR_MS,
  });
  const global = createBucket(deps.redis, deps.prefix, 'invite-all', { burst: c.INVITE_CHECKS_PER_HOUR, perMs: c.INVITE_CHECKS_PER_HOUR / HOUR_MS });
  const log = deps.logger.child({ part: 'limits' });
  let lastWarn = 0;
  const warn = (err: unknown, limit: string) => {
    // Once a minute at most: a Redis outage must not flood the log either.
    if (Date.now() - lastWarn < 60_000) return;
    lastWarn = Date.now();
    log.warn({ limit, err: err instanceof Error ? err.message : String(err) }, 'rate limiter unavailable');
  };
  const refused = (limit: string, v: LimitVerdict) => {
    if (!v.ok) deps.onRefused?.(limit);
    return v;
  };
  return {
    async intake(accountKey, updateKey) {
      try {
        return refused('intake', await flood(accountKey, 1, updateKey && `${accountKey}:${updateKey}`));
      } catch (err) {
        warn(err, 'intake');
        return { ok: true, retryAfterMs: 0, notify: false };
      }
    },
    async inviteCheck(accountKey) {
      try {
        const mine = await perAccount(accountKey);
        if (!mine.ok) return refused('invite_account', mine);
        return refused('invite_global', await global('all'));
      } catch (err) {
        warn(err, 'invite');
        return refused('invite_unavailable', UNAVAILABLE);
      }
    },
  };
}
