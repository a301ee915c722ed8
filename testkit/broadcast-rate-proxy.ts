import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A send the proxy refused: whose, when, and how the sends it counted in that second were spread. */
export interface Rejection {
  chat: string;
  /** ms since the proxy started. */
  at: number;
  /** Arrival of each send counted in the second before `at`, in ms before `at` (oldest first). */
  window: number[];
}

/** Rejections kept for the log: the first ones say why; later ones repeat it. */
const MAX_REJECTIONS_KEPT = 20;

/**
 * Stands in for Telegram's bulk limit: more than `limit` sends in any second → HTTP 429. Every
 * send counts toward the limit; `sends` counts those to recipients (not to `exceptChat`, the
 * author, whose progress message the record-less fake cannot edit, so it is re-sent).
 * `rejections` keeps the refused chat and the window that was full (describeRejection prints it).
 */
export async function rateLimitProxy(target: string, limit: number, exceptChat: string) {
  const started = Date.now();
  const stamps: number[] = [];
  const state = { sends: 0, rejected: 0 };
  const rejections: Rejection[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const now = Date.now();
      while (stamps.length && stamps[0]! <= now - 1000) stamps.shift();
      if (/\/send(Message|Photo|Document|Location|Venue)$/.test(req.url ?? '')) {
        const body = Buffer.concat(chunks).toString();
        if (stamps.length >= limit) {
          state.rejected++;
          if (rejections.length < MAX_REJECTIONS_KEPT) rejections.push({ chat: chatOf(body), at: now - started, window: stamps.map((s) => now - s) });
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
          return;
        }
        stamps.push(now);
        if (!body.includes(`"chat_id":"${exceptChat}"`)) state.sends++;
      }
      fetch(`${target}${req.url}`, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      })
        .then(async (r) => {
          res.writeHead(r.status, { 'content-type': 'application/json' });
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get sends() {
      return state.sends;
    },
    get rejected() {
      return state.rejected;
    },
    rejections,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function chatOf(body: string): string {
  return /"chat_id":"?([^",}]+)/.exec(body)?.[1] ?? '?';
}

/**
 * One line per rejection: the chat, when, and the full second before it in 100 ms buckets
 * (oldest first), e.g. `chat 6000000123 at 41.2 s: 2 3 2 3 2 2 3 2 0 11` — a bunch at the end
 * after an empty stretch is a stall whose late sends went out together.
 */
export function describeRejection(r: Rejection): string {
  const buckets = Array.from({ length: 10 }, () => 0);
  for (const ago of r.window) buckets[9 - Math.min(9, Math.floor(ago / 100))]!++;
  return `chat ${r.chat} at ${(r.at / 1000).toFixed(1)} s: ${buckets.join(' ')}`;
}
