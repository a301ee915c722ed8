import type { Hono } from 'hono';
import type { ChannelAdapter, ChannelAlerts, InboundHandler } from '../../../core/kernel/channel.js';
import type { Config } from '../../../core/platform/config.js';
import { AppError } from '../../../core/kernel/errors.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { Db } from '../../../db/client.js';
import { createZaloOaAdapter } from './adapter.js';
import { createZaloOaClient, type ZaloOaClient } from './client.js';
import { createZaloTokenManager, type ZaloTokenManager } from './token-manager.js';
import { readZaloTokenStatus, seedZaloTokens } from './token-store.js';
import { createZaloWebhookRoute } from './webhook-route.js';

export class ZaloConfigError extends AppError {
  constructor(message: string) {
    super('zalo_config', message);
  }
}

export interface ZaloOaChannel {
  adapter: ChannelAdapter & { client: ZaloOaClient };
  tokens: ZaloTokenManager;
  /** Mount at `path` ('/zalo'): Zalo posts to `$PUBLIC_URL/zalo/webhook`. */
  mount(handler: InboundHandler): { path: string; app: Hono };
  /** Seeds the token store from config if it is empty, then keeps the token fresh on a timer. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Config seeds carry no expiry. One hour, inside the default refresh lead: the first use
 * refreshes (learning the real expiry), and if that fails the seeded token is still tried.
 */
const CONFIG_SEED_TTL_SECONDS = 3600;
const REFRESH_CHECK_MS = 10 * 60_000;

/** Wires the OA client, token manager, adapter and webhook route from config (for bot/setup). */
export function createZaloOaChannel(deps: { config: Config; db: Db; logger: Logger; t?: Translate; alerts?: ChannelAlerts }): ZaloOaChannel {
  const { config, db, logger } = deps;
  const appId = config.ZALO_APP_ID;
  const appSecret = config.ZALO_APP_SECRET;
  const oaSecretKey = config.ZALO_OA_SECRET_KEY;
  if (!appId || !appSecret || !oaSecretKey) {
    throw new ZaloConfigError('ZALO_MODE=oa needs ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY (see docs/zalo.md)');
  }
  const tokens = createZaloTokenManager({
    db,
    logger,
    appId,
    appSecret,
    oauthRoot: config.ZALO_OAUTH_ROOT,
    refreshAheadMs: config.ZALO_TOKEN_REFRESH_AHEAD_MINUTES * 60_000,
  });
  const client = createZaloOaClient({ apiRoot: config.ZALO_API_ROOT, getAccessToken: tokens.getAccessToken, onTokenRejected: tokens.refreshAfterRejection });
  const adapter = createZaloOaAdapter({
    client,
    logger,
    locale: config.DEFAULT_LOCALE,
    buttonType: config.ZALO_CHOICE_BUTTONS === 'show' ? 'oa.query.show' : 'oa.query.hide',
    ...(deps.t ? { t: deps.t } : {}),
    ...(deps.alerts ? { alerts: deps.alerts } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const log = logger.child({ channel: 'zalo' });
  const check = () => tokens.refreshIfDue().catch((err: unknown) => log.error({ err: safeError(err) }, 'zalo token check failed'));

  return {
    adapter,
    tokens,
    mount: (handler) => ({
      path: '/zalo',
      app: createZaloWebhookRoute({
        appId,
        oaSecretKey,
        handler,
        logger,
        maxAgeMs: config.ZALO_WEBHOOK_MAX_AGE_SECONDS * 1000,
        ...(deps.alerts ? { alerts: deps.alerts } : {}),
      }),
    }),
    async start() {
      if (config.ZALO_ACCESS_TOKEN && config.ZALO_REFRESH_TOKEN) {
        const seeded = await seedZaloTokens(db, {
          accessToken: config.ZALO_ACCESS_TOKEN,
          refreshToken: config.ZALO_REFRESH_TOKEN,
          expiresIn: CONFIG_SEED_TTL_SECONDS,
        });
        if (seeded) log.info({}, 'zalo token pair seeded from config');
      }
      if (!(await readZaloTokenStatus(db))) log.warn({}, 'no Zalo OA token pair stored: set ZALO_ACCESS_TOKEN/ZALO_REFRESH_TOKEN or use the admin CLI');
      else await check();
      timer ??= setInterval(() => void check(), REFRESH_CHECK_MS).unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
