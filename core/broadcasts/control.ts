import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts, units, type BroadcastStatus } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { isQuiet } from './quiet.js';
import { BROADCAST_CONTROL_QUEUE, fanoutJobId, FANOUT_JOB } from './jobs.js';
import { effectiveStart, scheduleBroadcast, startBroadcast, type BroadcastSettings } from './broadcast.js';
import { enqueue } from '../platform/outbox.js';
import type { Refusal } from '../kernel/result.js';
import type { Role } from '../people/people.js';
import { isUuid } from '../kernel/uuid.js';

export interface Actor {
  id: string;
  role: Role;
  unitId: string;
}

export type ControlVerb = 'approve' | 'reject' | 'pause' | 'resume' | 'cancel';
type ControlRefusal = 'not_found' | 'not_official' | 'out_of_scope' | 'self_approval' | 'wrong_status';

export type ControlResult =
  | { ok: true; code: ControlVerb; status: BroadcastStatus; broadcastId: string; authorId: string; title: string }
  | Refusal<ControlRefusal, { status?: BroadcastStatus }>;

type Row = typeof broadcasts.$inferSelect;

const FROM: Record<ControlVerb, readonly BroadcastStatus[]> = {
  approve: ['awaiting_approval'],
  reject: ['awaiting_approval'],
  pause: ['sending'],
  resume: ['paused'],
  cancel: ['draft', 'awaiting_approval', 'scheduled', 'sending', 'paused'],
};

/** True when the broadcast's unit lies in the actor's subtree. */
async function inScope(tx: Executor, actor: Actor, unitId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [actor.unitId, unitId]));
  const mine = rows.find((r) => r.id === actor.unitId)?.path;
  const theirs = rows.find((r) => r.id === unitId)?.path;
  return !!mine && !!theirs && theirs.startsWith(mine);
}

/** Who may do what: officials in scope; the author may not approve their own broadcast. */
async function check(tx: Executor, actor: Actor, verb: ControlVerb, b: Row | undefined): Promise<ControlRefusal | null> {
  if (!b) return 'not_found';
  if (actor.role === 'collaborator') return 'not_official';
  if ((verb === 'approve' || verb === 'reject') && b.authorId === actor.id) return 'self_approval';
  if (b.authorId !== actor.id && !(await inScope(tx, actor, b.unitId))) return 'out_of_scope';
  if (!FROM[verb].includes(b.status)) return 'wrong_status';
  return null;
}

/**
 * The one door for approve / reject / pause / resume / cancel: the row is locked, the actor
 * checked, the change made, and one audit entry written either way — all in the caller's
 * transaction. Repeating a verb (double tap) answers 'wrong_status' and changes nothing.
 */
export async function controlBroadcast(
  tx: Executor,
  actor: Actor,
  broadcastId: string,
  verb: ControlVerb,
  s: BroadcastSettings,
  now: Date,
): Promise<ControlResult> {
  const [b] = isUuid(broadcastId) ? await tx.select().from(broadcasts).where(eq(broadcasts.id, broadcastId)).for('update') : [];
  const refusal = await check(tx, actor, verb, b);
  const audit = (outcome: 'ok' | 'refused', details: Record<string, unknown>) =>
    appendAudit(tx, { actorId: actor.id, action: `broadcast.${verb}`, targetType: 'broadcast', targetId: b?.id, outcome, details });
  if (refusal || !b) {
    await audit('refused', { reason: refusal, status: b?.status });
    return { ok: false, code: refusal ?? 'not_found', status: b?.status };
  }
  const status = await apply(tx, actor, b, verb, s, now);
  await audit('ok', { from: b.status, to: status });
  return { ok: true, code: verb, status, broadcastId: b.id, authorId: b.authorId, title: b.title };
}

async function apply(tx: Executor, actor: Actor, b: Row, verb: ControlVerb, s: BroadcastSettings, now: Date): Promise<BroadcastStatus> {
  const set = (values: Partial<Row>) => tx.update(broadcasts).set(values).where(eq(broadcasts.id, b.id));
  switch (verb) {
    case 'approve': {
      await set({ approverId: actor.id, decidedAt: now });
      const startAt = effectiveStart({ scheduledAt: b.scheduledAt, urgent: b.urgent }, s, now);
      if (startAt > now) {
        await scheduleBroadcast(tx, b.id, startAt);
        return 'scheduled';
      }
      await startBroadcast(tx, b.id, s, now);
      return 'sending';
    }
    case 'reject':
      await set({ approverId: actor.id, decidedAt: now, status: 'cancelled', cancelledAt: now });
      return 'cancelled';
    case 'pause':
      await set({ status: 'paused', pauseReason: 'manual' });
      return 'paused';
    case 'resume':
      return resumeBroadcast(tx, b, s, now);
    case 'cancel':
      await set({ status: 'cancelled', cancelledAt: now, pauseReason: null });
      return 'cancelled';
  }
}

/**
 * Sending again with a new generation: the fan-out job re-enqueues every delivery still queued
 * (fresh job ids) and continues the snapshot where it stopped. Inside quiet hours a non-urgent
 * broadcast stays paused until they end (the monitor resumes it).
 */
export async function resumeBroadcast(tx: Executor, b: Pick<Row, 'id' | 'urgent'>, s: BroadcastSettings, now: Date): Promise<BroadcastStatus> {
  if (!b.urgent && isQuiet(now, s.quiet)) {
    await tx.update(broadcasts).set({ pauseReason: 'quiet' }).where(eq(broadcasts.id, b.id));
    return 'paused';
  }
  const [row] = await tx
    .update(broadcasts)
    .set({ status: 'sending', pauseReason: null, generation: sql`${broadcasts.generation} + 1` })
    .where(and(eq(broadcasts.id, b.id), eq(broadcasts.status, 'paused')))
    .returning({ generation: broadcasts.generation });
  if (!row) return 'paused';
  await enqueue(tx, {
    queue: BROADCAST_CONTROL_QUEUE,
    name: FANOUT_JOB,
    payload: { broadcastId: b.id, generation: row.generation },
    jobId: fanoutJobId(b.id, row.generation),
  });
  return 'sending';
}

/** Quiet hours began while sending: pause until they end (only a 'sending', non-urgent broadcast). */
export async function pauseForQuiet(tx: Executor, broadcastId: string): Promise<boolean> {
  const rows = await tx
    .update(broadcasts)
    .set({ status: 'paused', pauseReason: 'quiet' })
    .where(and(eq(broadcasts.id, broadcastId), eq(broadcasts.status, 'sending'), eq(broadcasts.urgent, false)))
    .returning({ id: broadcasts.id });
  return rows.length > 0;
}
