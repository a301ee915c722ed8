import { Hono } from 'hono';
import type { Registry } from 'prom-client';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * GET /metrics in the Prometheus text format. Mount at `/metrics`. The figures hold no personal
 * data, but queue names and rates are still nobody else's business: when `token` is set the
 * scraper must send `Authorization: Bearer <token>` (compared in constant time).
 */
export function createMetricsRoute(opts: { registry: Registry; token?: string }): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    if (opts.token && !secretMatches(c.req.header('authorization')?.replace(/^Bearer\s+/i, ''), opts.token)) {
      return c.text('unauthorized', 401, { 'www-authenticate': 'Bearer' });
    }
    const body = await opts.registry.metrics();
    return c.body(body, 200, { 'content-type': opts.registry.contentType });
  });
  return app;
}

function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
