import { timingSafeEqual, createHash } from 'node:crypto';
import type { createBullBoard } from '@bull-board/api';
import type { Queue } from 'bullmq';
import { Hono } from 'hono';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import { createLoginAttempts, createLoginGuard, type LoginGuard } from './login-guard.js';

type BoardAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

export interface QueueDashboardOptions {
  queues: Queue[];
  /** Where the returned app is mounted, e.g. '/admin/queues' (the UI builds its links from it). */
  basePath: string;
  user: string;
  password: string | undefined;
  logger?: Logger;
  /** Attempt limits; one per dashboard by default (the web console keeps its own). */
  guard?: LoginGuard;
}

/**
 * Bull Board behind HTTP basic auth with attempt limits (5 wrong passwords per address, 50 in
 * all, per 15 minutes; each failure logged), as a Hono app to mount at `basePath`. Without a password
 * the dashboard stays off (404) and says so once in the log: a queue UI can retry, delete and
 * read job data, so it is never open by default. Bull Board itself (~20 MB) loads on the first
 * authenticated request, not at start.
 */
export function createQueueDashboard(opts: QueueDashboardOptions): Hono {
  const app = new Hono();
  if (!opts.password) {
    opts.logger?.warn({ path: opts.basePath }, 'queue dashboard disabled: set ADMIN_PASSWORD to enable it');
    app.all('*', (c) => c.json({ error: 'queue dashboard disabled (ADMIN_PASSWORD not set)' }, 404));
    return app;
  }
  const user = opts.user;
  const password = opts.password;
  const attempts = createLoginAttempts(opts.guard ?? createLoginGuard(), opts.logger ?? silentLogger, 'queue-dashboard');
  app.use('*', async (c, next) => {
    const locked = attempts.refuse(c);
    if (locked) return locked;
    const header = c.req.header('authorization');
    if (checkBasicAuth(header, user, password)) {
      attempts.succeeded(c);
      return next();
    }
    // A request without credentials is the browser asking for the login prompt, not a guess.
    if (header !== undefined) attempts.failed(c);
    return c.text('authentication required', 401, { 'WWW-Authenticate': 'Basic realm="dlxh queues", charset="UTF-8"' });
  });
  let board: Promise<Hono> | null = null;
  app.all('*', async (c) => {
    board ??= buildBoard(opts.queues, opts.basePath);
    return (await board).fetch(c.req.raw);
  });
  return app;
}

/** The Bull Board UI and API, routed under the full base path (requests arrive unchanged). */
async function buildBoard(queues: Queue[], basePath: string): Promise<Hono> {
  const [{ createBullBoard }, { BullMQAdapter }, { HonoAdapter }, { serveStatic }] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/hono'),
    import('@hono/node-server/serve-static'),
  ]);
  const serverAdapter = new HonoAdapter(serveStatic);
  serverAdapter.setBasePath(basePath);
  // @bull-board/hono 9.10.1 nests its own @bull-board/api 9.10.1 (types only differ by a private field).
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: serverAdapter as unknown as BoardAdapter });
  return new Hono().route(basePath, serverAdapter.registerPlugin());
}

/** Constant-time comparison of both fields (hashing first makes the lengths equal). */
export function checkBasicAuth(header: string | undefined, user: string, password: string): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!m?.[1]) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return false;
  const same = (a: string, b: string) => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
  const userOk = same(decoded.slice(0, i), user);
  const passOk = same(decoded.slice(i + 1), password);
  return userOk && passOk;
}
