import { z } from 'zod';
import { keepUpload, type KeptUpload } from '../../../core/broadcasts/attachment-file.js';
import { macMatches, macOf } from '../../../core/media/file-link.js';
import { stat } from 'node:fs/promises';
import { filesDirOf, storedFile } from '../../../core/media/store.js';
import type { Db } from '../../../db/client.js';
import type { ConsoleDeps } from '../deps.js';

/**
 * The compose page's file: uploaded with the form, checked and kept at once (size, type by its
 * bytes: core/broadcasts/attachment-file.ts), then carried from the preview to the send step in
 * a hidden field signed for this official, since a browser does not re-send a file input.
 */
interface CarriedUpload {
  upload: KeptUpload;
  /** The hidden fields that bring it back: base64url JSON, and its MAC. */
  value: string;
  mac: string;
}

export type ComposeFile = { ok: true; file: CarriedUpload | null } | { ok: false; code: 'too_large' | 'bad_type' | 'gone' };

const keptSchema = z.object({
  name: z.string().min(1).max(500),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  storedPath: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{64}$/),
});

/** A new file in the form wins; else the one carried from the preview, if its MAC holds for this official. */
export async function composeFile(deps: Pick<ConsoleDeps, 'db' | 'config'>, userId: string, body: Record<string, unknown>): Promise<ComposeFile> {
  const file = body.file;
  if (file instanceof File && file.size > 0) {
    const env = { filesDir: filesDirOf(deps.config), maxBytes: deps.config.MEDIA_MAX_BYTES, types: deps.config.MEDIA_TYPES };
    // Past the limit the bytes are not even read.
    if (file.size > env.maxBytes) return { ok: false, code: 'too_large' };
    const kept = await keepUpload(env, file.name.slice(0, 500) || 'tep', new Uint8Array(await file.arrayBuffer()));
    if (!kept.ok) return { ok: false, code: kept.code };
    const { ok: _ok, ...upload } = kept;
    return { ok: true, file: await carry(deps.db, userId, upload) };
  }
  const value = typeof body.upload === 'string' ? body.upload : '';
  const mac = typeof body.uploadMac === 'string' ? body.uploadMac : '';
  if (!value || !mac || !(await deps.db.transaction((tx) => macMatches(tx, `${userId}.${value}`, mac)))) return { ok: true, file: null };
  const parsed = keptSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  if (!parsed.success) return { ok: true, file: null };
  // Previewed long ago and swept meanwhile (core/media/sweep.ts): chosen again, not sent without it.
  if (!(await kept(filesDirOf(deps.config), parsed.data.storedPath))) return { ok: false, code: 'gone' };
  return { ok: true, file: { upload: parsed.data, value, mac } };
}

async function kept(filesDir: string, storedPath: string): Promise<boolean> {
  const path = storedFile(filesDir, storedPath);
  return (
    !!path &&
    (await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  );
}

async function carry(db: Db, userId: string, upload: KeptUpload): Promise<CarriedUpload> {
  const value = Buffer.from(JSON.stringify(upload)).toString('base64url');
  return { upload, value, mac: await db.transaction((tx) => macOf(tx, `${userId}.${value}`)) };
}
