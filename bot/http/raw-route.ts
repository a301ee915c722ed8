import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, Hono } from 'hono';

/**
 * A webhook route written once and served two ways (issue 16 item 4): through Hono like every
 * other route (tests' `app.request`, anything that is not a plain POST to the exact path), and by
 * `listen()` (server.ts) straight from `node:http` — no Web-standard Request/Response objects,
 * body streams or Hono routing per update, which were ~18 % of the bot's CPU under webhook load.
 * The handler sees the header it asks for and the raw body bytes; it answers a status and a body.
 */
export interface RawRequest {
  header(name: string): string | undefined;
  body: Uint8Array;
}

export interface RawAnswer {
  status: number;
  /** Sent as application/json; else `text` as text/plain; else an empty body. */
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface RawRoute {
  handle(req: RawRequest): Promise<RawAnswer>;
  /** Larger bodies are answered `tooLarge` without being read further (the connection is closed). */
  maxBodyBytes: number;
  tooLarge: RawAnswer;
  /** The whole app's body limit (Hono checks it before the route's): larger bodies get its answer. */
  ceiling?: { bytes: number; tooLarge: RawAnswer };
}

const routesOf = new WeakMap<Hono, Map<string, RawRoute>>();

/** Declares that POST `path` of `app` is `route` (the app must also answer it, through `honoAnswer`). */
export function declareRawRoute(app: Hono, path: string, route: RawRoute): void {
  const routes = routesOf.get(app) ?? new Map<string, RawRoute>();
  routes.set(path, route);
  routesOf.set(app, routes);
}

/** The POST routes declared on `app`, by path. */
export function rawRoutesOf(app: Hono): ReadonlyMap<string, RawRoute> {
  return routesOf.get(app) ?? new Map();
}

/** Joins a mount path and a sub-app's route path as Hono's `app.route` does ('/a' + '/' = '/a'). */
export function joinPath(base: string, sub: string): string {
  const joined = `${base.replace(/\/$/, '')}/${sub.replace(/^\//, '')}`;
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** The Hono side: the answer as a Response. */
export function honoAnswer(c: Context, a: RawAnswer): Response {
  for (const [k, v] of Object.entries(a.headers ?? {})) c.header(k, v);
  if (a.json !== undefined) return c.json(a.json as object, a.status as 200);
  if (a.text !== undefined) return c.text(a.text, a.status as 200);
  return c.body(null, a.status as 200);
}

/** The Hono side: the request as the route sees it (body read whole; bodyLimit went before). */
export async function honoRequest(c: Context): Promise<RawRequest> {
  return { header: (name) => c.req.header(name), body: new Uint8Array(await c.req.arrayBuffer()) };
}

/** The node:http side: writes the answer. */
function writeAnswer(res: ServerResponse, a: RawAnswer): void {
  const body = a.json !== undefined ? JSON.stringify(a.json) : a.text;
  const headers: Record<string, string | number> = { ...a.headers };
  if (body !== undefined) {
    headers['content-type'] = a.json !== undefined ? 'application/json' : 'text/plain; charset=UTF-8';
    headers['content-length'] = Buffer.byteLength(body);
  } else headers['content-length'] = 0;
  res.writeHead(a.status, headers);
  res.end(body);
}

/**
 * The node:http side: reads the body (at most `maxBodyBytes`), runs the route, writes its answer.
 * `onError` is told of a route that threw (answered 500, as the Hono app's onError does).
 */
export function serveRaw(route: RawRoute, req: IncomingMessage, res: ServerResponse, onError: (err: unknown) => void): void {
  const ceiling = route.ceiling ?? { bytes: Infinity, tooLarge: route.tooLarge };
  const max = Math.min(route.maxBodyBytes, ceiling.bytes);
  const refuse = (size: number) => {
    const a = size > ceiling.bytes ? ceiling.tooLarge : route.tooLarge;
    writeAnswer(res, { ...a, headers: { ...a.headers, connection: 'close' } });
    req.destroy();
  };
  const declared = Number(req.headers['content-length']);
  if (declared > max) return refuse(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > max) {
      refused = true;
      refuse(size);
      return;
    }
    chunks.push(chunk);
  });
  req.on('error', () => {});
  req.on('end', () => {
    if (refused) return;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    const header = (name: string) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    route.handle({ header, body }).then(
      (a) => writeAnswer(res, a),
      (err: unknown) => {
        onError(err);
        if (!res.headersSent) writeAnswer(res, { status: 500, json: { error: 'internal error' } });
        else res.destroy();
      },
    );
  });
}
