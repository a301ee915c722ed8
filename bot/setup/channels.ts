import type { Config } from '../../core/platform/config.js';
import type { ChannelAdapter, ChannelAlerts, ChannelRegistry, InboundHandler } from '../../core/kernel/channel.js';
import type { Translate } from '../../core/kernel/i18n.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { Db } from '../../db/client.js';
import type { Mount } from '../http/app.js';
import { createSandboxAdapter } from '../channels/sandbox/adapter.js';
import { createSandboxRoutes } from '../channels/sandbox/routes.js';
import { createTelegramAdapter } from '../channels/telegram/adapter.js';
import { createZaloBotChannel } from '../channels/zalo-bot/from-config.js';
import { createZaloOaChannel } from '../channels/zalo-oa/from-config.js';
import { consoleLoginForAccount } from '../features/console/sandbox-login.js';
import { sandboxExposure } from './exposure.js';

export interface Channels {
  registry: ChannelRegistry;
  /** HTTP routes the channels need (webhooks, sandbox). */
  mounts(handler: InboundHandler): Mount[];
  /** Begins receiving on polling channels, or registers webhooks. */
  start(handler: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  names: string[];
}

class ChannelConfigError extends Error {
  override readonly name = 'ChannelConfigError';
}

/** SANDBOX=auto serves it only on a development machine with no real channel configured. */
export function sandboxEnabled(config: Config): boolean {
  if (config.SANDBOX !== 'auto') return config.SANDBOX === 'on';
  return !config.TELEGRAM_BOT_TOKEN && config.ZALO_MODE === 'off' && sandboxExposure(config).length === 0;
}

/** Builds the adapters the configuration asks for. Senders only: workers use this too. */
export function createChannels(deps: { config: Config; db: Db; logger: Logger; t: Translate; alerts?: ChannelAlerts }): Channels {
  const { config, db, logger } = deps;
  const alerts = deps.alerts ? { alerts: deps.alerts } : {};
  const registry: ChannelRegistry = {};
  const mounts: ((h: InboundHandler) => Mount)[] = [];
  const starters: ((h: InboundHandler) => Promise<void>)[] = [];
  const stoppers: (() => Promise<void>)[] = [];

  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      logger,
      locale: config.DEFAULT_LOCALE,
      ...alerts,
    });
    registry.telegram = telegram;
    if (config.PUBLIC_URL) {
      const secret = config.TELEGRAM_WEBHOOK_SECRET;
      if (!secret) throw new ChannelConfigError('PUBLIC_URL is set: TELEGRAM_WEBHOOK_SECRET is required (webhooks must be authenticated)');
      mounts.push((h) => ({ path: '/telegram/webhook', app: telegram.webhookRoute(h, secret) }));
      starters.push(() => telegram.setWebhook(`${config.PUBLIC_URL!.replace(/\/$/, '')}/telegram/webhook`, secret));
    } else {
      starters.push((h) => telegram.start(h));
      stoppers.push(() => telegram.stop());
    }
  }

  if (config.ZALO_MODE === 'oa') {
    const zalo = createZaloOaChannel({ config, db, logger, t: deps.t, ...alerts });
    registry.zalo = zalo.adapter;
    mounts.push((h) => zalo.mount(h));
    starters.push(() => zalo.start());
    stoppers.push(() => zalo.stop());
  } else if (config.ZALO_MODE === 'bot') {
    const zalobot = createZaloBotChannel({ config, logger, t: deps.t, ...alerts });
    registry.zalobot = zalobot.adapter;
    if (zalobot.mount) mounts.push(zalobot.mount);
    starters.push((h) => zalobot.start(h));
    stoppers.push(() => zalobot.stop());
  }

  if (sandboxEnabled(config)) {
    const sandbox: ChannelAdapter = createSandboxAdapter({ db });
    registry.sandbox = sandbox;
    mounts.push((h) => ({
      path: '/sandbox',
      app: createSandboxRoutes({
        db,
        adapter: sandbox,
        handler: h,
        logger,
        t: deps.t,
        localOnly: !config.SANDBOX_ALLOW_REMOTE,
        consoleLogin: (account) => consoleLoginForAccount(db, config, account),
      }),
    }));
  }

  return {
    registry,
    names: Object.keys(registry),
    mounts: (h) => mounts.map((m) => m(h)),
    async start(h) {
      for (const s of starters) await s(h);
    },
    async stop() {
      for (const s of stoppers) await s();
    },
  };
}
