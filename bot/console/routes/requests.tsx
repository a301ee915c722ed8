import type { Context, Hono } from 'hono';
import { notFound } from './not-found.js';
import { requestStatus, requestStatuses } from '../../../core/reports/requests/status.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { RequestPage, RequestsPage } from '../pages/requests.js';
import type { ConsoleEnv } from '../security.js';

const LIST_SIZE = 50;

/** Yêu cầu báo cáo: the chat's /yeucaubaocao_ds on a screen (same core read, same subtree rule). */
export function requestRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  app.get('/requests', async (c) => {
    const requests = await deps.db.transaction((tx) => requestStatuses(tx, c.get('user').unitPath, LIST_SIZE));
    return c.html(<RequestsPage ctx={ctxOf(c)} requests={requests} now={deps.now()} />);
  });
  app.get('/requests/:id{[0-9a-f-]{36}}', async (c) => {
    const r = await deps.db.transaction(async (tx) => {
      const status = await requestStatus(tx, c.req.param('id'), c.get('user').unitPath);
      if (!status) return null;
      // A request sent to a unit outside the official's subtree is refused (and audited) as in chat.
      const scope = await scopeRoot(tx, c.get('user'), status.unitId, 'report_request.view');
      return scope.ok ? status : null;
    });
    if (!r) return notFound(c, deps);
    return c.html(<RequestPage ctx={ctxOf(c)} r={r} now={deps.now()} />);
  });
}
