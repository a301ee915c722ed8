import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../../db/client.js';
import { hotSpotEvents, hotSpots, media } from '../../db/schema/index.js';
import type { ChannelRegistry } from '../kernel/channel.js';
import type { Translate } from '../kernel/i18n.js';
import type { ChannelName, MediaKind } from '../kernel/messages.js';
import type { Config } from '../platform/config.js';
import { DownloadError } from './download.js';
import { fileLinkSettingsOf, type FileLinkSettings } from './file-link.js';
import { forwardToNotified } from './forward.js';
import { fitsKind, sniffType } from './sniff.js';
import { filesDirOf, storeContent, storedFile } from './store.js';

export interface MediaEnv {
  channels: ChannelRegistry;
  filesDir: string;
  maxBytes: number;
  types: readonly string[];
  t: Translate;
  links: FileLinkSettings;
}

export function mediaEnvOf(
  config: Pick<Config, 'FILES_DIR' | 'DATA_DIR' | 'MEDIA_MAX_BYTES' | 'MEDIA_TYPES' | 'PUBLIC_URL' | 'FILE_LINK_HOURS'>,
  channels: ChannelRegistry,
  t: Translate,
): MediaEnv {
  return { channels, filesDir: filesDirOf(config), maxBytes: config.MEDIA_MAX_BYTES, types: config.MEDIA_TYPES, t, links: fileLinkSettingsOf(config) };
}

export type FetchOutcome = 'stored' | 'refused' | 'failed' | 'already' | 'missing';

/**
 * Downloads one attachment from its channel, checks its size and its real type, keeps it by
 * content and tells the officials who heard of its alert or report. A transient failure throws
 * (the job retries) unless this is the last attempt; then, like a file the platform lost, the row
 * says 'failed' and the file id stays (a Telegram id can still be re-sent by the platform).
 */
export async function fetchMedia(db: Db, env: MediaEnv, mediaId: string, lastAttempt = false): Promise<FetchOutcome> {
  const [row] = await db.select().from(media).where(eq(media.id, mediaId));
  if (!row) return 'missing';
  if (row.status !== 'pending') return 'already';
  // The file goes to whoever heard of its alert: wait (retry) until the alerts worker has told them.
  if (!lastAttempt && !(await ownerAnnounced(db, row))) throw new NotAnnouncedYet();
  const download = env.channels[row.channel as ChannelName]?.download;
  if (!download) return settle(db, mediaId, 'failed', 'no_channel');
  let bytes: Uint8Array;
  try {
    bytes = (await download(row.fileId, env.maxBytes)).bytes;
  } catch (err) {
    if (!(err instanceof DownloadError)) throw err;
    if (err.failure === 'too_large') return settle(db, mediaId, 'refused', 'too_large');
    if (err.failure === 'gone' || lastAttempt) return settle(db, mediaId, 'failed', err.failure);
    throw err;
  }
  if (bytes.length > env.maxBytes) return settle(db, mediaId, 'refused', 'too_large');
  const type = sniffType(bytes);
  if (!type || !env.types.includes(type) || !fitsKind(row.kind as MediaKind, type)) return settle(db, mediaId, 'refused', 'type');
  const { sha256, storedPath } = await storeContent(env.filesDir, bytes);
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(media)
      .set({ status: 'stored', storedPath, sha256, mimeType: type, size: bytes.length, failure: null })
      .where(and(eq(media.id, mediaId), eq(media.status, 'pending')))
      .returning({ id: media.id });
    if (!done) return 'already';
    // A training material's file goes out with its guidance (core/broadcasts/render.ts), not forwarded here.
    if (row.ownerType !== 'hot_spot' && row.ownerType !== 'report') return 'stored';
    const owner = { type: row.ownerType as 'hot_spot' | 'report', id: row.ownerId };
    const file = storedFile(env.filesDir, storedPath)!;
    await forwardToNotified(tx, env, { id: row.id, owner, kind: row.kind, mimeType: type, fileName: row.fileName, size: bytes.length, file });
    return 'stored';
  });
}

/** Thrown to retry later: the alert's first notices are not out yet (the two jobs run in parallel). */
export class NotAnnouncedYet extends AppError {
  constructor() {
    super('not_announced', 'alert not announced yet');
  }
}

async function ownerAnnounced(db: Db, row: typeof media.$inferSelect): Promise<boolean> {
  if (row.ownerType !== 'hot_spot') return true; // a report's notices are queued in its filing transaction
  const [hs] = await db.select({ status: hotSpots.status, step: hotSpots.escalationStep }).from(hotSpots).where(eq(hotSpots.id, row.ownerId));
  if (!hs || hs.status !== 'open' || hs.step > 0) return true;
  const [event] = await db
    .select({ id: hotSpotEvents.id })
    .from(hotSpotEvents)
    .where(and(eq(hotSpotEvents.hotSpotId, row.ownerId), inArray(hotSpotEvents.kind, ['notified', 'level_skipped', 'unattended'])))
    .limit(1);
  return !!event;
}

async function settle(db: Db, mediaId: string, status: 'refused' | 'failed', failure: string): Promise<FetchOutcome> {
  await db
    .update(media)
    .set({ status, failure })
    .where(and(eq(media.id, mediaId), eq(media.status, 'pending')));
  return status;
}
