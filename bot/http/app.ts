import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { trimTrailingSlash } from 'hono/trailing-slash';
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
  // «/sandbox/» typed or pasted is the sandbox, not a JSON 404 (a GET not found with a trailing slash).
  app.use('*', trimTrailingSlash());
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
  // A person's browser gets a page with the way on; an API caller the JSON it expects.
  app.notFound((c) => ((c.req.header('accept') ?? '').includes('text/html') ? c.html(notFoundPage(opts.mounts), 404) : c.json({ error: 'not found' }, 404)));
  app.onError((err, c) => {
    opts.logger.error({ err: safeError(err), path: c.req.path }, 'unhandled HTTP error');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

/** Vietnamese first, English second, as the sandbox and console; links to what this server serves. */
function notFoundPage(mounts: Mount[]): string {
  const has = (path: string) => mounts.some((m) => m.path === path);
  const links = [
    has('/sandbox') ? '<a href="/sandbox">Hộp thử nghiệm / Sandbox</a>' : '',
    has('/console') ? '<a href="/console">Bảng điều khiển / Console</a>' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Không tìm thấy trang</title><body style="font-family:system-ui,sans-serif;margin:2rem"><h1>Không tìm thấy trang</h1><p>Địa chỉ này không có trên máy chủ dlxh-bot. / This address is not served here.</p><p>${links || '<a href="/healthz">/healthz</a>'}</p></body></html>`;
}
