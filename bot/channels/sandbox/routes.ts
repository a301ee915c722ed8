import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ChannelAdapter } from '../../../core/kernel/channel.js';
import { createI18n, type Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { InboundMessage, InboundPayload } from '../../../core/kernel/messages.js';
import type { Db } from '../../../db/client.js';
import { localOnly } from '../../http/local-only.js';
import { renderPage } from './page.js';
import { accountState, createGuestAccount, ensurePersonaAccounts, listMessages, listPersonas, markInbound, recordInbound, setSimulation } from './store.js';
import { blockBody, faultsBody, parseSendBody, type Lang, type SandboxErrorCode } from './validate.js';
import { safeError } from '../../../core/kernel/safe-error.js';

export interface SandboxRoutesDeps {
  db: Db;
  /** The sandbox adapter; its limits bound what a user may type. */
  adapter: ChannelAdapter;
  /** The intake engine: resolves once the update is committed. */
  handler: (msg: InboundMessage) => Promise<unknown>;
  logger: Logger;
  t?: Translate;
  /** Refuse requests not from a browser on this machine (default true): anyone here can act as anyone. */
  localOnly?: boolean;
  pollIntervalMs?: number;
  /** «Mở bảng điều khiển» for official personas: a fresh console login path for the account, or null. */
  consoleLogin?: (accountId: string) => Promise<string | null>;
}

const MAX_API_BODY = 64 * 1024;
const STATUS: Record<SandboxErrorCode, 400 | 403 | 404 | 409 | 413 | 415 | 500> = {
  bad_json: 400,
  bad_request: 400,
  empty_text: 400,
  text_too_long: 400,
  unknown_account: 404,
  account_blocked: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  forbidden_remote: 403,
  handler_failed: 500,
};

/** The local web chat, to be mounted at /sandbox: the page and its small JSON API. */
export function createSandboxRoutes(deps: SandboxRoutesDeps): Hono {
  const { db, logger } = deps;
  const t = deps.t ?? createI18n().t;
  const maxText = deps.adapter.limits.maxText;
  const app = new Hono();
  const fail = (c: Context, code: SandboxErrorCode, lang: Lang = 'vi') =>
    c.json({ error: code, message: t(lang, `sandbox-error-${code}`, { max: maxText }) }, STATUS[code]);

  // The socket, the Host (DNS rebinding), proxy headers and Origin: see bot/http/local-only.ts.
  if (deps.localOnly !== false)
    app.use(
      '*',
      localOnly((c) => fail(c, 'forbidden_remote')),
    );
  app.use('/api/*', bodyLimit({ maxSize: MAX_API_BODY, onError: (c) => fail(c, 'payload_too_large') }));

  /** Parses a JSON body or answers the 4xx itself. */
  async function jsonBody(c: Context): Promise<unknown | Response> {
    if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return fail(c, 'unsupported_media_type');
    try {
      return await c.req.json();
    } catch {
      return fail(c, 'bad_json');
    }
  }

  /** Hands one user action to the engine; 200 only after it committed. */
  async function deliver(c: Context, accountId: string, payload: InboundPayload, updateKey: string, lang?: Lang) {
    const msg: InboundMessage = { channel: 'sandbox', updateKey, accountId, receivedAt: new Date(), payload };
    if (lang) msg.languageHint = lang;
    const shown = payload.type !== 'event';
    if (shown) await recordInbound(db, accountId, payload, updateKey);
    try {
      await deps.handler(msg);
    } catch (err) {
      logger.error({ channel: 'sandbox', updateKey, err: safeError(err) }, 'sandbox update failed');
      if (shown) await markInbound(db, updateKey, 'failed');
      return fail(c, 'handler_failed', lang);
    }
    if (shown) await markInbound(db, updateKey, 'ok');
    return c.json({ ok: true, updateKey });
  }

  app.get('/', (c) => {
    const lang: Lang = c.req.query('lang') === 'en' ? 'en' : 'vi';
    const { html, csp } = renderPage({ t, lang, pollIntervalMs: deps.pollIntervalMs ?? 700 });
    return c.html(html, 200, { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  });

  app.get('/api/personas', async (c) => {
    await ensurePersonaAccounts(db);
    return c.json({ personas: await listPersonas(db) });
  });

  /** Sandbox only: opens the console as this persona (the sandbox already lets anyone act as anyone, from this machine). */
  app.get('/console/:account', async (c) => {
    const path = deps.consoleLogin ? await deps.consoleLogin(c.req.param('account')) : null;
    return path ? c.redirect(path, 303) : fail(c, 'unknown_account');
  });

  app.post('/api/personas/new', async (c) => c.json({ accountId: await createGuestAccount(db) }));

  app.get('/api/messages', async (c) => {
    const account = c.req.query('account') ?? '';
    const after = Number(c.req.query('after') ?? '0');
    if (!Number.isSafeInteger(after) || after < 0) return fail(c, 'bad_request');
    const state = await accountState(db, account);
    if (!state) return fail(c, 'unknown_account');
    const messages = await listMessages(db, account, after);
    return c.json({ messages, cursor: messages.length > 0 ? messages[messages.length - 1]!.seq : after, blocked: state.blocked });
  });

  app.post('/api/send', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const parsed = parseSendBody(body, maxText);
    if (!parsed.ok) return fail(c, parsed.code, parsed.lang);
    const state = await accountState(db, parsed.account);
    if (!state) return fail(c, 'unknown_account', parsed.lang);
    if (state.blocked) return fail(c, 'account_blocked', parsed.lang);
    // The page's id is unique only for that chat: another account may use the same one.
    return deliver(c, parsed.account, parsed.payload, `${parsed.account}:${parsed.updateKey}`, parsed.lang);
  });

  /** Simulates the user blocking / unblocking the bot: later sends fail, the engine hears an event. */
  app.post('/api/block', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const parsed = blockBody.safeParse(body);
    if (!parsed.success) return fail(c, 'bad_request');
    const { account, blocked, lang } = parsed.data;
    if (!(await accountState(db, account))) return fail(c, 'unknown_account', lang);
    await setSimulation(db, account, { blocked });
    return deliver(c, account, { type: 'event', event: blocked ? 'blocked' : 'unblocked' }, randomUUID(), lang);
  });

  /** Simulates Telegram-style rate limiting of the next N sends to this account. */
  app.post('/api/faults', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const parsed = faultsBody.safeParse(body);
    if (!parsed.success) return fail(c, 'bad_request');
    if (!(await accountState(db, parsed.data.account))) return fail(c, 'unknown_account', parsed.data.lang);
    await setSimulation(db, parsed.data.account, { rateLimitedSends: parsed.data.rateLimitedSends });
    return c.json({ ok: true });
  });

  return app;
}
