import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for Telegram's bulk limit: more than `limit` sends in any second → HTTP 429. Every
 * send counts toward the limit; `sends` counts those to recipients (not to `exceptChat`, the
 * author, whose progress message the record-less fake cannot edit, so it is re-sent).
 */
export async function rateLimitProxy(target: string, limit: number, exceptChat: string) {
  const stamps: number[] = [];
  const state = { sends: 0, rejected: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const now = Date.now();
      while (stamps.length && stamps[0]! <= now - 1000) stamps.shift();
      if (/\/send(Message|Photo|Document)$/.test(req.url ?? '')) {
        if (stamps.length >= limit) {
          state.rejected++;
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
          return;
        }
        stamps.push(now);
        if (!Buffer.concat(chunks).toString().includes(`"chat_id":"${exceptChat}"`)) state.sends++;
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
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
