import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from '../kernel/logger.js';
import { safeError } from '../kernel/safe-error.js';
import { createSharedLimiter, type LimitVerdict, type RedisHealth, type SeenSpec } from './flood-limiter.js';

/**
 * Rate limits that must hold across several bot processes (rate-limiter-flexible counters in
 * Redis, each with an in-process insurance limiter; see flood-limiter.ts). Never fail open:
 * while Redis is slow or away each process keeps the same limits on its own, and every such
 * decision is counted (`dlxh_limiter_fallbacks_total`).
 *
 *  - intake: per chat account, before the update's transaction (a flood costs one Redis call,
 *    not a Postgres transaction); a redelivery of an update already seen costs nothing.
 *  - inviteCheck: per chat account and per invite-code prefix (throwaway accounts guessing codes
 *    spread over the prefixes and use up only their own allowances, so a genuine user with a valid
 *    code still gets through), and a high system-wide ceiling that alerts admins (metric + error
 *    log) rather than refusing everyone.
 */
export interface SecurityLimits {
  /** `updateKey`: a redelivery of an update already seen costs nothing (platform duplicate storms). */
  intake(accountKey: string, updateKey?: string): Promise<LimitVerdict>;
  /** `code`: what the user typed (only its normalised prefix is used as a key). */
  inviteCheck(accountKey: string, code: string): Promise<LimitVerdict>;
  /** Erasure: forgets every limit kept for these chat accounts (`accountKey(channel, id)`). */
  forgetAccounts(accountKeys: string[]): Promise<void>;
}

export type LimitConfig = Pick<
  Config,
  'FLOOD_BURST' | 'FLOOD_PER_MINUTE' | 'INVITE_CHECKS_PER_ACCOUNT_HOUR' | 'INVITE_CHECKS_PER_PREFIX_HOUR' | 'INVITE_CHECKS_PER_HOUR'
>;

/** What the limits report (metrics in production; absent in tools and most tests). */
export interface LimitEvents {
  refused?(limit: string): void;
  fallback?(limit: string): void;
  /** The system-wide invite-check ceiling was passed (once per hour window). */
  ceiling?(): void;
}

/** Where a deployment's limits live in Redis (`<queue prefix>:limits:rl:<limit>:<key>`). */
export const limitsPrefix = (queuePrefix: string) => `${queuePrefix}:limits`;

/** Characters of the normalised code that form its prefix key (19² = 361 prefixes). */
const INVITE_PREFIX_LENGTH = 2;
/** Platforms redeliver within seconds to minutes; a marker outlives that, and no more (memory). */
const SEEN_TTL_MS = 5 * 60_000;
const HOUR_SEC = 3600;

export function createSecurityLimits(deps: {
  redis: Redis;
  prefix: string;
  config: LimitConfig;
  logger: Logger;
  events?: LimitEvents;
  timeoutMs?: number;
  pauseMs?: number;
}): SecurityLimits {
  const c = deps.config;
  const log = deps.logger.child({ part: 'limits' });
  const health: RedisHealth = { pausedUntil: 0 };
  // Reconnected (Redis restarted): shared limits again at once, not after the pause a failure began.
  deps.redis.on('ready', () => {
    health.pausedUntil = 0;
  });
  let lastWarn = 0;
  const fellBack = (limit: string) => (err: unknown) => {
    deps.events?.fallback?.(limit);
    // Once a minute at most: a Redis outage must not flood the log either.
    if (err === null || Date.now() - lastWarn < 60_000) return;
    lastWarn = Date.now();
    log.warn({ limit, err: safeError(err) }, 'shared rate limiter unavailable: limits kept in this process');
  };
  const limiter = (name: string, points: number, durationSec: number, seen?: SeenSpec) =>
    createSharedLimiter({
      redis: deps.redis,
      keyPrefix: `${deps.prefix}:rl:${name}`,
      points,
      durationSec,
      health,
      timeoutMs: deps.timeoutMs,
      pauseMs: deps.pauseMs,
      onFallback: fellBack(name),
      seen,
    });
  // Average rate FLOOD_PER_MINUTE, in windows that hold one burst; an update seen before takes no point.
  const flood = limiter('intake', c.FLOOD_BURST, Math.max(1, Math.round((c.FLOOD_BURST / c.FLOOD_PER_MINUTE) * 60)), {
    keyPrefix: `${deps.prefix}:rl:seen`,
    ttlMs: SEEN_TTL_MS,
  });
  const perAccount = limiter('invite', c.INVITE_CHECKS_PER_ACCOUNT_HOUR, HOUR_SEC);
  const perPrefix = limiter('invite-prefix', c.INVITE_CHECKS_PER_PREFIX_HOUR, HOUR_SEC);
  const global = limiter('invite-all', c.INVITE_CHECKS_PER_HOUR, HOUR_SEC);
  const refused = (limit: string, v: LimitVerdict) => {
    if (!v.ok) deps.events?.refused?.(limit);
    return v;
  };

  return {
    async intake(accountKey, updateKey) {
      if (!updateKey) return refused('intake', await flood.consume(accountKey));
      // One Redis round trip: the update's seen marker and the account's point in one script.
      const v = await flood.consumeOnce(accountKey, `${accountKey}:${updateKey}`);
      return v ? refused('intake', v) : { ok: true, retryAfterMs: 0, notify: false, fallback: false };
    },
    async inviteCheck(accountKey, code) {
      const mine = await perAccount.consume(accountKey);
      if (!mine.ok) return refused('invite_account', mine);
      const prefix = code.slice(0, INVITE_PREFIX_LENGTH) || '-';
      const theirs = await perPrefix.consume(prefix);
      if (!theirs.ok) return refused('invite_prefix', theirs);
      const all = await global.consume('all');
      if (all.notify) {
        deps.events?.ceiling?.();
        log.error(
          { limit: 'invite_all', perHour: c.INVITE_CHECKS_PER_HOUR },
          'invite-code checks passed the system-wide ceiling: possible brute force, checks go on per account and prefix',
        );
      }
      return mine;
    },
    async forgetAccounts(accountKeys) {
      for (const key of accountKeys) {
        await flood.delete(key);
        await perAccount.delete(key);
        await deleteMatching(deps.redis, `${deps.prefix}:rl:seen:${escapeGlob(key)}:*`);
      }
    },
  };
}

async function deleteMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const escapeGlob = (s: string) => s.replace(/[*?[\]\\]/g, '\\$&');
