import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';
import { runChecks, type Check } from './health.js';
import { declareRawRoute, honoAnswer, joinPath, rawRoutesOf, type RawAnswer } from './raw-route.js';

export interface Mount {
  path: string;
  app: Hono;
}

export const MAX_BODY_BYTES = 1024 * 1024;
const TOO_LARGE: RawAnswer = { status: 413, json: { error: 'payload too large' } };

/**
 * The one HTTP server: webhooks, sandbox, health, queue dashboard. Routes come in as Hono
 * sub-apps; this only composes them and adds the cross-cutting parts (body limit, errors).
 */
export function createHttpApp(opts: { mounts: Mount[]; readiness: Record<string, Check>; logger: Logger }): Hono {
  const app = new Hono();
  app.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => honoAnswer(c, TOO_LARGE) }));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const r = await runChecks(opts.readiness);
    return c.json(r, r.ok ? 200 : 503);
  });
  app.get('/', (c) => c.redirect(opts.mounts.some((m) => m.path === '/sandbox') ? '/sandbox' : '/healthz'));
  for (const m of opts.mounts) {
    app.route(m.path, m.app);
    // Webhook routes written as raw routes are also served straight from node:http by listen() (raw-route.ts).
    for (const [path, route] of rawRoutesOf(m.app)) {
      declareRawRoute(app, joinPath(m.path, path), { ...route, ceiling: { bytes: MAX_BODY_BYTES, tooLarge: TOO_LARGE } });
    }
  }
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    opts.logger.error({ err: safeError(err), path: c.req.path }, 'unhandled HTTP error');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
