import { asc, eq, and } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpotEvents, media, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { findHotSpot, type HotSpotRow } from './queries.js';
import { inScope, isOfficial, type Actor } from './scope.js';

export interface HotSpotDetail {
  hs: HotSpotRow;
  unitName: string;
  levelName: string;
  events: { id: number; kind: string; actorName: string | null; note: string | null; data: unknown; createdAt: Date }[];
  media: { id: string; kind: string; fileName: string | null; mimeType: string | null; storedPath: string | null; status: string }[];
}

/** One alert with its timeline and attachments, if the official may see it (a refusal is audited). */
export async function hotSpotDetail(tx: Executor, actor: Pick<Actor, 'id' | 'role' | 'unitId'>, id: string): Promise<HotSpotDetail | null> {
  const hs = await findHotSpot(tx, id);
  if (!hs || !isOfficial(actor) || !(await inScope(tx, actor, hs))) {
    await appendAudit(tx, {
      actorId: actor.id,
      action: 'hotspot.view',
      targetType: 'hot_spot',
      targetId: hs?.id,
      outcome: 'refused',
      details: { reason: hs ? 'out_of_scope' : 'not_found' },
    });
    return null;
  }
  const names = await tx.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, hs.unitId));
  const level = await tx.select({ name: units.name }).from(units).where(eq(units.id, hs.levelUnitId));
  const events = await tx
    .select({
      id: hotSpotEvents.id,
      kind: hotSpotEvents.kind,
      actorName: people.displayName,
      note: hotSpotEvents.note,
      data: hotSpotEvents.data,
      createdAt: hotSpotEvents.createdAt,
    })
    .from(hotSpotEvents)
    .leftJoin(people, eq(people.id, hotSpotEvents.actorId))
    .where(eq(hotSpotEvents.hotSpotId, hs.id))
    .orderBy(asc(hotSpotEvents.id));
  const files = await tx
    .select({ id: media.id, kind: media.kind, fileName: media.fileName, mimeType: media.mimeType, storedPath: media.storedPath, status: media.status })
    .from(media)
    .where(and(eq(media.ownerType, 'hot_spot'), eq(media.ownerId, hs.id)))
    .orderBy(asc(media.createdAt));
  return { hs, unitName: names[0]?.name ?? '', levelName: level[0]?.name ?? '', events, media: files };
}
