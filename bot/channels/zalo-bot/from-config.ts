import type { Hono } from 'hono';
import type { ChannelAlerts, InboundHandler } from '../../../core/kernel/channel.js';
import type { Config } from '../../../core/platform/config.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { ZaloConfigError } from '../zalo-oa/from-config.js';
import { createZaloBotAdapter, type ZaloBotAdapter } from './adapter.js';

export interface ZaloBotChannel {
  adapter: ZaloBotAdapter;
  /** Webhook mode only (PUBLIC_URL set): mount at `/zalobot`, Zalo posts to `$PUBLIC_URL/zalobot/webhook`. */
  mount: ((handler: InboundHandler) => { path: string; app: Hono }) | null;
  /** Webhook mode: registers the webhook; polling mode: starts getUpdates. */
  start(handler: InboundHandler): Promise<void>;
  stop(): Promise<void>;
}

/** Wires the Zalo Bot adapter from config: webhook with secret when PUBLIC_URL is set, long polling otherwise. */
export function createZaloBotChannel(deps: { config: Config; logger: Logger; t?: Translate; alerts?: ChannelAlerts }): ZaloBotChannel {
  const { config, logger } = deps;
  const token = config.ZALO_BOT_TOKEN;
  if (!token) throw new ZaloConfigError('ZALO_MODE=bot needs ZALO_BOT_TOKEN (see docs/zalo.md)');
  const adapter = createZaloBotAdapter({
    token,
    logger,
    apiRoot: config.ZALO_BOT_API_ROOT,
    locale: config.DEFAULT_LOCALE,
    pollTimeoutSec: config.ZALO_BOT_POLL_TIMEOUT_SECONDS,
    ...(deps.t ? { t: deps.t } : {}),
    ...(deps.alerts ? { alerts: deps.alerts } : {}),
  });
  const publicUrl = config.PUBLIC_URL?.replace(/\/+$/, '');
  const secret = config.ZALO_BOT_WEBHOOK_SECRET;
  if (publicUrl && (!secret || secret.length < 8 || secret.length > 256)) {
    throw new ZaloConfigError('PUBLIC_URL is set: ZALO_BOT_WEBHOOK_SECRET (8–256 characters) is required for the Zalo Bot webhook');
  }
  return {
    adapter,
    mount: publicUrl && secret ? (handler) => ({ path: '/zalobot', app: adapter.webhookRoute(handler, secret) }) : null,
    async start(handler) {
      if (publicUrl && secret) await adapter.client.setWebhook(`${publicUrl}/zalobot/webhook`, secret);
      else await adapter.start(handler);
    },
    stop: () => adapter.stop(),
  };
}
