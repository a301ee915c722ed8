import type { Dispatcher } from 'undici';
import type { Hono } from 'hono';
import type { ChannelAdapter, ChannelAlerts, ChannelLimits, InboundHandler, SentRef } from '../../../core/kernel/channel.js';
import { SendError } from '../../../core/kernel/errors.js';
import { createI18n, type Locale, type Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { OutboundMessage } from '../../../core/kernel/messages.js';
import type { Backoff } from '../../../core/kernel/retry.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import { zaloRenderTexts } from '../zalo-oa/adapter.js';
import { isHttpUrl } from '../zalo-oa/media.js';
import { renderZaloOa, type ZaloOaOp } from '../zalo-oa/render.js';
import { createZaloBotClient, type ZaloBotClient } from './client.js';
import { startZaloBotPolling } from './polling.js';
import { toZaloBotSendError } from './send-errors.js';
import { createZaloBotWebhookRoute } from './webhook-route.js';
import { urlDownload } from '../fetch-limited.js';

/** Text 1–2,000 chars, photo captions ≤ 2,000, no buttons at all (reference §6.3). */
const zaloBotLimits: ChannelLimits = {
  maxText: 2000,
  maxCaption: 2000,
  maxButtons: 0,
  maxCallbackBytes: 0,
  supportsLocationRequest: false,
};

export interface ZaloBotAdapterOptions {
  token: string;
  apiRoot: string;
  logger: Logger;
  t?: Translate;
  locale?: Locale;
  /** Long-poll timeout passed to getUpdates (default 30 s). */
  pollTimeoutSec?: number;
  /** Pauses between attempts at getUpdates and at an update whose intake failed. */
  pollBackoff?: Backoff;
  dispatcher?: Dispatcher;
  /** Counts skipped and unstored updates (metrics). */
  alerts?: ChannelAlerts;
}

export interface ZaloBotAdapter extends ChannelAdapter {
  readonly client: ZaloBotClient;
  /** Long polling with getUpdates (removes any webhook first). */
  start(handler: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  /** Hono app with `POST /webhook` (mount at `/zalobot`); register the URL with `client.setWebhook`. */
  webhookRoute(handler: InboundHandler, secret: string): Hono;
}

/** Channel 'zalobot': Telegram-like Bot platform; choices always render as numbered lists. */
export function createZaloBotAdapter(opts: ZaloBotAdapterOptions): ZaloBotAdapter {
  const client = createZaloBotClient({ token: opts.token, apiRoot: opts.apiRoot, ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}) });
  const texts = zaloRenderTexts(opts.t ?? createI18n().t, opts.locale ?? 'vi', 'zalobot');
  const log = opts.logger.child({ channel: 'zalobot' });
  let poller: { stop(): Promise<void> } | undefined;

  const run = (chatId: string, op: ZaloOaOp): Promise<{ message_id: string }> => {
    if (op.op === 'text' || op.op === 'buttons') return client.sendMessage(chatId, op.text);
    if (!isHttpUrl(op.source)) throw new SendError('permanent', 'Zalo Bot sends photos by public URL only; no uploads, no files');
    // Files cannot be sent: give the link instead, so the user can still open it.
    if (op.op === 'file') return client.sendMessage(chatId, op.fileName ? `${op.fileName}: ${op.source}` : op.source);
    return client.sendPhoto(chatId, op.source, op.caption);
  };

  const send = async (accountId: string, msg: OutboundMessage): Promise<SentRef[]> => {
    const refs: SentRef[] = [];
    for (const op of renderZaloOa(msg, texts, { maxButtons: 0 })) {
      try {
        refs.push({ messageId: String((await run(accountId, op)).message_id ?? '') });
      } catch (err) {
        const e = toZaloBotSendError(err);
        log.warn({ failure: e.failure, op: op.op, partsSent: refs.length }, 'zalobot send failed');
        throw e;
      }
    }
    return refs;
  };

  return {
    channel: 'zalobot',
    limits: zaloBotLimits,
    client,
    send,
    download: urlDownload,
    async edit(accountId, _ref, msg) {
      return (await send(accountId, msg))[0] ?? { messageId: '' };
    },
    async start(handler) {
      if (poller) return;
      // getUpdates does not work while a webhook is set; polling mode means no webhook.
      await client.deleteWebhook().catch((err: unknown) => log.warn({ err: safeError(err) }, 'zalobot deleteWebhook failed'));
      poller = startZaloBotPolling({
        client,
        handler,
        logger: opts.logger,
        timeoutSec: opts.pollTimeoutSec ?? 30,
        ...(opts.pollBackoff ? { backoff: opts.pollBackoff } : {}),
        ...(opts.alerts ? { alerts: opts.alerts } : {}),
      });
    },
    async stop() {
      const p = poller;
      poller = undefined;
      await p?.stop();
    },
    webhookRoute: (handler, secret) => createZaloBotWebhookRoute({ secret, handler, logger: opts.logger, ...(opts.alerts ? { alerts: opts.alerts } : {}) }),
  };
}
