import type { Child } from 'hono/jsx';
import type { Assets } from './assets.js';

/** Pages shown before login (login help, confirm link, link expired): no navigation, no user. */
export function PublicPage(props: { lang: 'vi' | 'en'; title: string; appName: string; assets: Assets; children?: Child }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${props.appName}`}</title>
        <link rel="stylesheet" href={props.assets.url('console.css')} />
      </head>
      <body class="public">
        <main id="main" class="card narrow">
          <p class="brand">{props.appName}</p>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
