import type { Executor } from '../../db/client.js';
import { caseEvents, cases } from '../../db/schema/index.js';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../compliance/audit.js';
import type { DueStage } from './cases.js';
import { notifyDue, type CaseEnv } from './notify.js';

/**
 * Job cases/case-due {caseId, stage}: a case still open at its timer is chased — the liaisons
 * reminded (the day before, at the due time, a day after) and, from the due time on, the
 * forwarding official alerted (escalation). A closed case: nothing. Re-runs send nothing twice.
 */
export async function handleCaseDue(
  tx: Executor,
  env: CaseEnv,
  caseId: string,
  stage: DueStage,
  now: Date,
): Promise<'closed' | 'missing' | 'reminded' | 'repeat'> {
  const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!c) return 'missing';
  if (c.status === 'done' || c.status === 'declined') return 'closed';
  const kind = stage === 'before' ? 'reminded' : 'overdue';
  const seen = await tx
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, kind), sql`${caseEvents.data}->>'stage' = ${stage}`));
  if (seen.length > 0) return 'repeat';
  await tx.insert(caseEvents).values({ caseId: c.id, kind, data: { stage }, createdAt: now });
  if (stage !== 'before')
    await appendAudit(tx, { actorId: null, action: 'case.overdue', targetType: 'case', targetId: c.id, outcome: 'ok', details: { stage } });
  await notifyDue(tx, env, c, stage);
  return 'reminded';
}
