import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { buildRequest, updateKeyOf } from '../../../bench/lib/load-child.js';

/**
 * Telegram and Zalo as the bot sees them: each update is POSTed to the webhook and delivered
 * again, with backoff, until it is answered 2xx (that is what a platform does with a 5xx or a
 * timeout). Updates go out at a steady pace from many users. What happened to every update is
 * kept for the verdict: attempts, statuses, when it was first sent and when acknowledged.
 */
export interface PlatformSpec {
  url: string;
  users: { telegram: number; zalo: number };
  telegramSecret: string;
  zalo: { appId: string; oaSecretKey: string };
}

export interface Delivery {
  seq: number;
  channel: 'telegram' | 'zalo';
  key: string;
  attempts: number;
  statuses: string[];
  firstAt: number;
  ackAt: number | null;
}

export function createPlatform(spec: PlatformSpec) {
  const pool = new Pool(spec.url, { connections: 64, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const deliveries: Delivery[] = [];

  async function post(req: ReturnType<typeof buildRequest>): Promise<string> {
    try {
      const res = await pool.request({ method: 'POST', ...req });
      await res.body.dump();
      return String(res.statusCode);
    } catch (err) {
      return (err as { code?: string }).code ?? 'error';
    }
  }

  /** One update, redelivered until 2xx or the deadline (ms since epoch). */
  async function deliver(seq: number, deadline: number, copies = 1): Promise<Delivery> {
    const req = buildRequest(spec, seq);
    const d: Delivery = { seq, ...updateKeyOf(spec, seq), attempts: 0, statuses: [], firstAt: Date.now(), ackAt: null };
    deliveries.push(d);
    for (let backoff = 100; Date.now() < deadline; backoff = Math.min(backoff * 2, 1_000)) {
      const statuses = await Promise.all(Array.from({ length: copies }, () => post(req)));
      d.attempts += copies;
      d.statuses.push(...statuses);
      if (statuses.some((s) => s.startsWith('2'))) {
        d.ackAt = Date.now();
        return d;
      }
      await sleep(backoff);
    }
    return d;
  }

  /** `count` updates at `perSecond`, starting at `firstSeq`; resolves when all are acknowledged or given up. */
  async function stream(o: { firstSeq: number; count: number; perSecond: number; deadline: number; copies?: number }): Promise<Delivery[]> {
    const started = Date.now();
    const pending: Promise<Delivery>[] = [];
    for (let i = 0; i < o.count; i++) {
      const due = started + (i * 1000) / o.perSecond;
      if (due > Date.now()) await sleep(due - Date.now());
      pending.push(deliver(o.firstSeq + i, o.deadline, o.copies));
    }
    return Promise.all(pending);
  }

  return { deliver, stream, deliveries, close: () => pool.close() };
}
