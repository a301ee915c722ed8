import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ChannelAlerts } from '../../../core/kernel/channel.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import { createRedeliveryGuard } from '../redelivery-guard.js';
import { declareRawRoute, honoAnswer, honoRequest, type RawRoute } from '../../http/raw-route.js';

/** Telegram's rule for secret_token (setWebhook): 1–256 of A-Z a-z 0-9 _ -. */
const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;
/** Updates are a few KB; anything near this is not Telegram. */
const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookRouteDeps {
  secretToken: string;
  dispatch: (update: { update_id: number }) => Promise<void>;
  logger: Logger;
  alerts?: ChannelAlerts;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Hashing first gives equal lengths, so the comparison leaks neither content nor length. */
function secretMatches(given: string | undefined, expected: Buffer): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(sha256(given), expected);
}

const decoder = new TextDecoder();

/**
 * POST / — one Telegram update. 2xx only after the engine committed it (DESIGN invariant 2):
 * a handler failure answers 500 so Telegram delivers the update again — unless that redelivery
 * failed again for a reason that will not go away: then 200, an error log and an
 * `update_skipped` alert, so one poison update does not loop forever (issue 11 item 6).
 * Served through Hono and, by bot/http/server.ts, straight from node:http (bot/http/raw-route.ts).
 */
export function createWebhookRoute(deps: WebhookRouteDeps): Hono {
  const route = createWebhookHandler(deps);
  const app = new Hono();
  app.post('/', bodyLimit({ maxSize: WEBHOOK_MAX_BODY_BYTES, onError: (c) => honoAnswer(c, route.tooLarge) }), async (c) =>
    honoAnswer(c, await route.handle(await honoRequest(c))),
  );
  declareRawRoute(app, '/', route);
  return app;
}

function createWebhookHandler(deps: WebhookRouteDeps): RawRoute {
  if (!WEBHOOK_SECRET_PATTERN.test(deps.secretToken)) throw new Error('telegram webhook secret must be 1–256 of A-Z a-z 0-9 _ -');
  const guard = createRedeliveryGuard();
  const expected = sha256(deps.secretToken); // once, not per update
  return {
    maxBodyBytes: WEBHOOK_MAX_BODY_BYTES,
    tooLarge: { status: 413, json: { error: 'payload_too_large' } },
    async handle(req) {
      if (!secretMatches(req.header(SECRET_HEADER), expected)) return { status: 401, json: { error: 'unauthorized' } };
      let update: unknown;
      try {
        update = JSON.parse(decoder.decode(req.body));
      } catch {
        return { status: 400, json: { error: 'bad_json' } };
      }
      const id = (update as { update_id?: unknown } | null)?.update_id;
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) return { status: 400, json: { error: 'not_an_update' } };
      try {
        await deps.dispatch(update as { update_id: number });
      } catch (err) {
        if (guard.afterFailure(String(id), err) === 'skip') {
          deps.logger.error({ updateId: id, err: safeError(err) }, 'telegram update skipped: its redelivery failed again for a reason that will not go away');
          deps.alerts?.alert('telegram', 'update_skipped');
          return { status: 200 };
        }
        deps.logger.error({ updateId: id, err: safeError(err) }, 'telegram webhook update failed; Telegram will redeliver');
        return { status: 500, json: { error: 'handler_failed' } };
      }
      guard.succeeded(String(id));
      return { status: 200 };
    },
  };
}
