import type { Hono } from 'hono';
import { mediaOpenableBy } from '../../../core/media/access.js';
import { filesDirOf } from '../../../core/media/store.js';
import { storedFileAnswer } from '../../http/stored-file.js';
import type { ConsoleDeps } from '../deps.js';
import type { ConsoleEnv } from '../security.js';

/**
 * GET /console/media/:id — a kept attachment, to an official whose subtree holds its alert or
 * report (served as `storedFileAnswer` says).
 */
export function mediaRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const filesDir = filesDirOf(deps.config);
  app.get('/media/:id', async (c) => {
    const user = c.get('user');
    const access = await deps.db.transaction((tx) => mediaOpenableBy(tx, user, c.req.param('id')));
    // One answer for "no such file" and "not yours": the id tells an outsider nothing.
    const answer = access.ok ? await storedFileAnswer(c, filesDir, access.row, deps.logger) : null;
    return answer ?? c.text(deps.t(c.get('lang'), 'con-x-not_found'), 404);
  });
}
