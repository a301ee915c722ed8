import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { broadcasts, materials, people, units } from '../../../db/schema/index.js';
import type { BroadcastAttachment } from '../../../core/broadcasts/broadcast.js';
import type { BroadcastContent } from '../../../core/broadcasts/render.js';
import { keptFileOf } from '../../../core/media/kept.js';
import type { ContentCache } from './deps.js';

const MAX_ENTRIES = 32;

/**
 * Title, body and attachment never change once a broadcast exists, so 100k send jobs read them
 * once per process instead of once per job. Status is not cached: the claim checks it; nor is a
 * content whose file is still being kept (the next job reads it again).
 */
export function createContentCache(db: Db, filesDir: string): ContentCache {
  const cache = new Map<string, Promise<BroadcastContent | null>>();
  /** Ids whose file was still pending when read: dropped from the cache once loaded. */
  const unsettled = new Set<string>();
  async function load(id: string): Promise<BroadcastContent | null> {
    const [row] = await db
      .select({ b: broadcasts, sender: units.name })
      .from(broadcasts)
      .innerJoin(people, eq(people.id, broadcasts.authorId))
      .innerJoin(units, eq(units.id, people.unitId))
      .where(eq(broadcasts.id, id));
    if (!row) return null;
    const b = row.b;
    const attachment = b.attachment as BroadcastAttachment | null;
    const kept = attachment?.mediaId ? await keptFileOf(db, filesDir, attachment.mediaId) : null;
    if (kept?.pending) unsettled.add(id);
    const [material] = kept ? await db.select({ id: materials.id }).from(materials).where(eq(materials.broadcastId, id)).limit(1) : [];
    return {
      id: b.id,
      title: b.title,
      body: b.body,
      sender: row.sender,
      attachment,
      file: kept?.file ?? null,
      material: !!material,
      requireAck: b.requireAck,
      ackDeadline: b.ackDeadline,
    };
  }
  return {
    get(id) {
      let hit = cache.get(id);
      if (!hit) {
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
        hit = load(id);
        cache.set(id, hit);
        hit.then(
          () => unsettled.delete(id) && cache.delete(id),
          () => cache.delete(id),
        );
      }
      return hit;
    },
  };
}
