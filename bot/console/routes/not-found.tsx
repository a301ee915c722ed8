import type { Context } from 'hono';
import type { ConsoleDeps } from '../deps.js';
import { Layout } from '../layout.js';
import { pageCtx } from '../page-context.js';
import type { ConsoleEnv } from '../security.js';

/**
 * 404 inside the console: a page with the nav and a way back (an old link, a report outside the
 * official's area, a mistyped address), or just the sentence when htmx asked for a fragment.
 */
export function notFound(c: Context<ConsoleEnv>, deps: ConsoleDeps) {
  const ctx = pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  if (c.req.header('hx-request')) return c.html(<p>{ctx.t('con-x-not_found')}</p>, 404);
  return c.html(
    <Layout ctx={ctx} title={ctx.t('con-not-found-title')} active="">
      <p>{ctx.t('con-x-not_found')}</p>
      <p>
        <a href="/console">{ctx.t('con-not-found-home')}</a>
      </p>
    </Layout>,
    404,
  );
}
