import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { createHttpApp } from '../../bot/http/app.js';
import { silentLogger } from '../../core/kernel/logger.js';

/** What a person typing an address gets from the one HTTP server (found trying `/sandbox/` in a browser). */
const sandbox = new Hono().get('/', (c) => c.text('sandbox page'));
const webhook = new Hono().post('/', (c) => c.json({ ok: true }));
const app = createHttpApp({
  mounts: [
    { path: '/sandbox', app: sandbox },
    { path: '/webhook/x', app: webhook },
  ],
  readiness: {},
  logger: silentLogger,
});

describe('addresses', () => {
  it('a trailing slash on a page is the page (redirected), not a JSON 404', async () => {
    const res = await app.request('http://localhost/sandbox/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('http://localhost/sandbox');
    expect(await (await app.request('http://localhost/sandbox')).text()).toBe('sandbox page');
  });

  it('an unknown address: a browser gets a page with the way on, an API caller JSON; a POST with a slash is not redirected', async () => {
    const page = await app.request('/nowhere', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('href="/sandbox"');
    const api = await app.request('/nowhere', { headers: { accept: 'application/json' } });
    expect(await api.json()).toEqual({ error: 'not found' });
    expect((await app.request('/webhook/x/', { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
