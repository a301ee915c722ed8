import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { reports } from '../../db/schema/index.js';

/**
 * Report status `synthesised` (issue 13 §4): a filed report that went into a synthesis is marked
 * so. A report still awaiting more from its reporter (needs_more) keeps that status: the
 * reporter still owes the answer, and the synthesis of the next run picks the new version up.
 * Returns how many reports changed.
 */
export async function markSynthesised(db: Executor, reportIds: readonly string[]): Promise<number> {
  if (reportIds.length === 0) return 0;
  const rows = await db
    .update(reports)
    .set({ status: 'synthesised' })
    .where(and(inArray(reports.id, [...reportIds]), inArray(reports.status, ['submitted', 'received'])))
    .returning({ id: reports.id });
  return rows.length;
}
