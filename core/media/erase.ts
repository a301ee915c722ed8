import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, media, reports } from '../../db/schema/index.js';
import { removeStored } from './store.js';

/** The attachments of what a person reported (their alerts and reports), for the data-subject export. */
export async function attachmentsOf(db: Executor, personId: string) {
  return db
    .select({
      id: media.id,
      ownerType: media.ownerType,
      ownerId: media.ownerId,
      kind: media.kind,
      mimeType: media.mimeType,
      size: media.size,
      sha256: media.sha256,
      status: media.status,
      createdAt: media.createdAt,
    })
    .from(media)
    .where(ownedBy(personId));
}

/**
 * Erasure: a voice note carries the person's own voice — a path back to them — so it goes, row
 * and (after commit, when no other row shares it) file. Photos and files stay with the alert or
 * report as the unit's record, like the text. Call before the reporter link is cut.
 */
export async function dropVoiceNotes(tx: Executor, personId: string): Promise<string[]> {
  const rows = await tx
    .delete(media)
    .where(and(eq(media.kind, 'voice'), ownedBy(personId)))
    .returning({ storedPath: media.storedPath });
  return rows.flatMap((r) => (r.storedPath ? [r.storedPath] : []));
}

/** Removes stored files no row refers to any more (after an erasure has committed). */
export async function removeUnreferenced(db: Executor, filesDir: string, storedPaths: readonly string[]): Promise<number> {
  if (storedPaths.length === 0) return 0;
  const still = await db
    .select({ p: media.storedPath })
    .from(media)
    .where(inArray(media.storedPath, [...storedPaths]));
  const keep = new Set(still.map((r) => r.p));
  const gone = [...new Set(storedPaths)].filter((p) => !keep.has(p));
  for (const p of gone) await removeStored(filesDir, p);
  return gone.length;
}

function ownedBy(personId: string) {
  return or(
    and(eq(media.ownerType, 'report'), inArray(media.ownerId, sql`(select ${reports.id} from ${reports} where ${reports.reporterId} = ${personId})`)),
    and(eq(media.ownerType, 'hot_spot'), inArray(media.ownerId, sql`(select ${hotSpots.id} from ${hotSpots} where ${hotSpots.reporterId} = ${personId})`)),
  );
}
