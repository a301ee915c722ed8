import type { Child } from 'hono/jsx';
import type { PageCtx } from './page-context.js';

export const NAV = [
  'overview',
  'hot-spots',
  'reports',
  'requests',
  'progress',
  'policies',
  'guidance',
  'polls',
  'surveys',
  'trends',
  'synthesis',
  'network',
] as const;
const ADMIN_NAV = ['audit'] as const;

const href = (page: string) => (page === 'overview' ? '/console' : `/console/${page}`);

/** The page frame: skip link, navigation, language switch, logout; htmx sends the CSRF token on every request. */
export function Layout(props: { ctx: PageCtx; title: string; active: string; children?: Child; scripts?: string[]; styles?: string[] }) {
  const { ctx } = props;
  const nav = ctx.user.role === 'admin' ? [...NAV, ...ADMIN_NAV] : [...NAV];
  const other = ctx.lang === 'vi' ? 'en' : 'vi';
  const htmxConfig = JSON.stringify({ includeIndicatorStyles: false, allowEval: false, allowScriptTags: false, inlineScriptNonce: ctx.nonce });
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={htmxConfig} />
        <title>{`${props.title} — ${ctx.t('con-app-name')}`}</title>
        <link rel="stylesheet" href={ctx.assets.url('console.css')} />
        {(props.styles ?? []).map((s) => (
          <link rel="stylesheet" href={ctx.assets.url(s)} />
        ))}
      </head>
      <body hx-headers={JSON.stringify({ 'X-CSRF-Token': ctx.user.csrfToken })}>
        <a class="skip" href="#main">
          {ctx.t('con-skip')}
        </a>
        <header class="top">
          <a class="brand" href="/console">
            {ctx.t('con-app-name')}
          </a>
          <span class="who">
            {ctx.user.displayName} · {ctx.user.unitName}
          </span>
          <a class="lang" href={`/console/lang/${other}?back=${encodeURIComponent(ctx.path)}`} hreflang={other} lang={other}>
            {ctx.t('con-switch-lang')}
          </a>
          <form method="post" action="/console/logout" class="inline">
            <input type="hidden" name="_csrf" value={ctx.user.csrfToken} />
            <button type="submit" class="link">
              {ctx.t('con-logout')}
            </button>
          </form>
        </header>
        <nav aria-label={ctx.t('con-nav-label')} class="nav">
          <ul>
            {nav.map((p) => (
              <li>
                <a href={href(p)} aria-current={p === props.active ? 'page' : undefined}>
                  {ctx.t(`con-nav-${p}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabindex={-1}>
          <h1>{props.title}</h1>
          {props.children}
        </main>
        <script nonce={ctx.nonce} src={ctx.assets.url('htmx.min.js')}></script>
        {(props.scripts ?? []).map((s) => (
          <script nonce={ctx.nonce} src={ctx.assets.url(s)}></script>
        ))}
        <script nonce={ctx.nonce} src={ctx.assets.url('console.js')}></script>
      </body>
    </html>
  );
}

/** A table that scrolls sideways on a phone; focusable so keyboard users can scroll it. */
export function TableWrap(props: { label: string; children?: Child }) {
  return (
    <div class="table-wrap" role="region" aria-label={props.label} tabindex={0}>
      {props.children}
    </div>
  );
}

export function Pager(props: { ctx: PageCtx; page: number; pages: number; link: (page: number) => string }) {
  const { ctx, page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={ctx.t('con-pager')}>
      {page > 0 ? <a href={props.link(page - 1)}>‹ {ctx.t('con-prev')}</a> : null}
      <span>{ctx.t('con-page-of', { page: page + 1, pages })}</span>
      {page + 1 < pages ? <a href={props.link(page + 1)}>{ctx.t('con-next')} ›</a> : null}
    </nav>
  );
}

/** A hidden CSRF field for plain forms (htmx requests carry the header instead). */
export function Csrf(props: { ctx: PageCtx }) {
  return <input type="hidden" name="_csrf" value={props.ctx.user.csrfToken} />;
}

export function Select(props: { name: string; label: string; value: string | null | undefined; options: { value: string; label: string }[]; any?: string }) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.any !== undefined ? <option value="">{props.any}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
