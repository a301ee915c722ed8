import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Config } from '../platform/config.js';

/** Where attachments live: FILES_DIR, or DATA_DIR/files. */
export function filesDirOf(config: Pick<Config, 'FILES_DIR' | 'DATA_DIR'>): string {
  return resolve(config.FILES_DIR ?? join(config.DATA_DIR, 'files'));
}

/**
 * Writes bytes under their sha-256 (`ab/abcdef…`): the same photo sent twice is stored once, and
 * a name never says whose it is. Written to a temporary name and renamed, so a reader never sees
 * half a file. Unreferenced files are swept after a while (sweep.ts).
 */
export async function storeContent(filesDir: string, bytes: Uint8Array): Promise<{ sha256: string; storedPath: string }> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storedPath = `${sha256.slice(0, 2)}/${sha256}`;
  const target = join(filesDir, storedPath);
  if (await exists(target)) {
    // Kept again: young again, so the sweep of unreferenced files (sweep.ts) leaves it to its new use.
    const now = new Date();
    await utimes(target, now, now);
  } else {
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, target);
  }
  return { sha256, storedPath };
}

/** The absolute path of a stored file; a stored path that would leave FILES_DIR gives null. */
export function storedFile(filesDir: string, storedPath: string): string | null {
  const full = resolve(filesDir, storedPath);
  return full.startsWith(filesDir + sep) ? full : null;
}

/** Removes a stored file (erase, retention); one already gone is fine. */
export async function removeStored(filesDir: string, storedPath: string): Promise<void> {
  const full = storedFile(filesDir, storedPath);
  if (!full) return;
  await unlink(full).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
