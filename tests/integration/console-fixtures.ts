import { Hono } from 'hono';
import { createConsoleApp } from '../../bot/console/app.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { issueLoginToken } from '../../core/console/sessions.js';
import type { Config } from '../../core/platform/config.js';
import type { Db } from '../../db/client.js';

export const POLICY = { linkMinutes: 10, idleMinutes: 30, sessionHours: 12 };
export const HOST = 'console.test';

/** The console app alone (as app.request sees it) with a movable clock. */
export function consoleApp(db: Db, config: Config) {
  const clock = { now: new Date() };
  // Mounted where the bot's HTTP server mounts it, so paths, redirects and cookie paths are the real ones.
  const app = new Hono().route('/console', createConsoleApp({ db, config, logger: silentLogger, clock: () => clock.now }));
  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('host', HOST);
    if (init.cookie) headers.set('cookie', init.cookie);
    return app.request(`http://${HOST}/console${path === '/' ? '' : path}`, { ...init, headers });
  };
  return { app, clock, request };
}

export type ConsoleClient = ReturnType<typeof consoleApp>;

/** Logs a person in through a fresh link; returns the cookie header and the page's CSRF token. */
export async function login(db: Db, c: ConsoleClient, personId: string): Promise<{ cookie: string; csrf: string }> {
  const r = await db.transaction((tx) => issueLoginToken(tx, personId, POLICY, c.clock.now));
  if (!r.ok) throw new Error(`no link: ${r.code}`);
  const res = await c.request(`/login/${r.token}`, { method: 'POST', headers: { origin: `http://${HOST}` } });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await c.request('/', { cookie })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf };
}

export function form(values: Record<string, string>): { body: string; headers: Record<string, string> } {
  return { body: new URLSearchParams(values).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${HOST}` } };
}
