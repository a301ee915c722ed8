import type { Child } from 'hono/jsx';
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { logout, redeemLoginToken } from '../../../core/console/sessions.js';
import { PublicPage } from '../public-page.js';
import { LANG_COOKIE, requireCsrf, requireSession, sameOrigin, SESSION_COOKIE, type ConsoleEnv } from '../security.js';
import type { ConsoleDeps } from '../deps.js';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Login by the link /dangnhap sends. Opening the link shows a button; only the POST redeems it,
 * because chat apps fetch links for previews and a GET would burn the single-use token.
 */
export function authRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db, t, assets, policy, now } = deps;
  const lang = (c: { req: { query(k: string): string | undefined } }, cookie?: string): 'vi' | 'en' => ((c.req.query('lang') ?? cookie) === 'en' ? 'en' : 'vi');
  const page = (l: 'vi' | 'en', titleKey: string, body: Child, status: 200 | 400 | 410 = 200) => ({
    html: (
      <PublicPage lang={l} title={t(l, titleKey)} appName={t(l, 'con-app-name')} assets={assets}>
        {body}
      </PublicPage>
    ),
    status,
  });

  app.get('/login', (c) => {
    const l = lang(c, getCookie(c, LANG_COOKIE));
    const p = page(l, 'con-login-title', <p>{t(l, 'con-login-help')}</p>);
    return c.html(p.html, p.status);
  });

  app.get('/login/:token', (c) => {
    const l = lang(c, getCookie(c, LANG_COOKIE));
    const token = c.req.param('token');
    if (!TOKEN.test(token)) return c.html(page(l, 'con-login-bad', <p>{t(l, 'con-login-help')}</p>).html, 400);
    const body = (
      <form method="post" action={`/console/login/${token}`}>
        <p>{t(l, 'con-login-confirm')}</p>
        <button type="submit" class="primary">
          {t(l, 'con-login-button')}
        </button>
      </form>
    );
    return c.html(page(l, 'con-login-title', body).html);
  });

  app.post('/login/:token', async (c) => {
    const l = lang(c, getCookie(c, LANG_COOKIE));
    const token = c.req.param('token');
    if (!sameOrigin(c) || !TOKEN.test(token)) return c.html(page(l, 'con-login-bad', <p>{t(l, 'con-login-help')}</p>).html, 400);
    const r = await db.transaction((tx) => redeemLoginToken(tx, token, policy, now()));
    if (!r.ok) return c.html(page(l, `con-login-x-${r.code}`, <p>{t(l, 'con-login-help')}</p>).html, 410);
    setCookie(c, SESSION_COOKIE, r.sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.secureCookies,
      path: '/console',
      maxAge: policy.sessionHours * 3600,
    });
    return c.redirect('/console', 303);
  });

  app.post('/logout', requireSession(db, policy, now), requireCsrf(), async (c) => {
    const body = await c.req.parseBody();
    const everywhere = body.everywhere === '1';
    await db.transaction((tx) => logout(tx, c.get('user'), everywhere, now()));
    deleteCookie(c, SESSION_COOKIE, { path: '/console', secure: deps.secureCookies });
    return c.redirect('/console/login', 303);
  });

  app.get('/lang/:lang', (c) => {
    const l = c.req.param('lang') === 'en' ? 'en' : 'vi';
    setCookie(c, LANG_COOKIE, l, { path: '/console', sameSite: 'Lax', secure: deps.secureCookies, maxAge: 365 * 86400 });
    const back = c.req.query('back') ?? '/console';
    return c.redirect(back.startsWith('/console') && !back.startsWith('//') ? back : '/console', 303);
  });
}
