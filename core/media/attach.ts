import type { Executor } from '../../db/client.js';
import { media } from '../../db/schema/index.js';
import type { MediaRef } from '../kernel/messages.js';
import { enqueue } from '../platform/outbox.js';

/** The media worker's queue and job: one job per attachment, payload its id only. */
export const MEDIA_QUEUE = 'media';
export const MEDIA_FETCH_JOB = 'media-fetch';

export type MediaOwner = { type: 'hot_spot' | 'report'; id: string };

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
