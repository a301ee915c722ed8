import { randomBytes } from 'node:crypto';
import type { Translate } from '../../../core/kernel/i18n.js';
import { SANDBOX_MAX_TEXT } from './render.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

/** Template keys (sandbox-<key>) the page script reads, by the name it uses. */
export const STRING_KEYS = [
  'title',
  'intro',
  'personas',
  'new-guest',
  'guest',
  'unregistered',
  'role-collaborator',
  'role-official',
  'role-admin',
  'inactive',
  'no-persona',
  'start-hint',
  'empty-list',
  'input-placeholder',
  'long-hint',
  'send',
  'send-photo',
  'send-location',
  'latitude',
  'longitude',
  'location-requested',
  'location',
  'photo',
  'document',
  'photo-sent',
  'choice',
  'event-blocked',
  'event-unblocked',
  'block',
  'failed',
  'refresh',
  'error-generic',
  'open-console',
] as const;

/**
 * No default coordinates in the location form: units carry no map position, and a made-up one
 * (the capital, say) would be filed as where the event happened. The person types or pastes them.
 */
const DEFAULT_LOCATION = null;

function pageStrings(t: Translate, lang: 'vi' | 'en'): Record<string, string> {
  return Object.fromEntries(STRING_KEYS.map((k) => [k, t(lang, `sandbox-${k}`)]));
}

/**
 * The whole page, inline (no build step, no CDN). All text reaches the DOM through textContent
 * from a JSON island; the CSP allows only this response's own script and style.
 */
export function renderPage(opts: { t: Translate; lang: 'vi' | 'en'; pollIntervalMs: number }): { html: string; csp: string } {
  const nonce = randomBytes(16).toString('base64');
  const config = {
    strings: pageStrings(opts.t, opts.lang),
    lang: opts.lang,
    pollMs: opts.pollIntervalMs,
    maxText: SANDBOX_MAX_TEXT,
    defaultLocation: DEFAULT_LOCATION,
  };
  const island = JSON.stringify(config)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const html = `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dlxh-bot sandbox</title>
<style nonce="${nonce}">${PAGE_STYLE}</style>
</head>
<body>
<header><h1 id="title"></h1><p id="intro"></p></header>
<main>
  <aside id="sidebar">
    <div class="side-head"><h2 id="personas-title"></h2><button id="refresh" type="button"></button></div>
    <button id="new-guest" type="button"></button>
    <ul id="personas"></ul>
  </aside>
  <section id="chat">
    <div id="chat-head">
      <div><div id="chat-title"></div><div id="chat-sub"></div></div>
      <a id="open-console" target="_blank" rel="noopener" hidden></a>
      <label class="block-toggle"><input type="checkbox" id="block" disabled> <span id="block-label"></span></label>
    </div>
    <div id="messages" aria-live="polite"></div>
    <div id="error" role="alert" hidden></div>
    <div id="location-panel" hidden>
      <label><span id="lat-label"></span> <input id="lat" type="number" step="any" min="-90" max="90"></label>
      <label><span id="lng-label"></span> <input id="lng" type="number" step="any" min="-180" max="180"></label>
      <button id="send-location" type="button"></button>
    </div>
    <form id="composer">
      <input id="text" autocomplete="off" disabled>
      <button id="send" type="submit" disabled></button>
      <button id="photo" type="button" disabled></button>
      <button id="toggle-location" type="button" disabled></button>
    </form>
  </section>
</main>
<script type="application/json" id="sandbox-config">${island}</script>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>`;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}
