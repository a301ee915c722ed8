import type { Redis } from 'ioredis';
import type { ChannelName } from '../kernel/messages.js';
import type { Config } from '../platform/config.js';

/**
 * The one bulk pace per channel (DESIGN §4.4), shared by every bulk sender — broadcast
 * deliveries, polls, reminders — and every worker process, through one Redis key per channel
 * (GCRA: each send reserves the next slot `1000/rate` ms after the previous one and waits until
 * it is due). So the platform cap (TELEGRAM_BULK_RATE) holds for their sum, whatever mix runs.
 * Unlike BullMQ's queue limiter, only real provider calls spend a slot: the no-op jobs of a
 * paused or cancelled broadcast drain for free. A 429 pushes the whole channel back.
 * A send that starts more than one interval after its slot (the process stalled: GC, a busy
 * event loop, a slow Redis reply) gives that slot up and takes a new one: sent anyway, every
 * send whose slot passed during the stall would go out at once, on top of the next second's
 * on-time sends, and the platform counts more than the cap in that second (HTTP 429).
 */
export interface BulkPacer {
  /** Reserves the next send slot on the channel; resolves when it is due. */
  take(channel: string): Promise<void>;
  /** Nobody sends on the channel for `ms` (Telegram's retry_after). */
  holdOff(channel: string, ms: number): Promise<void>;
}

// Redis TIME keeps every process on one clock. Returns the wait in ms (float, as a string).
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', math.ceil(tat - now + interval) + 60000)
return tostring(tat - now)`;

const HOLD = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local until_ = now + tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < until_ then redis.call('SET', KEYS[1], tostring(until_), 'PX', math.ceil(until_ - now) + 60000) end
return 1`;

/** From this rate on the cap counts as lifted: no pacing, no Redis round trip per send. */
const UNPACED_RATE = 10_000;

/** Slots a send gives up before it goes anyway (a process stalled again and again must still send). */
const MAX_RETAKES = 3;

/** Sandbox has no platform limit; this keeps a demo broadcast watchable. */
const SANDBOX_RATE = 200;

/** Bulk messages per second per channel, from the configuration. */
export function bulkRates(c: Pick<Config, 'TELEGRAM_BULK_RATE' | 'ZALO_BULK_RATE'>): Record<ChannelName, number> {
  return { telegram: c.TELEGRAM_BULK_RATE, zalo: c.ZALO_BULK_RATE, zalobot: c.ZALO_BULK_RATE, sandbox: SANDBOX_RATE };
}

/** `rates`: messages per second per channel; a channel without a rate (or ≥ UNPACED_RATE) is not paced. */
export function createBulkPacer(redis: Redis, prefix: string, rates: Partial<Record<string, number>>): BulkPacer {
  const key = (channel: string) => `${prefix}:bulk-pace:${channel}`;
  return {
    async take(channel) {
      const rate = rates[channel];
      if (!rate || !Number.isFinite(rate) || rate >= UNPACED_RATE) return;
      const interval = 1000 / rate;
      for (let retakes = 0; ; retakes++) {
        // Measured from before the call, so a reply that arrives late counts as lateness too.
        const asked = performance.now();
        const wait = Number(await redis.eval(TAKE, 1, key(channel), String(interval)));
        if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() - (asked + wait) <= interval || retakes >= MAX_RETAKES) return;
      }
    },
    async holdOff(channel, ms) {
      await redis.eval(HOLD, 1, key(channel), String(Math.max(0, ms)));
    },
  };
}
