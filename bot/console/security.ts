import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { loadSession, type ConsoleUser, type SessionPolicy } from '../../core/console/sessions.js';
import type { Db } from '../../db/client.js';

export const SESSION_COOKIE = 'dlxh_console';
export const LANG_COOKIE = 'dlxh_console_lang';

export type ConsoleEnv = { Variables: { nonce: string; user: ConsoleUser; lang: 'vi' | 'en' } };

/** Strict CSP with a fresh nonce per response; tiles only from the configured tile server. */
export function securityHeaders(tileOrigin: string | null): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    c.set('nonce', nonce);
    await next();
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'self' 'nonce-${nonce}'`,
      `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
      "media-src 'self'",
      "connect-src 'self'",
      "font-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    c.header('content-security-policy', csp);
    c.header('x-content-type-options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts and the origin check could not work.
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    c.header('cache-control', c.res.headers.get('cache-control') ?? 'no-store');
  };
}

/** The tile server's origin for the CSP (none when tiles are off or the URL is not http(s)). */
export function tileOrigin(tileUrl: string): string | null {
  if (!tileUrl) return null;
  try {
    const u = new URL(tileUrl.replace(/\{[a-z]\}/g, '0'));
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.host.replace(/^0\./, '*.')}` : null;
  } catch {
    return null;
  }
}

/** Loads the session from its cookie; without one, pages redirect to the login help and partials get 401. */
export function requireSession(db: Db, policy: SessionPolicy, now: () => Date): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await loadSession(db, token, policy, now()) : null;
    if (!user) {
      if (c.req.method === 'GET' && !c.req.header('hx-request')) return c.redirect('/console/login', 303);
      return c.text('unauthorised', 401);
    }
    c.set('user', user);
    const lang = getCookie(c, LANG_COOKIE);
    c.set('lang', lang === 'en' || lang === 'vi' ? lang : user.locale);
    await next();
  };
}

/** Same-origin check: a browser always sends Origin on POST; a different one is a cross-site request. */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * CSRF on every state-changing request: the session's synchronizer token in the `_csrf` form
 * field or the X-CSRF-Token header (htmx sends it for every request), and a same-origin Origin.
 */
export function requireCsrf(): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    let sent = c.req.header('x-csrf-token');
    if (!sent) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody();
        sent = typeof body._csrf === 'string' ? body._csrf : undefined;
      }
    }
    if (!sent || !sameOrigin(c) || !equal(sent, c.get('user').csrfToken)) return c.text('CSRF check failed', 403);
    return next();
  };
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
