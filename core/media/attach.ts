import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { media } from '../../db/schema/index.js';
import type { MediaRef } from '../kernel/messages.js';
import { enqueue } from '../platform/outbox.js';

/** The media worker's queue and job: one job per attachment, payload its id only. */
export const MEDIA_QUEUE = 'media';
export const MEDIA_FETCH_JOB = 'fetch-file';

/** A file reference as drafts carry it (the channel's id and what it declared). */
export const mediaRefSchema = z.object({
  kind: z.enum(['photo', 'voice', 'document', 'video']),
  fileId: z.string().min(1).max(1000),
  fileUniqueId: z.string().max(200).optional(),
  mimeType: z.string().max(200).optional(),
  fileName: z.string().max(500).optional(),
  size: z.number().int().nonnegative().optional(),
});

/** Most files one alert or report keeps (more are answered politely, not stored). */
export const MAX_ATTACHMENTS = 20;

/** What a kept file belongs to: an alert, a report, a guidance (broadcast) or the training material a guidance carries. */
export type MediaOwner = { type: 'hot_spot' | 'report' | 'broadcast' | 'material'; id: string };

/**
 * Records what a user attached, in the caller's transaction, with one download job each: the
 * file is kept once the worker has it, and the officials who heard of the owner receive it then.
 */
export async function attachMedia(tx: Executor, owner: MediaOwner, channel: string, refs: readonly MediaRef[]): Promise<string[]> {
  if (refs.length === 0) return [];
  const rows = await tx
    .insert(media)
    .values(refs.map((m) => ({ ownerType: owner.type, ownerId: owner.id, channel, ...m })))
    .returning({ id: media.id });
  await enqueue(tx, ...rows.map((r) => ({ queue: MEDIA_QUEUE, name: MEDIA_FETCH_JOB, payload: { mediaId: r.id }, jobId: `media-${r.id}` })));
  return rows.map((r) => r.id);
}

/** How many files an alert or report carries, and how many are kept (the chat's record lines). */
export async function countAttachments(db: Executor, owner: MediaOwner): Promise<{ total: number; stored: number }> {
  const rows = await db
    .select({ status: media.status })
    .from(media)
    .where(and(eq(media.ownerType, owner.type), eq(media.ownerId, owner.id)));
  return { total: rows.length, stored: rows.filter((r) => r.status === 'stored').length };
}
