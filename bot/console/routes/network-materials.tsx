import type { Hono } from 'hono';
import { materialsOfSubtree } from '../../../core/network/material-list.js';
import { scopeRoot } from '../../../core/reports/browse.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { MaterialsPage } from '../pages/network-materials.js';
import type { ConsoleEnv } from '../security.js';
import { q } from './common.js';

const LIMIT = 50;

/** GET /network/materials[?unit=]: the training library of a unit of the official's subtree (out of scope: 403, audited). */
export function networkMaterialRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/network/materials', async (c) => {
    const out = await deps.db.transaction(async (tx) => {
      const scope = await scopeRoot(tx, c.get('user'), q.uuid(c, 'unit'), 'material.list');
      if (!scope.ok) return null;
      return { unitName: scope.root.name, rows: await materialsOfSubtree(tx, scope.root.path, { limit: LIMIT }) };
    });
    if (!out) return c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);
    return c.html(<MaterialsPage ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)} unitName={out.unitName} rows={out.rows} />);
  });
}
