import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { reportRatings, reports } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { audienceRootInScope } from '../people/audience.js';
import { visibleUnitOf } from '../reports/visible-unit.js';
import type { Actor } from '../people/roster.js';

/**
 * An official marks a report of their subtree "hữu ích" in one tap (issue 17 item 3). A second
 * tap changes nothing and says so; a report outside the subtree is refused (audited).
 */
export async function rateReport(
  tx: Executor,
  actor: Actor,
  reportId: string,
): Promise<Ok<{ already: boolean; receiptNo: string | null }> | Refusal<'not_found' | 'out_of_scope' | 'not_official'>> {
  const action = 'report.rate';
  if (actor.role !== 'official' && actor.role !== 'admin') {
    await appendAudit(tx, { actorId: actor.id, action, targetType: 'report', targetId: reportId, outcome: 'refused', details: { reason: 'not_official' } });
    return refuse('not_official');
  }
  const [r] = /^[0-9a-f-]{36}$/i.test(reportId)
    ? await tx
        .select({ unitId: visibleUnitOf(reports), receiptNo: reports.receiptNo, status: reports.status })
        .from(reports)
        .where(eq(reports.id, reportId))
    : [];
  if (!r || r.status === 'draft') return refuse('not_found');
  if (!(await audienceRootInScope(tx, actor, r.unitId, action))) return refuse('out_of_scope');
  const added = await tx.insert(reportRatings).values({ reportId, officialId: actor.id, rating: 'useful' }).onConflictDoNothing().returning();
  if (added.length > 0)
    await appendAudit(tx, { actorId: actor.id, action, targetType: 'report', targetId: reportId, outcome: 'ok', details: { rating: 'useful' } });
  return { ok: true, already: added.length === 0, receiptNo: r.receiptNo };
}
