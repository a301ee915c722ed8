import { timingSafeEqual, createHash } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Queue } from 'bullmq';
import { Hono } from 'hono';
import type { Logger } from '../../core/logger.js';

type BoardAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

export interface QueueDashboardOptions {
  queues: Queue[];
  /** Where the returned app is mounted, e.g. '/admin/queues' (the UI builds its links from it). */
  basePath: string;
  user: string;
  password: string | undefined;
  logger?: Logger;
}

/**
 * Bull Board behind HTTP basic auth, as a Hono app to mount at `basePath`. Without a password
 * the dashboard stays off (404) and says so once in the log: a queue UI can retry, delete and
 * read job data, so it is never open by default.
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
  app.use('*', async (c, next) => {
    if (checkBasicAuth(c.req.header('authorization'), user, password)) return next();
    return c.text('authentication required', 401, { 'WWW-Authenticate': 'Basic realm="dlxh queues", charset="UTF-8"' });
  });
  const serverAdapter = new HonoAdapter(serveStatic);
  serverAdapter.setBasePath(opts.basePath);
  // @bull-board/hono 9.10.1 nests its own @bull-board/api 9.10.1 (types only differ by a private field).
  createBullBoard({ queues: opts.queues.map((q) => new BullMQAdapter(q)), serverAdapter: serverAdapter as unknown as BoardAdapter });
  app.route('/', serverAdapter.registerPlugin());
  return app;
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
