import type { Hono } from 'hono';
import { deliveryFigures, recentBroadcasts } from '../../../core/broadcasts/figures.js';
import { alertsBySeverity, latestActivity } from '../../../core/console/overview.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import { completenessTotal } from '../../../core/reports/completeness-view.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { OverviewPage, type OverviewData } from '../pages/overview.js';
import type { ConsoleEnv } from '../security.js';

export function overviewRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/', async (c) => {
    const user = c.get('user');
    const data: OverviewData = await deps.db.transaction(async (tx) => {
      const root = { unitId: user.unitId, path: user.unitPath };
      const completeness = await completenessTotal(tx, deps.review, root, 'current', localDate(deps.now(), deps.config.TIMEZONE));
      const guidance = [];
      for (const b of await recentBroadcasts(tx, user.unitId, 5)) {
        const f = await deliveryFigures(tx, b.id);
        guidance.push({
          id: b.id,
          title: b.title,
          total: f.total,
          delivered: f.byState.sent + f.byState.acknowledged,
          acknowledged: f.byState.acknowledged,
          requireAck: b.requireAck,
        });
      }
      return {
        alerts: await alertsBySeverity(tx, user.unitPath),
        completeness,
        guidance,
        activity: await latestActivity(tx, user.unitPath),
      };
    });
    return c.html(<OverviewPage ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)} data={data} />);
  });
}
