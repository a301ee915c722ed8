import { readFile } from 'node:fs/promises';
import type { Hono } from 'hono';
import { mediaForOfficial } from '../../../core/media/access.js';
import { defaultName } from '../../../core/media/forward.js';
import { servedInline } from '../../../core/media/sniff.js';
import { filesDirOf, storedFile } from '../../../core/media/store.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import type { ConsoleDeps } from '../deps.js';
import type { ConsoleEnv } from '../security.js';

/**
 * GET /console/media/:id — a kept attachment, to an official whose subtree holds its alert or
 * report. Served with the type found in its bytes, `nosniff`, inline only for images, audio and
 * video (anything else downloads), a name that says nothing about the sender, and private caching.
 */
export function mediaRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const filesDir = filesDirOf(deps.config);
  app.get('/media/:id', async (c) => {
    const user = c.get('user');
    const access = await deps.db.transaction((tx) => mediaForOfficial(tx, user, c.req.param('id')));
    // One answer for "no such file" and "not yours": the id tells an outsider nothing.
    if (!access.ok) return c.text(deps.t(c.get('lang'), 'con-x-not_found'), 404);
    const { row } = access;
    const etag = `"${row.sha256}"`;
    c.header('cache-control', 'private, max-age=3600');
    c.header('etag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    const path = storedFile(filesDir, row.storedPath);
    const bytes = path
      ? await readFile(path).catch((err: unknown) => {
          deps.logger.error({ mediaId: row.id, err: safeError(err) }, 'stored attachment missing on disk');
          return null;
        })
      : null;
    if (!bytes) return c.text(deps.t(c.get('lang'), 'con-x-not_found'), 404);
    const type = row.mimeType ?? 'application/octet-stream';
    c.header('content-type', type);
    c.header('content-disposition', `${servedInline(type) ? 'inline' : 'attachment'}; filename="${defaultName({ id: row.id, mimeType: type })}"`);
    return c.body(new Uint8Array(bytes));
  });
}
