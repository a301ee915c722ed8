import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { media } from '../../db/schema/index.js';
import { removeStored } from './store.js';

/**
 * Files kept before anything refers to them — a console upload is kept at the guidance preview
 * (bot/console/routes/guidance-upload.ts) and carried to the send step; never sent, no `media`
 * row ever names it — are removed once older than `minAgeHours`, as are a crash's half-written
 * `.tmp` files. Age is the file's mtime, which keeping the same bytes again refreshes
 * (store.ts). Returns how many files went.
 */
export const UNSENT_UPLOAD_HOURS = 48;

const STORED = /^[0-9a-f]{64}$/;
const TMP = /^[0-9a-f]{64}\.[0-9a-f-]{36}\.tmp$/;
const PREFIX = /^[0-9a-f]{2}$/;

export async function sweepUnreferenced(db: Executor, filesDir: string, now: Date, minAgeHours = UNSENT_UPLOAD_HOURS): Promise<number> {
  const before = now.getTime() - minAgeHours * 3600_000;
  let removed = 0;
  for (const dir of (await list(filesDir)).filter((d) => PREFIX.test(d))) {
    const old: string[] = [];
    for (const name of await list(join(filesDir, dir))) {
      if (!STORED.test(name) && !TMP.test(name)) continue;
      const s = await stat(join(filesDir, dir, name)).catch(() => null);
      if (s?.isFile() && s.mtimeMs < before) old.push(`${dir}/${name}`);
    }
    if (old.length === 0) continue;
    const kept = await db.select({ p: media.storedPath }).from(media).where(inArray(media.storedPath, old));
    const keep = new Set(kept.map((r) => r.p));
    for (const p of old.filter((x) => !keep.has(x))) {
      await removeStored(filesDir, p);
      removed++;
    }
  }
  return removed;
}

/** A folder's names; none when it does not exist (nothing was ever kept). */
async function list(dir: string): Promise<string[]> {
  return readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
}
