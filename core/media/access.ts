import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts, media, reports, sends, units } from '../../db/schema/index.js';
import { visibleTo } from '../reports/visible-unit.js';
import { appendAudit } from '../compliance/audit.js';
import { findHotSpot } from '../hot-spots/queries.js';
import { isUuid } from '../kernel/uuid.js';
import { inScope, isOfficial, type Actor } from '../hot-spots/scope.js';
import { openMaterial } from '../network/materials.js';

type MediaRow = typeof media.$inferSelect;
export type MediaAccess = { ok: true; row: MediaRow & { storedPath: string; sha256: string } } | { ok: false; code: 'not_found' | 'out_of_scope' };

/**
 * A kept file this person may open (the console, and the signed links of core/media/file-link.ts):
 * an alert's or report's attachment to an official whose subtree holds it (the same rule as the
 * alert's and the report's own pages); a guidance's file to those it was sent to and to the
 * officials whose subtree holds its audience; a training material's file to anyone who sees the
 * material in /tailieu. Files not kept yet count as not found; refusals are audited.
 */
export async function mediaOpenableBy(tx: Executor, actor: Pick<Actor, 'id' | 'role' | 'unitId'>, mediaId: string): Promise<MediaAccess> {
  const [row] = isUuid(mediaId) ? await tx.select().from(media).where(eq(media.id, mediaId)) : [];
  const allowed = !row
    ? false
    : row.ownerType === 'material'
      ? !!(await openMaterial(tx, actor, row.ownerId))
      : row.ownerType === 'broadcast'
        ? await guidanceOpenTo(tx, actor, row.ownerId)
        : isOfficial(actor) && (await ownerInScope(tx, actor, row));
  if (!row || !allowed) {
    const code = row ? 'out_of_scope' : 'not_found';
    await appendAudit(tx, { actorId: actor.id, action: 'media.view', targetType: 'media', targetId: row?.id, outcome: 'refused', details: { reason: code } });
    return { ok: false, code };
  }
  if (row.status !== 'stored' || !row.storedPath || !row.sha256) return { ok: false, code: 'not_found' };
  return { ok: true, row: { ...row, storedPath: row.storedPath, sha256: row.sha256 } };
}

async function ownerInScope(tx: Executor, actor: Pick<Actor, 'unitId'>, row: MediaRow): Promise<boolean> {
  if (row.ownerType === 'hot_spot') {
    const hs = await findHotSpot(tx, row.ownerId);
    return hs ? inScope(tx, actor, hs) : false;
  }
  if (row.ownerType !== 'report') return false;
  const [r] = await tx
    .select({ unitId: reports.unitId, confidentialUnitId: reports.confidentialUnitId, status: reports.status })
    .from(reports)
    .where(eq(reports.id, row.ownerId));
  return !!r && r.status !== 'draft' && visibleTo(tx, actor.unitId, r);
}

/** A guidance's file: its recipients (a delivery row names them), and officials whose subtree holds its audience (the console's guidance page rule). */
async function guidanceOpenTo(tx: Executor, actor: Pick<Actor, 'id' | 'role' | 'unitId'>, broadcastId: string): Promise<boolean> {
  const [sent] = await tx
    .select({ id: sends.id })
    .from(sends)
    .where(and(eq(sends.broadcastId, broadcastId), eq(sends.personId, actor.id)))
    .limit(1);
  if (sent) return true;
  if (!isOfficial(actor)) return false;
  const [b] = await tx.select({ path: units.path }).from(broadcasts).innerJoin(units, eq(units.id, broadcasts.unitId)).where(eq(broadcasts.id, broadcastId));
  const [own] = await tx.select({ path: units.path }).from(units).where(eq(units.id, actor.unitId));
  return !!b && !!own && b.path.startsWith(own.path);
}
