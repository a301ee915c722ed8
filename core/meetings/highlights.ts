import { readFile } from 'node:fs/promises';
import { and, desc, eq, isNotNull, like } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { synthesisRuns, units } from '../../db/schema/index.js';
import { clipText } from '../kernel/text.js';

/**
 * "Optionally the last synthesis's highlights" in a meeting's agenda (issue 17 item 4): the first
 * section of the latest synthesis made for the official's subtree (I. the general situation) and
 * the names of the issues it raised, read from its Markdown, plain text, clipped.
 */
const HIGHLIGHTS_MAX = 1200;
const MAX_ISSUES = 8;

/** Pure: Markdown of a synthesis → its highlights (null when it has no first section). */
export function highlightsOf(markdown: string): string | null {
  const plain = (s: string) =>
    s
      .replace(/\[\^\d+\]/g, '')
      .replace(/\*\*|(^|\s)_|_(\s|$)/g, '$1$2')
      .replace(/\\([\\`*_[\]<>|#])/g, '$1')
      .trim();
  const lines = markdown.split('\n');
  const first = lines.findIndex((l) => l.startsWith('### '));
  if (first < 0) return null;
  const end = lines.findIndex((l, i) => i > first && l.startsWith('### '));
  const overview = lines
    .slice(first + 1, end < 0 ? undefined : end)
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('|') && !l.startsWith('!['))
    .map(plain)
    .slice(0, 2);
  const issues = lines
    .slice(end < 0 ? lines.length : end)
    .filter((l) => /^##### [a-zđ]\) /.test(l))
    .map((l) => plain(l.replace(/^##### [a-zđ]\) /, '')))
    .slice(0, MAX_ISSUES);
  if (overview.length === 0 && issues.length === 0) return null;
  const parts = [...overview, ...(issues.length ? [`– ${issues.join('\n– ')}`] : [])];
  return clipText(parts.join('\n'), HIGHLIGHTS_MAX);
}

/** The latest finished synthesis of the official's subtree, as highlights (null: none, or its file is gone). */
export async function lastSynthesisHighlights(db: Executor, officialUnitId: string): Promise<{ period: string; text: string } | null> {
  const [own] = await db.select({ path: units.path }).from(units).where(eq(units.id, officialUnitId));
  if (!own) return null;
  const [run] = await db
    .select({ period: synthesisRuns.period, path: synthesisRuns.markdownPath })
    .from(synthesisRuns)
    .innerJoin(units, eq(units.id, synthesisRuns.unitId))
    .where(and(like(units.path, `${own.path}%`), eq(synthesisRuns.status, 'done'), isNotNull(synthesisRuns.markdownPath)))
    .orderBy(desc(synthesisRuns.finishedAt))
    .limit(1);
  if (!run?.path) return null;
  const markdown = await readFile(run.path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  const text = markdown ? highlightsOf(markdown) : null;
  return text ? { period: run.period, text } : null;
}
