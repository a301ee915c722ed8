import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { media } from '../../db/schema/index.js';
import type { KeptFile } from './channel-fit.js';
import { defaultName } from './forward.js';
import { storedFile } from './store.js';

/**
 * A media row's kept copy, or `pending` while the worker is still downloading it (a file that
 * failed or was refused is neither: senders fall back to the note).
 */
export async function keptFileOf(db: Executor, filesDir: string, mediaId: string): Promise<{ file: KeptFile | null; pending: boolean }> {
  const [m] = await db
    .select({ id: media.id, status: media.status, storedPath: media.storedPath, mimeType: media.mimeType, fileName: media.fileName, size: media.size })
    .from(media)
    .where(eq(media.id, mediaId));
  if (!m) return { file: null, pending: false };
  const path = m.status === 'stored' && m.storedPath ? storedFile(filesDir, m.storedPath) : null;
  if (!path || !m.mimeType) return { file: null, pending: m.status === 'pending' };
  return { file: { path, mimeType: m.mimeType, fileName: m.fileName ?? defaultName({ id: m.id, mimeType: m.mimeType }), size: m.size ?? 0 }, pending: false };
}
