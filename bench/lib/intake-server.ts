import { pino } from 'pino';
import type { Db } from '../../db/client.js';
import { createSecurityLimits, type LimitConfig } from '../../core/platform/flood-control.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { createMetrics, type UpdateOutcome } from '../../core/platform/metrics.js';
import { configSchema } from '../../core/platform/config.js';
import { createHomeFeature } from '../../bot/features/home/feature.js';
import { createHotSpotsFeature } from '../../bot/features/hot-spots/feature.js';
import { createRegistrationFeature } from '../../bot/features/registration/feature.js';
import { createReportsFeature } from '../../bot/features/reports/feature.js';
import { createTelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { createZaloWebhookRoute } from '../../bot/channels/zalo-oa/webhook-route.js';
import { createHttpApp } from '../../bot/http/app.js';
import { listen } from '../../bot/http/server.js';
import { createMetricsRoute } from '../../bot/http/metrics.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createReplySender } from '../../bot/setup/deliver.js';
import { limitsRedisClient } from '../../bot/setup/limits-redis.js';

export interface IntakeServerOptions {
  db: Db;
  redisUrl: string;
  prefix: string;
  limits: LimitConfig;
  telegram: { url: string; token: string; secret: string };
  zalo: { url: string; appId: string; oaSecretKey: string; accessToken: string };
}

/**
 * The bot's HTTP side as bot/main.ts wires it — intake engine with the real collaborator
 * feature, flood control in Redis, /metrics, Telegram and Zalo OA webhook routes, replies sent after
 * commit through the real adapters — against local fake platform APIs. `samples` collects the
 * intake's own start → commit time of every applied update, `outcomes` counts every outcome.
 */
export async function startIntakeServer(o: IntakeServerOptions) {
  const logger = process.env.BENCH_LOG ? pino({ level: process.env.BENCH_LOG }) : silentLogger;
  const telegram = createTelegramAdapter({ token: o.telegram.token, apiRoot: o.telegram.url, logger });
  const zalo = createZaloOaAdapter({ client: createZaloOaClient({ apiRoot: o.zalo.url, getAccessToken: async () => o.zalo.accessToken }), logger });
  const samples: number[] = [];
  const metrics = createMetrics();
  const redis = limitsRedisClient(o.redisUrl, logger, metrics); // as bot/main.ts opens it
  const outcomes: Record<UpdateOutcome, number> = { applied: 0, duplicate: 0, throttled: 0, failed: 0 };
  const drained = { sent: 0, retried: 0, dropped: 0 };
  const i18n = createI18n();
  // The collaborator's side (registration, reports, hot spots, menu): what the benched updates exercise.
  const deps = { config: configSchema.parse({}), i18n };
  const intake = createIntake({
    db: o.db,
    features: [createRegistrationFeature(), createReportsFeature(deps), createHotSpotsFeature(deps), createHomeFeature()],
    t: i18n.t,
    logger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    limits: createSecurityLimits({ redis, prefix: o.prefix, config: o.limits, logger }),
    metrics: {
      update(channel, outcome, seconds) {
        metrics.update(channel, outcome, seconds);
        outcomes[outcome]++;
        if (seconds !== undefined) samples.push(seconds * 1000);
      },
      flowEnded: metrics.flowEnded,
    },
    deliver: createReplySender({ telegram, zalo }, logger),
    replies: { onOutcome: (o) => void drained[o]++ },
  });
  let inIntake = 0;
  const handle = async (msg: Parameters<typeof intake.handle>[0]): Promise<void> => {
    inIntake++;
    try {
      await intake.handle(msg);
    } finally {
      inIntake--;
    }
  };
  const app = createHttpApp({
    logger,
    readiness: {},
    mounts: [
      { path: '/telegram/webhook', app: telegram.webhookRoute(handle, o.telegram.secret) },
      { path: '/metrics', app: createMetricsRoute({ registry: metrics.registry }) },
      { path: '/zalo', app: createZaloWebhookRoute({ appId: o.zalo.appId, oaSecretKey: o.zalo.oaSecretKey, handler: handle, logger }) },
    ],
  });
  // Served as bot/main.ts serves it: webhooks straight from node:http, the rest through Hono.
  const server = await listen(app, '127.0.0.1', 0, logger);
  return {
    url: `http://127.0.0.1:${server.port}`,
    samples,
    outcomes,
    /** Updates being handled now, and replies the reply drain holds (bench/lib/intake-trace.ts). */
    inIntake: () => inIntake,
    held: () => intake.replies.held(),
    drained: () => ({ ...drained }),
    rawServed: server.rawServed,
    async close() {
      await server.close(1000);
      await intake.replies.stop();
      redis.disconnect();
    },
  };
}
