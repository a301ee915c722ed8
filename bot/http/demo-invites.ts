import { Hono } from 'hono';
import { freshDemoInvites } from '../../core/demo/invites.js';
import type { Db } from '../../db/client.js';
import { localOnly } from './local-only.js';

/** Where `npm run admin -- demo-invites` asks a running sandbox when it cannot open PGlite itself. */
export const DEMO_INVITES_PATH = '/demo/invites';

/**
 * POST → fresh invite codes for the demo province, from this machine only. Mounted beside the
 * sandbox only: on PGlite the running bot holds the data directory, so the admin command cannot.
 */
export function createDemoInvitesRoute(db: Db): Hono {
  const app = new Hono();
  app.use(
    '*',
    localOnly((c) => c.json({ ok: false, code: 'forbidden_remote' }, 403)),
  );
  app.post('/', async (c) => {
    const result = await freshDemoInvites(db);
    return c.json(result, result.ok ? 200 : 409);
  });
  return app;
}
