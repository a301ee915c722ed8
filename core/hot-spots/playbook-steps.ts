import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpotEvents } from '../../db/schema/index.js';
import { nowOf, type HotSpotEnv } from './messages.js';
import { playbookFor, type Playbook } from './playbooks.js';
import { isActive, recordEvent } from './queries.js';
import { guarded, type ActionResult, type Actor } from './scope.js';

/**
 * The playbook of an alert as a checklist (issue 13 §5): which steps were ticked, by the
 * `playbook_step` events on its timeline (the step's text is kept on the event, so the timeline
 * and the synthesis read the same after the playbook is edited). A tick counts as progress for
 * the follow-ups (./follow-up.ts).
 */
export interface Checklist {
  playbook: Playbook;
  /** Step ids already ticked. */
  ticked: Set<string>;
}

export async function checklistOf(db: Executor, hs: { id: string; category: string }): Promise<Checklist | null> {
  const playbook = await playbookFor(db, hs.category);
  if (!playbook) return null;
  const rows = await db
    .select({ data: hotSpotEvents.data })
    .from(hotSpotEvents)
    .where(and(eq(hotSpotEvents.hotSpotId, hs.id), eq(hotSpotEvents.kind, 'playbook_step')));
  return { playbook, ticked: new Set(rows.map((r) => String((r.data as { stepId?: unknown }).stepId))) };
}

/** Ticks step n (1-based) of the alert's playbook. A second tick of the same step changes nothing. */
export function tickStep(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string, n: number): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'playbook_step', async (hs) => {
    if (!isActive(hs.status)) return { ok: false, code: 'closed', hs };
    const list = await checklistOf(tx, hs);
    const step = list?.playbook.steps[n - 1];
    if (!list || !step) return { ok: false, code: 'bad_input', hs };
    if (list.ticked.has(step.id)) return { ok: true, code: 'step_already', hs, data: { n } };
    await recordEvent(tx, hs.id, 'playbook_step', { actorId: actor.id, unitId: actor.unitId, note: step.text, data: { stepId: step.id, n } }, nowOf(env));
    return { ok: true, code: 'step_ticked', hs, data: { n } };
  });
}
