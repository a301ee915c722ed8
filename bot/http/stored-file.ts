import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';
import { defaultName } from '../../core/media/forward.js';
import { servedInline } from '../../core/media/sniff.js';
import { storedFile } from '../../core/media/store.js';
import type { Logger } from '../../core/kernel/logger.js';
import { safeError } from '../../core/kernel/safe-error.js';

/**
 * A kept attachment as an HTTP answer: the type found in its bytes, inline only for images, audio
 * and video (anything else downloads), a name that says nothing about the sender, private caching
 * keyed on its content hash. Null when the file is gone from disk (the caller answers 404).
 */
export async function storedFileAnswer(
  c: Context,
  filesDir: string,
  row: { id: string; storedPath: string; sha256: string; mimeType: string | null },
  logger: Logger,
): Promise<Response | null> {
  const etag = `"${row.sha256}"`;
  c.header('cache-control', 'private, max-age=3600');
  c.header('etag', etag);
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  const path = storedFile(filesDir, row.storedPath);
  const bytes = path
    ? await readFile(path).catch((err: unknown) => {
        logger.error({ mediaId: row.id, err: safeError(err) }, 'stored attachment missing on disk');
        return null;
      })
    : null;
  if (!bytes) return null;
  const type = row.mimeType ?? 'application/octet-stream';
  c.header('content-type', type);
  c.header('x-content-type-options', 'nosniff');
  c.header('content-disposition', `${servedInline(type) ? 'inline' : 'attachment'}; filename="${defaultName({ id: row.id, mimeType: type })}"`);
  return c.body(new Uint8Array(bytes));
}
