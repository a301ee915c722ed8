import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/** What a test does with one proxied connection's bytes; `send` passes client bytes on to the server. */
export interface Tap {
  fromClient(chunk: Buffer, send: (chunk: Buffer) => void, client: Socket): void;
  fromServer?(chunk: Buffer): void;
}

/**
 * A TCP proxy in front of the Postgres at `target` whose client bytes go through a tap made for
 * each connection: to count round trips, read what the client sends, or hold a message back.
 * The server's answers go straight back to the client. `url` is `target` pointed at the proxy.
 */
export async function tapProxy(target: string, tap: () => Tap): Promise<{ url: string; close(): Promise<void> }> {
  const to = new URL(target);
  const server = createServer((client) => {
    const upstream = connect(Number(to.port || 5432), to.hostname);
    const t = tap();
    const send = (chunk: Buffer) => void upstream.write(chunk);
    client.on('data', (chunk: Buffer) => t.fromClient(chunk, send, client));
    upstream.on('data', (chunk: Buffer) => {
      t.fromServer?.(chunk);
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return { url: url.toString(), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
