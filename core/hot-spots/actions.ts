import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots } from '../../db/schema/index.js';
import { escalateFrom } from './escalation.js';
import { tellOfficials, tellReporters } from './feedback.js';
import { scheduleFollowUp } from './follow-up.js';
import { nowOf, type HotSpotEnv } from './messages.js';
import { findHotSpotByReceipt, isActive, recordEvent, unitInfo, type HotSpotRow } from './queries.js';
import { isUuid } from '../kernel/uuid.js';
import { guarded, inScope, type ActionResult, type Actor } from './scope.js';

export { type ActionResult, type Actor } from './scope.js';

const closed = (hs: HotSpotRow): ActionResult => ({ ok: false, code: 'closed', hs });

/** Marks the alert taken by this official: stops escalation and starts the follow-ups (§5) in this same transaction. */
async function take(tx: Executor, env: HotSpotEnv, actor: Actor, hs: HotSpotRow, status: 'acknowledged' | 'handling'): Promise<HotSpotRow> {
  const now = nowOf(env);
  const [row] = await tx
    .update(hotSpots)
    .set({ status, acknowledgedBy: actor.id, acknowledgedAt: now, ackDeadline: null, updatedAt: now })
    .where(eq(hotSpots.id, hs.id))
    .returning();
  const taken = row!;
  const ackEvent = await recordEvent(tx, hs.id, 'acknowledged', { actorId: actor.id, unitId: actor.unitId, data: { step: hs.escalationStep } }, now);
  await scheduleFollowUp(tx, env, taken, 1, now);
  await tellReporters(tx, env, taken, 'ack');
  await tellOfficials(tx, env, taken, `hs-${hs.id}-taken-${ackEvent}`, (t) => t('hot-spots-info-taken', { receipt: hs.receiptNo, name: actor.displayName }), {
    except: actor.id,
  });
  return taken;
}

/** Tiếp nhận. Repeated taps and taps by a second official are harmless. */
export function acknowledge(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'ack', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    if (hs.status !== 'open') return { ok: true, code: 'already_taken', hs };
    return { ok: true, code: 'acknowledged', hs: await take(tx, env, actor, hs, 'acknowledged') };
  });
}

/** Đang xử lý (acknowledges first when nobody has). */
export function markHandling(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'handling', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    if (hs.status === 'handling') return { ok: true, code: 'already_handling', hs };
    if (hs.status === 'open') return { ok: true, code: 'handling', hs: await take(tx, env, actor, hs, 'handling') };
    const now = nowOf(env);
    const [row] = await tx.update(hotSpots).set({ status: 'handling', updatedAt: now }).where(eq(hotSpots.id, hs.id)).returning();
    await recordEvent(tx, hs.id, 'handling', { actorId: actor.id, unitId: actor.unitId }, now);
    return { ok: true, code: 'handling', hs: row! };
  });
}

/** Đã ổn định / Kết thúc, with the result note and whether the reporter may read it. */
export function resolve(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string, note: string, shareable: boolean): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'resolve', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    const now = nowOf(env);
    const [row] = await tx
      .update(hotSpots)
      .set({
        status: 'resolved',
        resultNote: note,
        resultShareable: shareable,
        ackDeadline: null,
        acknowledgedBy: hs.acknowledgedBy ?? actor.id,
        acknowledgedAt: hs.acknowledgedAt ?? now,
        updatedAt: now,
      })
      .where(eq(hotSpots.id, hs.id))
      .returning();
    await recordEvent(tx, hs.id, 'resolved', { actorId: actor.id, unitId: actor.unitId, note, data: { shareable } }, now);
    await tellReporters(tx, env, row!, 'done', shareable ? note : null);
    return { ok: true, code: 'resolved', hs: row! };
  });
}

/** Báo sai: closes the alert; the reporter hears it was looked at and closed. */
export function markFalseAlarm(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'false_alarm', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    const now = nowOf(env);
    const [row] = await tx.update(hotSpots).set({ status: 'false_alarm', ackDeadline: null, updatedAt: now }).where(eq(hotSpots.id, hs.id)).returning();
    await recordEvent(tx, hs.id, 'false_alarm', { actorId: actor.id, unitId: actor.unitId }, now);
    await tellReporters(tx, env, row!, 'closed');
    return { ok: true, code: 'false_alarm', hs: row! };
  });
}

/** Chuyển cấp trên: the parent level must acknowledge again, with a fresh deadline. */
export function escalateNow(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'escalate', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    const level = await unitInfo(tx, hs.levelUnitId);
    if (!level.parentId) return { ok: false, code: 'at_root', hs };
    const now = nowOf(env);
    const [row] = await tx.update(hotSpots).set({ status: 'open', ackDeadline: null, updatedAt: now }).where(eq(hotSpots.id, hs.id)).returning();
    await escalateFrom(tx, env, row!, 'manual', { by: actor.id });
    const [after] = await tx.select().from(hotSpots).where(eq(hotSpots.id, hs.id));
    const parent = await unitInfo(tx, after!.levelUnitId);
    return { ok: true, code: 'escalated', hs: after!, data: { unit: parent.name } };
  });
}

export function addNote(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string, note: string): Promise<ActionResult> {
  return guarded(tx, actor, hotSpotId, 'note', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    await recordEvent(tx, hs.id, 'note', { actorId: actor.id, unitId: actor.unitId, note }, nowOf(env));
    return { ok: true, code: 'noted', hs };
  });
}

/**
 * Gộp: the alert joins another open alert about the same incident; its reporters follow the
 * target from now on. Both rows are locked in id order so crossing merges cannot deadlock.
 */
export async function merge(tx: Executor, env: HotSpotEnv, actor: Actor, hotSpotId: string, targetRef: string): Promise<ActionResult> {
  const target = isUuid(targetRef) ? { id: targetRef } : await findHotSpotByReceipt(tx, targetRef);
  if (target && isUuid(hotSpotId)) {
    await tx
      .select({ id: hotSpots.id })
      .from(hotSpots)
      .where(inArray(hotSpots.id, [hotSpotId, target.id]))
      .orderBy(hotSpots.id)
      .for('update');
  }
  return guarded(tx, actor, hotSpotId, 'merge', async (hs) => {
    if (!isActive(hs.status)) return closed(hs);
    if (target?.id === hs.id) return { ok: false, code: 'self_merge', hs };
    const [into] = target ? await tx.select().from(hotSpots).where(eq(hotSpots.id, target.id)) : [];
    // Receipts are sequential: a target elsewhere is answered as one that does not exist (issue 12, item 10).
    if (!into || !(await inScope(tx, actor, into))) return { ok: false, code: 'target_out_of_scope', hs };
    if (!isActive(into.status)) return { ok: false, code: 'target_closed', hs, data: { target: into.receiptNo } };
    const now = nowOf(env);
    await tx.update(hotSpots).set({ status: 'merged', mergedIntoId: into.id, ackDeadline: null, updatedAt: now }).where(eq(hotSpots.id, hs.id));
    await recordEvent(tx, hs.id, 'merged', { actorId: actor.id, unitId: actor.unitId, data: { into: into.id } }, now);
    await recordEvent(tx, into.id, 'merged_in', { actorId: actor.id, unitId: actor.unitId, data: { from: hs.id } }, now);
    if (into.status !== 'open') await tellReporters(tx, env, into, 'ack');
    return { ok: true, code: 'merged', hs, data: { target: into.receiptNo } };
  });
}
