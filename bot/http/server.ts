import { createServer as createNetServer } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  port: number;
  /**
   * Stops listening, lets requests in flight finish for up to `graceMs`, then cuts every
   * connection still open. A browser tab (the sandbox polling, a streaming response) keeps its
   * keep-alive connection busy forever, and `server.close()` alone would wait for it.
   */
  close(graceMs: number): Promise<void>;
}

/** Why the address could not be bound; the caller turns it into one console line. */
export class ListenError extends Error {
  override readonly name = 'ListenError';
  constructor(
    readonly code: 'in_use' | 'denied' | 'other',
    readonly host: string,
    readonly port: number,
    options?: ErrorOptions,
  ) {
    super(`cannot listen on ${host}:${port} (${code})`, options);
  }
}

function listenError(err: NodeJS.ErrnoException, host: string, port: number): ListenError {
  const code = err.code === 'EADDRINUSE' ? 'in_use' : err.code === 'EACCES' ? 'denied' : 'other';
  return new ListenError(code, host, port, { cause: err });
}

/**
 * Throws ListenError when host:port cannot be bound, before anything else starts (no database
 * lock, no workers, no private Redis). Port 0 (any free port) always passes.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Serves the app on host:port; rejects with ListenError (never an unhandled 'error' event). */
export async function listen(app: Hono, host: string, port: number): Promise<RunningServer> {
  let server!: Server;
  const bound = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port, hostname: host }, (info) => resolve(info.port)) as Server;
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, host, port)));
  });
  return { port: bound, close: (graceMs) => closeServer(server, graceMs) };
}

async function closeServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Keep-alive connections that were busy a moment ago go idle after their request: close those too.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(cut);
  }
}
