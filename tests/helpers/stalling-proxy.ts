import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of a server (Redis, Postgres) that can stall: while stalled, bytes are held in
 * both directions (the connection stays open, answers just do not come — a Redis that is slow,
 * not down). `resume()` lets the held bytes through.
 */
export async function stallingProxy(target: { host: string; port: number }) {
  let stalled = false;
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (stalled) for (const s of pair) s.pause();
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    /** A socket to the proxy (postgres.js's `socket` option). */
    socket: () => connect(port, '127.0.0.1'),
    stall() {
      stalled = true;
      for (const pair of pairs) for (const s of pair) s.pause();
    },
    /** Closes every open connection (as a Redis restart does); new ones are accepted again. */
    drop() {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
    },
    resume() {
      stalled = false;
      for (const pair of pairs) for (const s of pair) s.resume();
    },
    async close() {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
