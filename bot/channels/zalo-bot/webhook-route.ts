import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from '../zalo-oa/too-large.js';
import type { ChannelAlerts, InboundHandler } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import { createRedeliveryGuard } from '../redelivery-guard.js';
import { parseZaloBotUpdate } from './parse.js';

const ZALOBOT_WEBHOOK_MAX_BODY = 256 * 1024;

export interface ZaloBotWebhookOptions {
  secret: string;
  handler: InboundHandler;
  logger: Logger;
  maxBodyBytes?: number;
  alerts?: ChannelAlerts;
}

/** Constant time whatever the lengths: compare digests, not the strings. */
function secretMatches(got: string | undefined, want: string): boolean {
  if (!got || !want) return false;
  const a = createHash('sha256').update(got).digest();
  const b = createHash('sha256').update(want).digest();
  return timingSafeEqual(a, b);
}

/**
 * `POST /webhook` (mount at `/zalobot`). The platform signs nothing; it echoes the secret we
 * registered with setWebhook in `X-Bot-Api-Secret-Token`. Answers 200 only after the intake
 * committed; 500 otherwise so the update is not acknowledged (error log and an
 * `update_not_stored` alert) — unless a redelivery failed again for a reason that will not go
 * away: then 200 and an `update_skipped` alert, so one poison update cannot loop forever.
 */
export function createZaloBotWebhookRoute(opts: ZaloBotWebhookOptions): Hono {
  const log = opts.logger.child({ channel: 'zalobot', route: 'webhook' });
  const guard = createRedeliveryGuard();
  const app = new Hono();
  app.post('/webhook', bodyLimit({ maxSize: opts.maxBodyBytes ?? ZALOBOT_WEBHOOK_MAX_BODY, onError: tooLarge }), async (c) => {
    if (!secretMatches(c.req.header('x-bot-api-secret-token'), opts.secret)) {
      log.warn({ status: 401 }, 'zalobot webhook refused: bad secret');
      return c.text('unauthorized', 401);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.text('malformed JSON', 400);
    }
    const msg = parseZaloBotUpdate(body);
    if (!msg) {
      const ev = body as { event_name?: unknown; result?: { event_name?: unknown } } | null;
      log.info({ event: String(ev?.event_name ?? ev?.result?.event_name ?? '') }, 'zalobot update ignored');
      return c.text('ok', 200);
    }
    try {
      await opts.handler(msg);
      guard.succeeded(msg.updateKey);
      return c.text('ok', 200);
    } catch (err) {
      if (guard.afterFailure(msg.updateKey, err) === 'skip') {
        log.error({ err: safeError(err), updateKey: msg.updateKey }, 'zalobot update skipped: its redelivery failed again for a reason that will not go away');
        opts.alerts?.alert('zalobot', 'update_skipped');
        return c.text('ok', 200);
      }
      log.error({ err: safeError(err), updateKey: msg.updateKey }, 'zalobot update not applied; answering 500');
      opts.alerts?.alert('zalobot', 'update_not_stored');
      return c.text('error', 500);
    }
  });
  return app;
}
