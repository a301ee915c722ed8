import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from './too-large.js';
import type { ChannelAlerts, InboundHandler } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { InboundMessage } from '../../../core/kernel/messages.js';
import { ZALO_WEBHOOK_MAX_AGE_MS, ZALO_WEBHOOK_MAX_BODY, ZALO_WEBHOOK_MAX_SKEW_MS, ZALO_WEBHOOK_SOFT_DEADLINE_MS } from './constants.js';
import { parseZaloEvent } from './parse.js';
import { verifyZaloSignature } from './signature.js';
import { declareRawRoute, honoAnswer, honoRequest, type RawRoute } from '../../http/raw-route.js';

export interface ZaloWebhookOptions {
  appId: string;
  oaSecretKey: string;
  handler: InboundHandler;
  logger: Logger;
  /** Signed events older than this are refused as replays (default 3 h: Zalo's own retries run ~2 h 20 min). */
  maxAgeMs?: number;
  maxBodyBytes?: number;
  /** Answer 503 by then if the handler is still running (Zalo wants an answer within 2 s). */
  softDeadlineMs?: number;
  clock?: () => number;
  /** Counts updates that could not be stored (metrics). */
  alerts?: ChannelAlerts;
}

type Verdict = { status: 400 | 401; reason: string } | { status: 200; body: Record<string, unknown> };

const SIGNATURE_HEADER = 'x-zevent-signature';

/**
 * `POST /webhook` (mount at `/zalo`). Verifies over the raw bytes, then hands the parsed
 * message to the intake and answers 200 only after it committed (DESIGN §4.2).
 *
 * Zalo re-sends an event only when it could not connect; a 5xx is not retried (it warns the OA
 * admin instead). So an update the intake could not store is lost to us: it is answered 500,
 * logged at error level and counted as `update_not_stored` for the admins (docs/zalo.md).
 * A request without a signature is the developer console's "check" button (it saves the URL
 * only on 200): answered 200, nothing processed.
 */
export function createZaloWebhookRoute(opts: ZaloWebhookOptions): Hono {
  const route = createZaloWebhookHandler(opts);
  const app = new Hono();
  app.get('/webhook', (c) => c.text('ok', 200));
  app.post('/webhook', bodyLimit({ maxSize: route.maxBodyBytes, onError: tooLarge }), async (c) => honoAnswer(c, await route.handle(await honoRequest(c))));
  // Also served straight from node:http by bot/http/server.ts (bot/http/raw-route.ts).
  declareRawRoute(app, '/webhook', route);
  return app;
}

function createZaloWebhookHandler(opts: ZaloWebhookOptions): RawRoute {
  const clock = opts.clock ?? Date.now;
  const log = opts.logger.child({ channel: 'zalo', route: 'webhook' });
  return {
    maxBodyBytes: opts.maxBodyBytes ?? ZALO_WEBHOOK_MAX_BODY,
    tooLarge: { status: 413, text: 'payload too large', headers: { connection: 'close' } },
    async handle(req) {
      const raw = req.body;
      const signature = req.header(SIGNATURE_HEADER);
      if (signature === undefined) {
        log.info({ bytes: raw.length }, 'zalo webhook check (unsigned request) answered 200; nothing processed');
        return { status: 200, text: 'ok' };
      }
      const verdict = check(raw, signature, opts, clock());
      if (verdict.status !== 200) {
        log.warn({ status: verdict.status, reason: verdict.reason }, 'zalo webhook refused');
        return { status: verdict.status, text: verdict.reason };
      }
      const msg = parseZaloEvent(verdict.body, new Date(clock()));
      if (!msg) {
        log.info({ event: String(verdict.body.event_name ?? '') }, 'zalo event ignored');
        return { status: 200, text: 'ok' };
      }
      const numRetry = req.header('num_retry') ?? req.header('num-retry');
      const updateLog = log.child({ updateKey: msg.updateKey, ...(numRetry ? { numRetry } : {}) });
      if (numRetry) updateLog.info({}, 'zalo redelivered an event (num_retry)');
      const outcome = await deliver(msg, opts, updateLog);
      return outcome === 'done' ? { status: 200, text: 'ok' } : { status: outcome === 'late' ? 503 : 500, text: outcome === 'late' ? 'busy' : 'error' };
    },
  };
}

function check(raw: Uint8Array, header: string, opts: ZaloWebhookOptions, now: number): Verdict {
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { status: 400, reason: 'not a JSON object' };
    body = parsed as Record<string, unknown>;
  } catch {
    return { status: 400, reason: 'malformed JSON' };
  }
  const ts = body.timestamp;
  const timestamp = typeof ts === 'string' || typeof ts === 'number' ? String(ts) : '';
  if (!timestamp) return { status: 401, reason: 'missing timestamp' };
  if (!verifyZaloSignature({ rawBody: raw, header, appId: opts.appId, timestamp, oaSecretKey: opts.oaSecretKey })) {
    return { status: 401, reason: 'bad signature' };
  }
  if (body.app_id !== undefined && String(body.app_id) !== opts.appId) return { status: 401, reason: 'other app' };
  const age = now - Number(timestamp);
  if (!Number.isFinite(age) || age > (opts.maxAgeMs ?? ZALO_WEBHOOK_MAX_AGE_MS) || age < -ZALO_WEBHOOK_MAX_SKEW_MS) {
    return { status: 401, reason: 'stale timestamp' };
  }
  return { status: 200, body };
}

async function deliver(msg: InboundMessage, opts: ZaloWebhookOptions, log: Logger): Promise<'done' | 'failed' | 'late'> {
  const work = opts.handler(msg).then(
    () => 'done' as const,
    (err: unknown) => {
      log.error({ err: safeError(err) }, 'zalo update could not be stored; answering 500, which Zalo does not retry: the message is lost');
      opts.alerts?.alert('zalo', 'update_not_stored');
      return 'failed' as const;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), opts.softDeadlineMs ?? ZALO_WEBHOOK_SOFT_DEADLINE_MS);
  });
  const outcome = await Promise.race([work, late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    log.warn({}, 'zalo update still being applied at the soft deadline; answered 503');
    void work.then((o) => log.info({ outcome: o }, 'late zalo update finished'));
  }
  return outcome;
}
