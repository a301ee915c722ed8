import { Hono } from 'hono';
import type { Config } from '../../core/platform/config.js';
import { createI18n, type Translate } from '../../core/kernel/i18n.js';
import type { Logger } from '../../core/kernel/logger.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import type { Db } from '../../db/client.js';
import { sessionPolicy } from '../features/console/feature.js';
import { createAssets } from './assets.js';
import type { ConsoleDeps } from './deps.js';
import { authRoutes } from './routes/auth.js';
import { hotSpotRoutes } from './routes/hot-spots.js';
import { overviewRoutes } from './routes/overview.js';
import { reportRoutes } from './routes/reports.js';
import { progressRoutes } from './routes/progress.js';
import { surveyRoutes } from './routes/surveys.js';
import { surveyAuthoringRoutes } from './routes/survey-authoring.js';
import { guidanceRoutes } from './routes/guidance.js';
import { auditRoutes, networkRoutes, pollRoutes, synthesisRoutes } from './routes/misc.js';
import { networkImportRoutes } from './routes/network-import.js';
import { networkMaterialRoutes } from './routes/network-materials.js';
import { networkActionRoutes } from './routes/network-actions.js';
import { trendRoutes } from './routes/trends.js';
import { requestRoutes } from './routes/requests.js';
import { mediaRoutes } from './routes/media.js';
import { policyRoutes } from './routes/policies.js';
import { notFound } from './routes/not-found.js';
import { requireCsrf, requireSession, securityHeaders, tileOrigin, type ConsoleEnv } from './security.js';

/**
 * The officials' web console, mounted at /console by the bot's HTTP server: server-rendered
 * Hono JSX pages with htmx for partial updates. Every figure and action comes from the same
 * core functions the chat uses, so scope, audit and wording are shared.
 */
export function createConsoleApp(opts: { db: Db; config: Config; logger: Logger; t?: Translate; clock?: () => Date }): Hono {
  const i18n = createI18n();
  const t = opts.t ?? i18n.t;
  const now = opts.clock ?? (() => new Date());
  const deps: ConsoleDeps = {
    db: opts.db,
    config: opts.config,
    t,
    logger: opts.logger,
    assets: createAssets(),
    policy: sessionPolicy(opts.config),
    now,
    secureCookies: (opts.config.PUBLIC_URL ?? '').startsWith('https:'),
    hotSpotEnv: { i18n, config: opts.config, clock: opts.clock },
    review: { timeZone: opts.config.TIMEZONE, defaults: defaultsFromConfig(opts.config), t },
  };
  const app = new Hono<ConsoleEnv>();
  app.use('*', securityHeaders(tileOrigin(opts.config.MAP_TILE_URL)));
  deps.assets.mount(app);
  authRoutes(app, deps);
  const pages = new Hono<ConsoleEnv>();
  pages.use('*', requireSession(opts.db, deps.policy, now), requireCsrf());
  for (const routes of [
    overviewRoutes,
    hotSpotRoutes,
    reportRoutes,
    requestRoutes,
    progressRoutes,
    policyRoutes,
    guidanceRoutes,
    pollRoutes,
    surveyAuthoringRoutes,
    surveyRoutes,
    trendRoutes,
    synthesisRoutes,
    networkRoutes,
    networkImportRoutes,
    networkMaterialRoutes,
    networkActionRoutes,
    auditRoutes,
    mediaRoutes,
  ]) {
    routes(pages, deps);
  }
  // Any other address under /console, for someone logged in: the console's own 404 page.
  pages.all('*', (c) => notFound(c, deps));
  app.route('/', pages);
  // The server composes plain Hono apps; the console's typed variables stay inside.
  return new Hono().route('/', app);
}
