import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { people } from '../../db/schema/index.js';
import { appendAudit } from '../../core/compliance/audit.js';
import type { Locale, Translate } from '../../core/kernel/i18n.js';
import type { Logger } from '../../core/kernel/logger.js';
import { mediaOpenableBy, type MediaAccess } from '../../core/media/access.js';
import { readFileLink } from '../../core/media/file-link.js';
import { filesDirOf } from '../../core/media/store.js';
import type { Config } from '../../core/platform/config.js';
import { storedFileAnswer } from './stored-file.js';

export interface FileLinkRouteDeps {
  db: Db;
  config: Pick<Config, 'FILES_DIR' | 'DATA_DIR' | 'DEFAULT_LOCALE'>;
  t: Translate;
  logger: Logger;
}

/**
 * GET /tep/:token — a kept file behind a signed, expiring link (core/media/file-link.ts), for
 * people on channels that cannot receive it (Zalo). No login: the token names the one person it
 * was made for, and the file is served only while that person is active and the file still in
 * their scope. Every opening of a link we made, allowed or refused (expired too), is audited under
 * that person; a forged or mangled token is not (it names nobody).
 */
export function createFileLinkRoute(deps: FileLinkRouteDeps): Hono {
  const app = new Hono();
  const filesDir = filesDirOf(deps.config);
  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    c.header('referrer-policy', 'no-referrer');
    const opened = await deps.db.transaction(async (tx) => {
      const link = await readFileLink(tx, token);
      if (!link.ok) {
        // A token we did not sign names nobody: not audited (anyone could fill the log with them);
        // an expired one was ours, and is audited under the person it was made for.
        if (link.code === 'expired') {
          const { id, personId } = link.target;
          await appendAudit(tx, {
            actorId: personId,
            action: 'media.link',
            targetType: 'media',
            targetId: id,
            outcome: 'refused',
            details: { via: 'link', reason: 'expired' },
          });
        }
        return { link, access: null, locale: null };
      }
      const { id, personId } = link.target;
      const [person] = await tx
        .select({ id: people.id, role: people.role, unitId: people.unitId, status: people.status, locale: people.locale })
        .from(people)
        .where(eq(people.id, personId));
      const access: MediaAccess = person?.status === 'active' ? await mediaOpenableBy(tx, person, id) : { ok: false, code: 'out_of_scope' };
      const details = access.ok ? { via: 'link' } : { via: 'link', reason: person?.status === 'active' ? access.code : 'inactive' };
      await appendAudit(tx, { actorId: personId, action: 'media.link', targetType: 'media', targetId: id, outcome: access.ok ? 'ok' : 'refused', details });
      return { link, access, locale: person?.locale ?? null };
    });
    const lang = (opened.locale ?? deps.config.DEFAULT_LOCALE) as Locale;
    if (!opened.link.ok)
      return c.text(deps.t(lang, opened.link.code === 'expired' ? 'media-link-expired' : 'media-link-invalid'), opened.link.code === 'expired' ? 410 : 404);
    const answer = opened.access?.ok ? await storedFileAnswer(c, filesDir, opened.access.row, deps.logger) : null;
    return answer ?? c.text(deps.t(lang, 'con-x-not_found'), 404);
  });
  return app;
}
