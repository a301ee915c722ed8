import { createServer as createNetServer } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';
import { rawRoutesOf, serveRaw } from './raw-route.js';

export interface RunningServer {
  port: number;
  /** Requests answered straight from node:http by a raw route (webhooks), not through Hono. */
  rawServed(): number;
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

/**
 * Serves the app on host:port; rejects with ListenError (never an unhandled 'error' event).
 * A POST to the exact path of a raw route declared on the app (the webhooks: raw-route.ts) is
 * answered from node:http directly; everything else goes through Hono.
 */
export async function listen(app: Hono, host: string, port: number, logger?: Logger): Promise<RunningServer> {
  let server!: Server;
  const routes = rawRoutesOf(app);
  let rawServed = 0;
  const onError = (err: unknown) => logger?.error({ err: safeError(err) }, 'unhandled HTTP error');
  const withRawRoutes =
    (honoListener: (req: IncomingMessage, res: ServerResponse) => unknown): RequestListener =>
    (req: IncomingMessage, res: ServerResponse) => {
      const route = req.method === 'POST' ? routes.get(pathOf(req.url)) : undefined;
      if (!route) return void honoListener(req, res);
      rawServed++;
      serveRaw(route, req, res, onError);
    };
  const honoListener = getRequestListener(app.fetch, { hostname: host });
  const bound = await new Promise<number>((resolve, reject) => {
    server = createHttpServer(routes.size > 0 ? withRawRoutes(honoListener) : honoListener);
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, host, port)));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
  return { port: bound, rawServed: () => rawServed, close: (graceMs) => closeServer(server, graceMs) };
}

/** The path of a request target, without the query. */
function pathOf(url: string | undefined): string {
  if (!url) return '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
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
