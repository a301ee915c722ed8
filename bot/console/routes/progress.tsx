import type { Context, Hono } from 'hono';
import { localDate } from '../../../core/kernel/zoned-time.js';
import { loadUnitTree } from '../../../core/people/unit-tree.js';
import { completenessCounted, type PeriodChoice } from '../../../core/reports/completeness-view.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import { remindMissing } from '../../../core/reports/remind-missing.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { ProgressPage } from '../pages/progress.js';
import type { ConsoleEnv } from '../security.js';
import { q } from './common.js';

/** Tiến độ: completeness per unit (the chat's /thongke view), drill-down, missing list, "nhắc". */
export function progressRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;

  async function render(c: Context<ConsoleEnv>, remind: boolean) {
    const user = c.get('user');
    const which: PeriodChoice = c.req.query('which') === 'previous' ? 'previous' : 'current';
    const unitParam = q.uuid(c, 'unit');
    const today = localDate(deps.now(), deps.config.TIMEZONE);
    const out = await db.transaction(async (tx) => {
      const scope = await scopeRoot(tx, user, unitParam, remind ? 'completeness.remind' : 'completeness.view');
      if (!scope.ok) return null;
      const tree = await loadUnitTree(tx, deps.review.defaults, scope.root.path);
      const reminded = remind ? await remindMissing(tx, user, scope.root, which, { t: deps.t, tree, today, timeZone: deps.config.TIMEZONE }) : null;
      const view = await completenessCounted(tx, deps.review, scope.root, which, today, tree);
      const leaf = !tree.subtree(scope.root.path).some((u) => u.parentId === scope.root.unitId);
      return { root: scope.root, view, leaf, reminded };
    });
    if (!out) return c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);
    const ctx = pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
    const message = out.reminded ? ctx.t('con-pr-reminded', out.reminded) : undefined;
    return c.html(<ProgressPage ctx={ctx} rootName={out.root.name} unitId={unitParam ?? ''} which={which} view={out.view} leaf={out.leaf} message={message} />);
  }

  app.get('/progress', (c) => render(c, false));
  app.post('/progress', (c) => render(c, true));
}
