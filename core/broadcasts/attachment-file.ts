import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts, media } from '../../db/schema/index.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { attachMedia, type MediaOwner } from '../media/attach.js';
import { sniffType } from '../media/sniff.js';
import { storeContent } from '../media/store.js';
import type { BroadcastAttachment } from './broadcast.js';

/**
 * A guidance's file is kept once under FILES_DIR (a `media` row owned by the guidance, or by the
 * training material the guidance carries) and sent from there to every channel but the one it
 * came from (issues 13 §3, 17 §3): a file sent in chat is downloaded by the media worker
 * (core/media/fetch.ts), as hot-spot photos are; a file given to the admin CLI or uploaded on
 * the console is kept at once.
 */
export interface KeptUpload {
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  storedPath: string;
}

/** Checks an uploaded file (size; type by its own bytes, as the media worker does) and keeps it. */
export async function keepUpload(
  env: { filesDir: string; maxBytes: number; types: readonly string[] },
  name: string,
  bytes: Uint8Array,
): Promise<Ok<KeptUpload> | Refusal<'too_large' | 'bad_type'>> {
  if (bytes.length > env.maxBytes) return refuse('too_large');
  const type = sniffType(bytes);
  if (!type || !env.types.includes(type)) return refuse('bad_type');
  const { sha256, storedPath } = await storeContent(env.filesDir, bytes);
  return { ok: true, name, mimeType: type, size: bytes.length, sha256, storedPath };
}

/** What the guidance carries for a kept upload (the sha-256 stands for a channel file id no channel has). */
export function uploadAttachment(u: KeptUpload): BroadcastAttachment {
  return { kind: u.mimeType.startsWith('image/') ? 'photo' : 'document', source: u.sha256, channel: 'admin', fileName: u.name };
}

/**
 * The guidance's `media` row (stored at once for an upload, else pending with its download job),
 * its id written on the guidance's attachment so senders find the kept copy. In the caller's
 * transaction; returns the media id.
 */
export async function keepGuidanceFile(
  tx: Executor,
  owner: MediaOwner,
  broadcastId: string,
  attachment: BroadcastAttachment,
  upload: KeptUpload | null,
): Promise<string> {
  let mediaId: string;
  if (upload) {
    const [row] = await tx
      .insert(media)
      .values({
        ownerType: owner.type,
        ownerId: owner.id,
        channel: 'admin',
        kind: attachment.kind,
        fileId: upload.sha256,
        mimeType: upload.mimeType,
        fileName: upload.name,
        size: upload.size,
        storedPath: upload.storedPath,
        sha256: upload.sha256,
        status: 'stored',
      })
      .returning({ id: media.id });
    mediaId = row!.id;
  } else {
    const ref = { kind: attachment.kind, fileId: attachment.source, ...(attachment.fileName ? { fileName: attachment.fileName } : {}) };
    [mediaId] = (await attachMedia(tx, owner, attachment.channel, [ref])) as [string];
  }
  await tx
    .update(broadcasts)
    .set({ attachment: { ...attachment, mediaId } })
    .where(eq(broadcasts.id, broadcastId));
  return mediaId;
}

/** The guidance's file as its pages list it (chat and console): kept, still downloading, or refused/failed; null without one. */
export async function guidanceFileOf(db: Executor, attachment: unknown) {
  const mediaId = (attachment as BroadcastAttachment | null)?.mediaId;
  if (!mediaId) return null;
  const [row] = await db
    .select({ id: media.id, kind: media.kind, fileName: media.fileName, mimeType: media.mimeType, storedPath: media.storedPath, status: media.status })
    .from(media)
    .where(eq(media.id, mediaId));
  return row ?? null;
}

/** A guidance's file row, as listed. */
export type GuidanceFile = NonNullable<Awaited<ReturnType<typeof guidanceFileOf>>>;
